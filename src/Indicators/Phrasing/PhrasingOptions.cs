using System.Globalization;

namespace Indicators;

/// <summary>
/// How results are written in Chinese (表述): the published precision, the rounding mode, whether large growth is written
/// in 倍 and the prefix. Immutable; change it with <c>with</c>: <c>PhrasingOptions.Default with { Decimals = 2 }</c>.
/// </summary>
public sealed record PhrasingOptions
{
    private readonly int decimals = 1;
    private readonly int multipleDecimals = 2;
    private readonly RoundingMode roundingMode;
    private readonly GrowthPrefix prefix;
    private readonly Percentage multipleThreshold = Percentage.OneHundred;
    private readonly NegativeValueWording negativeValues;

    /// <summary>One decimal, 四舍五入, 倍 from 100% with two decimals, prefix 同比/环比 from the result.</summary>
    public static PhrasingOptions Default { get; } = new();

    /// <summary>Decimals of percentages and percentage points (NBS: 1 for growth rates, 2 for 环比); 0 to <see cref="Rounding.MaxDecimals"/>.</summary>
    public int Decimals
    {
        get => decimals;
        init => decimals = Guard.Against.NotInRange(value, 0, Rounding.MaxDecimals);
    }

    /// <summary>How numbers are rounded, once, when written (四舍五入 by default, or GB/T 8170).</summary>
    public RoundingMode RoundingMode
    {
        get => roundingMode;
        init
        {
            Rounding.CheckMode(value);
            roundingMode = value;
        }
    }

    /// <summary>Whether a growth of at least <see cref="MultipleThreshold"/> is written in 倍 ("增长1.79倍"); on by default.</summary>
    public bool UseMultiples { get; init; } = true;

    /// <summary>The growth from which 倍 is used, compared with the rounded rate; 100% by default.</summary>
    public Percentage MultipleThreshold
    {
        get => multipleThreshold;
        init => multipleThreshold = value;
    }

    /// <summary>Decimals of a number of 倍 (2: "1.79倍"; older releases used 1: "3.6倍"); 0 to <see cref="Rounding.MaxDecimals"/>.</summary>
    public int MultipleDecimals
    {
        get => multipleDecimals;
        init => multipleDecimals = Guard.Against.NotInRange(value, 0, Rounding.MaxDecimals);
    }

    /// <summary>The words before a growth: 同比/环比 (from the result), 比上年, or none.</summary>
    public GrowthPrefix Prefix
    {
        get => prefix;
        init => prefix = value is GrowthPrefix.FromKind or GrowthPrefix.ComparedWithPreviousYear or GrowthPrefix.None
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown prefix.");
    }

    /// <summary>How a growth without a rate is worded: 扭亏为盈… for profits (default) or 由负转正… for other indicators.</summary>
    public NegativeValueWording NegativeValues
    {
        get => negativeValues;
        init => negativeValues = value is NegativeValueWording.ProfitAndLoss or NegativeValueWording.Sign
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown wording.");
    }

    /// <summary>Rounds once to <see cref="Decimals"/> and writes the number with exactly that many decimals, invariantly: the form of "超额完成67%" and "完成率110.0%".</summary>
    internal string Format(double value) => Format(value, decimals);

    /// <summary>Rounds once to <paramref name="places"/> and writes the number with exactly that many decimals, invariantly.</summary>
    internal string Format(double value, int places) => Rounding.TrySnap(value, out var snapped)
        ? Format(snapped, places)
        : value.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Rounds once to <paramref name="places"/> and writes the number with exactly that many decimals, invariantly.</summary>
    internal string Format(decimal value, int places) =>
        Round(value, places).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The value rounded once to <see cref="Decimals"/> (itself beyond the snapping range; never −0).</summary>
    internal double Round(double value) => Round(value, decimals);

    /// <summary>The value rounded once to <paramref name="places"/> with <see cref="RoundingMode"/> (itself beyond the snapping range; never −0).</summary>
    internal double Round(double value, int places) => Rounding.RoundUnchecked(value, places, roundingMode);

    /// <summary>The value rounded once to <paramref name="places"/> with <see cref="RoundingMode"/>.</summary>
    internal decimal Round(decimal value, int places) => Rounding.RoundDecimal(value, places, roundingMode);
}
