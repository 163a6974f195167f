using Indicators.Assessment;

namespace Indicators.Rules;

/// <summary>The kinds of <see cref="RuleType"/>.</summary>
public enum RuleTypeKind
{
    /// <summary>A plain number (数值), e.g. a ratio of two quantities of one dimension.</summary>
    Number = 0,

    /// <summary>A percent (百分比): a rate, held as a fraction inside (8% is 0.08).</summary>
    Percent = 1,

    /// <summary>Percentage points (百分点): a difference of percents, held as a fraction inside (2.6pp is 0.026).</summary>
    Points = 2,

    /// <summary>A quantity (量) in a unit of one dimension: 亿元 (money), 亩 (area), 家 (a count of enterprises).</summary>
    Quantity = 3,

    /// <summary>A truth value (真假值): the result of a comparison or of <c>and</c>, <c>or</c>, <c>not</c>.</summary>
    Boolean = 4,

    /// <summary>Only in a <see cref="RuleFunction"/> signature: the type of the argument at <see cref="RuleType.ArgumentIndex"/>.</summary>
    SameAsArgument = 5,
}

/// <summary>
/// The type of a rule expression (规则类型): number, percent, percentage points, a quantity of a dimension, or a
/// truth value. Binding checks types and units with it (adding 亿元 to 亩 is an error) and a <see cref="RuleFunction"/>
/// declares its parameters and result with it. Immutable.
/// </summary>
public sealed class RuleType : IEquatable<RuleType>
{
    private RuleType(RuleTypeKind kind, Unit? unit, int argumentIndex)
    {
        Kind = kind;
        Unit = unit;
        ArgumentIndex = argumentIndex;
    }

    /// <summary>A plain number (数值).</summary>
    public static RuleType Number { get; } = new(RuleTypeKind.Number, null, -1);

    /// <summary>A percent (百分比), a fraction inside.</summary>
    public static RuleType Percent { get; } = new(RuleTypeKind.Percent, null, -1);

    /// <summary>Percentage points (百分点), a fraction inside.</summary>
    public static RuleType Points { get; } = new(RuleTypeKind.Points, null, -1);

    /// <summary>A truth value (真假值).</summary>
    public static RuleType Boolean { get; } = new(RuleTypeKind.Boolean, null, -1);

    /// <summary>What the type is.</summary>
    public RuleTypeKind Kind { get; }

    /// <summary>For a quantity, its unit (values are in this unit); otherwise <see langword="null"/>.</summary>
    public Unit? Unit { get; }

    /// <summary>For <see cref="RuleTypeKind.SameAsArgument"/>, the zero-based argument index; otherwise -1.</summary>
    public int ArgumentIndex { get; }

    /// <summary>The dimension of a quantity, or <see langword="null"/>.</summary>
    public Dimension? Dimension => Unit?.Dimension;

    /// <summary>A value of this type as a person reads it: a percentage or points × 100, the rest as it is.</summary>
    internal double Shown(double value) => Kind is RuleTypeKind.Percent or RuleTypeKind.Points ? value * 100 : value;

    /// <summary>Whether a value of this type can be shown: finite as written (3e306 is a number, 3e306% is not).</summary>
    internal bool InRange(double value) => double.IsFinite(Shown(value));

    /// <summary>A quantity in <paramref name="unit"/> (量). A unit of the ratio dimension (%, ‰, none) gives a percent or a number.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The type.</returns>
    public static RuleType Quantity(Unit unit)
    {
        Guard.Against.Null(unit);
        if (unit.Dimension.Kind == DimensionKind.Ratio)
        {
            return unit == Units.Percent ? Percent : Number;
        }
        return new(RuleTypeKind.Quantity, unit, -1);
    }

    /// <summary>In a function signature only: the type of argument <paramref name="index"/> (同参数类型), e.g. the result of a <c>clamp(x, lo, hi)</c>.</summary>
    /// <param name="index">The zero-based argument index.</param>
    /// <returns>The type.</returns>
    public static RuleType SameAsArgument(int index)
    {
        Guard.Against.LessThan(index, 0);
        return new(RuleTypeKind.SameAsArgument, null, index);
    }

    /// <summary>Whether values of the two types can be added and compared: equal kinds and, for quantities, one dimension.</summary>
    internal bool SameDimension(RuleType other) =>
        Kind == other.Kind && (Kind != RuleTypeKind.Quantity || Unit!.Dimension == other.Unit!.Dimension);

    /// <summary>Whether two types are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RuleType? left, RuleType? right) => Equals(left, right);

    /// <summary>Whether two types differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(RuleType? left, RuleType? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(RuleType? other) => other is not null && Kind == other.Kind && ArgumentIndex == other.ArgumentIndex && Equals(Unit, other.Unit);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Unit, ArgumentIndex);

    /// <summary>The type in words: <c>number</c>, <c>percent</c>, <c>points</c>, <c>亿元 (money)</c>, <c>bool</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Describe(ExplanationLanguage.English);

    internal string Describe(ExplanationLanguage language)
    {
        var zh = language == ExplanationLanguage.Chinese;
        return Kind switch
        {
            RuleTypeKind.Number => zh ? "数值" : "number",
            RuleTypeKind.Percent => zh ? "百分比" : "percent",
            RuleTypeKind.Points => zh ? "百分点" : "percentage points",
            RuleTypeKind.Boolean => zh ? "真假值" : "bool",
            RuleTypeKind.Quantity => Unit!.Symbol + " (" + DimensionWord(Unit.Dimension, zh) + ")",
            _ => (zh ? "第" : "argument ") + (ArgumentIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + (zh ? "个参数的类型" : "'s type"),
        };
    }

    private static string DimensionWord(Dimension dimension, bool zh) => dimension.Kind switch
    {
        DimensionKind.Money => zh ? "货币" : "money",
        DimensionKind.Area => zh ? "面积" : "area",
        DimensionKind.Length => zh ? "长度" : "length",
        DimensionKind.Mass => zh ? "质量" : "mass",
        DimensionKind.Energy => zh ? "能耗" : "energy",
        DimensionKind.Electricity => zh ? "电量" : "electricity",
        DimensionKind.Count => zh ? "计数" : "count",
        DimensionKind.Declared => dimension.Noun!,
        DimensionKind.Quotient => DimensionWord(dimension.Numerator!, zh) + (zh ? "/" : " per ") + DimensionWord(dimension.Denominator!, zh),
        _ => zh ? "比率" : "ratio",
    };
}
