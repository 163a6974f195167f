namespace Indicators;

/// <summary>The kind of a <see cref="Dimension"/> (量纲类别).</summary>
public enum DimensionKind
{
    /// <summary>比率: a pure number or a percentage (%, ‰); ratio indicators use it.</summary>
    Ratio = 0,

    /// <summary>货币: money in one <see cref="Currency"/>.</summary>
    Money = 1,

    /// <summary>面积: 平方米, 亩, 公顷, 平方公里.</summary>
    Area = 2,

    /// <summary>长度: 米, 千米 (公里).</summary>
    Length = 3,

    /// <summary>质量: 公斤, 吨.</summary>
    Mass = 4,

    /// <summary>能耗: 吨标准煤 (tonnes of standard coal equivalent).</summary>
    Energy = 5,

    /// <summary>电量: 千瓦时 (度); never converted to or from 吨标准煤 implicitly.</summary>
    Electricity = 6,

    /// <summary>计数: a count of one noun (家, 人, 项…); a count of 家 is not a count of 人.</summary>
    Count = 7,

    /// <summary>复合: one dimension per another (吨标准煤/万元, 万元/亩, 元/人).</summary>
    Quotient = 8,

    /// <summary>声明的量纲: a dimension that rule text declares in the user's words (体积 for 立方米, 人年), named by <see cref="Dimension.Noun"/>.</summary>
    Declared = 9,
}
