using System.Globalization;

namespace Indicators.Assessment;

/// <summary>
/// When two scores tie (并列): exactly equal (the default), or equal after rounding both to a number of decimals
/// with 四舍五入 — the rule of a scheme that publishes scores to two decimals and ranks the published scores
/// (86.004 and 85.996 both print 86.00 and share a rank).
/// </summary>
/// <remarks>
/// Rounding decides ties and order together: the scores are ranked by their rounded values, so 86.004 does not
/// rank above 85.996 under <c>RoundedTo(2)</c>. Exact equality treats −0 and +0 as equal.
/// </remarks>
public readonly struct TiePolicy : IEquatable<TiePolicy>
{
    // 0 means exact; otherwise decimals + 1, so that default(TiePolicy) is Exact.
    private readonly int decimalsPlusOne;

    private TiePolicy(int decimalsPlusOne) => this.decimalsPlusOne = decimalsPlusOne;

    /// <summary>Ties only between exactly equal scores (完全相等).</summary>
    public static TiePolicy Exact => default;

    /// <summary>The decimals scores are rounded to before comparing; null for <see cref="Exact"/>.</summary>
    public int? Decimals => decimalsPlusOne == 0 ? null : decimalsPlusOne - 1;

    /// <summary>Ties between scores equal after rounding to <paramref name="decimals"/> decimals (四舍五入).</summary>
    /// <param name="decimals">0 to <see cref="Rounding.MaxDecimals"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    public static TiePolicy RoundedTo(int decimals) => new(Guard.Against.NotInRange(decimals, 0, Rounding.MaxDecimals) + 1);

    /// <summary>Whether two policies are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TiePolicy left, TiePolicy right) => left.Equals(right);

    /// <summary>Whether two policies differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TiePolicy left, TiePolicy right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TiePolicy other) => decimalsPlusOne == other.decimalsPlusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TiePolicy other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => decimalsPlusOne;

    /// <summary>"exact" or "rounded to n decimals".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => decimalsPlusOne == 0
        ? "exact"
        : string.Create(CultureInfo.InvariantCulture, $"rounded to {decimalsPlusOne - 1} decimals");

    /// <summary>The value ranked in place of <paramref name="score"/> (already checked finite); +0 for −0.</summary>
    internal double Key(double score) => decimalsPlusOne == 0 ? score + 0.0 : Rounding.Round(score, decimalsPlusOne - 1);
}
