using System.Globalization;

namespace Indicators;

/// <summary>
/// How an actual value is judged against a target (判定方法): the limit comparison (修约值比较法 or 全数值比较法,
/// GB/T 8170-2008), the precision at which the actual value is rounded, the rounding mode, and the band of
/// 左右 ("about") targets. Every <see cref="Attainment"/> states the policy it used.
/// </summary>
/// <remarks>
/// <para><c>default(JudgingPolicy)</c> is <see cref="Default"/>: 修约值比较法 at the target's published precision,
/// 四舍五入, 左右 band 0.</para>
/// <para>左右 has no official tolerance (domain-research §3.2): a 左右 target is met when the judged actual value is at
/// least the target minus <see cref="AboutBand"/>. With the default band 0, "5%左右" is met by 5.0% and missed by
/// 4.9%; a band of 0.2 (a "基本完成" reading) lets 4.8% meet it.</para>
/// </remarks>
public readonly struct JudgingPolicy : IEquatable<JudgingPolicy>
{
    private readonly int decimalsPlusOne;

    private JudgingPolicy(LimitComparison comparison, int? decimals, RoundingMode mode, double aboutBand)
    {
        Comparison = comparison;
        decimalsPlusOne = decimals is int d ? d + 1 : 0;
        RoundingMode = mode;
        AboutBand = aboutBand + 0.0;
    }

    /// <summary>修约值比较法 at the target's published precision, 四舍五入, 左右 band 0: the library's default.</summary>
    public static JudgingPolicy Default => default;

    /// <summary>全数值比较法: the unrounded actual value is compared (−2.96% is not a decline of 3%).</summary>
    public static JudgingPolicy FullValue => new(LimitComparison.FullValue, null, RoundingMode.HalfAwayFromZero, 0);

    /// <summary>修约值比较法 or 全数值比较法.</summary>
    public LimitComparison Comparison { get; }

    /// <summary>The decimals the actual value is rounded to, or null for the target's published precision (<see cref="Target.Decimals"/>).</summary>
    public int? Decimals => decimalsPlusOne == 0 ? null : decimalsPlusOne - 1;

    /// <summary>How the actual value is rounded under 修约值比较法 (四舍五入 by default, or GB/T 8170).</summary>
    public RoundingMode RoundingMode { get; }

    /// <summary>The tolerance of a 左右 target, in the target's unit (percentage points for a rate); 0 by default.</summary>
    public double AboutBand { get; }

    /// <summary>修约值比较法 (round, then compare) at <paramref name="decimals"/>, or at the target's precision when null.</summary>
    /// <param name="decimals">The published precision, 0 to <see cref="Rounding.MaxDecimals"/>; null for the target's.</param>
    /// <param name="mode">How the actual value is rounded.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static JudgingPolicy RoundedValue(int? decimals = null, RoundingMode mode = RoundingMode.HalfAwayFromZero)
    {
        if (decimals is int d)
        {
            Guard.Against.NotInRange(d, 0, Rounding.MaxDecimals, nameof(decimals));
        }
        Rounding.CheckMode(mode);
        return new JudgingPolicy(LimitComparison.RoundedValue, decimals, mode, 0);
    }

    /// <summary>This policy with another 左右 band.</summary>
    /// <param name="band">The tolerance below a 左右 target, in its unit; finite and not negative.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="band"/> is NaN, infinite or negative.</exception>
    public JudgingPolicy WithAboutBand(double band)
    {
        return new JudgingPolicy(Comparison, Decimals, RoundingMode, Guard.Against.NegativeOrNotFinite(band));
    }

    /// <summary>This policy with its precision fixed to the target's, so that it can be read and explained alone.</summary>
    internal JudgingPolicy For(Target target) => new(Comparison, Decimals ?? target.Decimals, RoundingMode, AboutBand);

    /// <summary>The precision used, once resolved with <see cref="For"/>.</summary>
    internal int ResolvedDecimals => Decimals ?? 0;

    /// <summary>The judged value: the actual value rounded once under 修约值比较法, or itself under 全数值比较法.</summary>
    internal double Judged(double value) =>
        Comparison == LimitComparison.RoundedValue ? Rounding.Round(value, ResolvedDecimals, RoundingMode) : value;

    /// <summary>Compares under this (resolved) policy.</summary>
    internal int Compare(double actual, double limit) => Judgement.Compare(actual, limit, ResolvedDecimals, Comparison, RoundingMode);

    /// <inheritdoc />
    public bool Equals(JudgingPolicy other) =>
        Comparison == other.Comparison && decimalsPlusOne == other.decimalsPlusOne && RoundingMode == other.RoundingMode && AboutBand.Equals(other.AboutBand);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JudgingPolicy other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Comparison, decimalsPlusOne, RoundingMode, AboutBand);

    /// <summary>Whether two policies are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(JudgingPolicy left, JudgingPolicy right) => left.Equals(right);

    /// <summary>Whether two policies differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(JudgingPolicy left, JudgingPolicy right) => !left.Equals(right);

    /// <summary>The policy in words: "修约值比较法 (rounded value) at 1 decimal, 四舍五入", "全数值比较法 (full value)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = Comparison == LimitComparison.FullValue
            ? "全数值比较法 (full value)"
            : "修约值比较法 (rounded value) at " + (Decimals is int d ? d.ToString(CultureInfo.InvariantCulture) + (d == 1 ? " decimal" : " decimals") : "the target's precision")
              + (RoundingMode == RoundingMode.GbT8170 ? ", GB/T 8170" : ", 四舍五入");
        return AboutBand == 0 ? text : text + ", 左右 band " + NumberText.Format(AboutBand);
    }

    /// <summary>The policy in Chinese, for Chinese explanations: "修约值比较法（保留1位小数，四舍五入）", "全数值比较法".</summary>
    internal string ToChineseText()
    {
        var text = Comparison == LimitComparison.FullValue
            ? "全数值比较法"
            : "修约值比较法（" + (Decimals is int d ? "保留" + d.ToString(CultureInfo.InvariantCulture) + "位小数" : "按目标的精度")
              + (RoundingMode == RoundingMode.GbT8170 ? "，GB/T 8170" : "，四舍五入") + "）";
        return AboutBand == 0 ? text : text + "，“左右”容差" + NumberText.Format(AboutBand);
    }
}
