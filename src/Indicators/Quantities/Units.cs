namespace Indicators;

/// <summary>
/// The well-known units (常用计量单位) by name. Any other unit the library knows is reached by
/// <see cref="Unit.Parse"/> (万吨标准煤, 十万元, 万人次) or by <see cref="Unit.Per"/>.
/// </summary>
public static class Units
{
    /// <summary>A pure number (纯数), with an empty symbol; a quantity parsed from a bare number has it.</summary>
    public static Unit One { get; } = UnitTable.One;

    /// <summary>百分比 (%): 1% is 0.01 of <see cref="One"/>; the unit of ratio indicators.</summary>
    public static Unit Percent { get; } = UnitTable.Get("%");

    /// <summary>千分比 (‰).</summary>
    public static Unit PerMille { get; } = UnitTable.Get("‰");

    /// <summary>元 (yuan, CNY).</summary>
    public static Unit Yuan { get; } = UnitTable.Get("元");

    /// <summary>万元 (10^4 yuan).</summary>
    public static Unit TenThousandYuan { get; } = UnitTable.Get("万元");

    /// <summary>亿元 (10^8 yuan).</summary>
    public static Unit HundredMillionYuan { get; } = UnitTable.Get("亿元");

    /// <summary>美元 (US dollar).</summary>
    public static Unit UsDollar { get; } = UnitTable.Get("美元");

    /// <summary>万美元 (10^4 US dollars); 实际使用外资 is reported in it.</summary>
    public static Unit TenThousandUsDollars { get; } = UnitTable.Get("万美元");

    /// <summary>亿美元 (10^8 US dollars).</summary>
    public static Unit HundredMillionUsDollars { get; } = UnitTable.Get("亿美元");

    /// <summary>平方米 (square metre).</summary>
    public static Unit SquareMetre { get; } = UnitTable.Get("平方米");

    /// <summary>万平方米 (10^4 m²), also written 万方.</summary>
    public static Unit TenThousandSquareMetres { get; } = UnitTable.Get("万平方米");

    /// <summary>亩 (mu): 10000/15 m², so 15亩 = 1公顷.</summary>
    public static Unit Mu { get; } = UnitTable.Get("亩");

    /// <summary>公顷 (hectare): 10000 m².</summary>
    public static Unit Hectare { get; } = UnitTable.Get("公顷");

    /// <summary>平方公里 (square kilometre): 10^6 m², 1500亩.</summary>
    public static Unit SquareKilometre { get; } = UnitTable.Get("平方公里");

    /// <summary>米 (metre).</summary>
    public static Unit Metre { get; } = UnitTable.Get("米");

    /// <summary>千米 (kilometre), also written 公里.</summary>
    public static Unit Kilometre { get; } = UnitTable.Get("千米");

    /// <summary>公斤 (kilogram), also written 千克.</summary>
    public static Unit Kilogram { get; } = UnitTable.Get("公斤");

    /// <summary>吨 (tonne).</summary>
    public static Unit Tonne { get; } = UnitTable.Get("吨");

    /// <summary>万吨 (10^4 tonnes).</summary>
    public static Unit TenThousandTonnes { get; } = UnitTable.Get("万吨");

    /// <summary>吨标准煤 (tonne of standard coal equivalent, tce), also written 吨标煤.</summary>
    public static Unit TonneOfStandardCoal { get; } = UnitTable.Get("吨标准煤");

    /// <summary>万吨标准煤 (10^4 tce).</summary>
    public static Unit TenThousandTonnesOfStandardCoal { get; } = UnitTable.Get("万吨标准煤");

    /// <summary>千瓦时 (kilowatt-hour), also written 度; not convertible to 吨标准煤.</summary>
    public static Unit KilowattHour { get; } = UnitTable.Get("千瓦时");

    /// <summary>万千瓦时 (10^4 kWh), also written 万度.</summary>
    public static Unit TenThousandKilowattHours { get; } = UnitTable.Get("万千瓦时");

    /// <summary>吨标准煤/万元: energy per 万元 of value added (万元增加值能耗).</summary>
    public static Unit TonnesOfStandardCoalPerTenThousandYuan { get; } = TonneOfStandardCoal.Per(TenThousandYuan);

    /// <summary>万元/亩: per-mu output or tax (亩均税收, 亩均增加值).</summary>
    public static Unit TenThousandYuanPerMu { get; } = TenThousandYuan.Per(Mu);

    /// <summary>元/人: yuan per person.</summary>
    public static Unit YuanPerPerson { get; } = Yuan.Per(Count("人"));

    /// <summary>万元/人: 10^4 yuan per person (人均产值).</summary>
    public static Unit TenThousandYuanPerPerson { get; } = TenThousandYuan.Per(Count("人"));

    /// <summary>The counting nouns (量词) known as count units: 个 家 项 件 名 人 户 人次 套 台 座 批 起 份 次 条 期 and more.</summary>
    public static IReadOnlyList<string> CountNouns { get; } = Array.AsReadOnly(UnitTable.CountNouns);

    /// <summary>
    /// The count unit of <paramref name="noun"/> (家 for enterprises, 人 for persons, 项 for projects).
    /// Each noun is its own dimension: a count of 家 never adds to a count of 人. Scaled counts
    /// (万人, 万户) are parsed: <c>Unit.Parse("万人")</c>.
    /// </summary>
    /// <param name="noun">One of <see cref="CountNouns"/>.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="noun"/> is not a known counting noun.</exception>
    public static Unit Count(string noun)
    {
        Guard.Against.Null(noun);
        return UnitTable.CountUnit(noun)
            ?? throw new ArgumentException($"\"{noun}\" is not a known counting noun; known: {string.Join(' ', UnitTable.CountNouns)}.", nameof(noun));
    }

    /// <summary>Every simple unit the parser knows, with and without each scale prefix; for tests and tools.</summary>
    internal static IEnumerable<Unit> AllSimple() => UnitTable.BaseAndPrefixedUnits();
}
