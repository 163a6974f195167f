namespace Indicators.Reports;

/// <summary>
/// How stated figures are judged against each other (数据一致性判定口径): which values a qualifier admits, whether a
/// figure may have been truncated (去尾) rather than rounded, and so where consistent ends and borderline begins.
/// </summary>
/// <remarks>
/// <para>A check computes its result twice. From the figures <b>as stated</b> it computes one number and writes it
/// at the stated result's own precision (修约值比较法, either 四舍五入 or GB/T 8170): if that is what the report states
/// the check is <see cref="ConsistencyVerdict.Consistent"/>. Otherwise, from the <b>intervals</b> the figures stand for
/// it computes every possible result: if some of them round to the stated result the check is
/// <see cref="ConsistencyVerdict.Borderline"/> (consistent only thanks to the inputs' rounding), and if none does it is
/// <see cref="ConsistencyVerdict.Inconsistent"/>. 6.2 / 91.3 = 6.79%, stated as 6.7%, is borderline by default (6.15 /
/// 91.35 = 6.73% rounds to 6.7%) and consistent when truncation is allowed (6.79% truncates to 6.7%).</para>
/// <para>The bounds of the qualifiers (docs/reports.md): 近 v stands for [v − <see cref="NearlyBound"/>·|v|, v); 约 v
/// and v左右 for v ± <see cref="AboutBound"/>·|v| (at least the rounding); 以上, 突破, 不少于 for [v − ½ unit, +∞);
/// 超过 for (v − ½ unit, +∞); v余 and v多 for (v, v + one unit of the last non-zero digit) — 170余 is below 180;
/// 以下 and 以内 for (−∞, v + ½ unit); 不到, 不满, 不足 for (−∞, v).</para>
/// <para><c>default(ConsistencyPolicy)</c> is <see cref="Default"/>. The issue names this policy "JudgingPolicy";
/// that name belongs to <see cref="JudgingPolicy"/> (an actual against a target), and a second type of that name in
/// <c>Indicators.Reports</c> would make every script that imports both namespaces ambiguous.</para>
/// </remarks>
public readonly struct ConsistencyPolicy : IEquatable<ConsistencyPolicy>
{
    /// <summary>The default bound of 近: 10% below the number (近10亿元 is at least 9亿元).</summary>
    public const double DefaultNearlyBound = 0.10;

    /// <summary>The default bound of 约 and 左右: 5% either side of the number (约20亿元 is 19–21亿元).</summary>
    public const double DefaultAboutBound = 0.05;

    // Stored as offsets from the defaults so that default(ConsistencyPolicy) is Default.
    private readonly double nearlyOffset;
    private readonly double aboutOffset;

    private ConsistencyPolicy(bool allowsTruncation, double nearlyBound, double aboutBound)
    {
        AllowsTruncation = allowsTruncation;
        nearlyOffset = nearlyBound - DefaultNearlyBound;
        aboutOffset = aboutBound - DefaultAboutBound;
    }

    /// <summary>Figures are rounded (四舍五入 or GB/T 8170), 近 within 10%, 约/左右 within 5%: the library's default.</summary>
    public static ConsistencyPolicy Default => default;

    /// <summary>Whether a stated figure may also have been truncated (去尾: 6.79% written 6.7%); false by default.</summary>
    public bool AllowsTruncation { get; }

    /// <summary>How far below its number a 近 figure may lie, as a fraction of it.</summary>
    public double NearlyBound => DefaultNearlyBound + nearlyOffset;

    /// <summary>How far either side of its number a 约 or 左右 figure may lie, as a fraction of it.</summary>
    public double AboutBound => DefaultAboutBound + aboutOffset;

    /// <summary>This policy, with figures that may have been truncated as well as rounded.</summary>
    /// <param name="allowed">Whether truncation is allowed.</param>
    /// <returns>The policy.</returns>
    public ConsistencyPolicy WithTruncation(bool allowed = true) => new(allowed, NearlyBound, AboutBound);

    /// <summary>This policy with other bounds for 近 and 约/左右.</summary>
    /// <param name="nearly">The fraction below its number a 近 figure may lie, 0 to 1.</param>
    /// <param name="about">The fraction either side of its number a 约 or 左右 figure may lie, 0 to 1.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not a number from 0 to 1.</exception>
    public ConsistencyPolicy WithQualifierBounds(double nearly, double about)
    {
        Guard.Against.NotInRange(nearly is >= 0 and <= 1, nameof(nearly), nearly, "The bound of 近 is a fraction from 0 to 1.");
        Guard.Against.NotInRange(about is >= 0 and <= 1, nameof(about), about, "The bound of 约/左右 is a fraction from 0 to 1.");
        return new(AllowsTruncation, nearly + 0.0, about + 0.0);
    }

    /// <inheritdoc />
    public bool Equals(ConsistencyPolicy other) =>
        AllowsTruncation == other.AllowsTruncation && NearlyBound.Equals(other.NearlyBound) && AboutBound.Equals(other.AboutBound);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConsistencyPolicy other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AllowsTruncation, NearlyBound, AboutBound);

    /// <summary>Whether two policies are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ConsistencyPolicy left, ConsistencyPolicy right) => left.Equals(right);

    /// <summary>Whether two policies differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ConsistencyPolicy left, ConsistencyPolicy right) => !left.Equals(right);

    /// <summary>The policy in words: "rounded figures, 近 10%, 约/左右 5%".</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        (AllowsTruncation ? "rounded or truncated figures" : "rounded figures")
        + ", 近 " + ExplainText.Percent(Rounding.RoundUnchecked(NearlyBound * 100, 10, RoundingMode.HalfAwayFromZero))
        + ", 约/左右 " + ExplainText.Percent(Rounding.RoundUnchecked(AboutBound * 100, 10, RoundingMode.HalfAwayFromZero));
}
