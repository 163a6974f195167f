namespace Indicators;

/// <summary>Shares of a whole (占比, 比重) and their changes in percentage points.</summary>
public static class Share
{
    /// <summary>The share of <paramref name="part"/> in <paramref name="whole"/> (占比): 1000 of 5000 is 20%.</summary>
    /// <param name="part">The part; finite.</param>
    /// <param name="whole">The whole; finite.</param>
    /// <returns>The share, or no value when the whole is not positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public static ShareResult Of(double part, double whole) => new(Guard.Against.NotFinite(part), Guard.Against.NotFinite(whole));

    /// <summary>The change of a share from the levels of two periods, in percentage points.</summary>
    /// <param name="earlierPart">The part in the earlier period; finite.</param>
    /// <param name="earlierWhole">The whole in the earlier period; finite.</param>
    /// <param name="laterPart">The part in the later period; finite.</param>
    /// <param name="laterWhole">The whole in the later period; finite.</param>
    /// <returns>The change, or no value when a whole is not positive (or, <see cref="ShareStatus.TooLarge"/>, when the change in points is beyond a double).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public static ShareChangeResult Change(double earlierPart, double earlierWhole, double laterPart, double laterWhole)
    {
        var earlier = Of(earlierPart, earlierWhole);
        var later = Of(laterPart, laterWhole);
        return earlier.HasValue && later.HasValue
            ? ShareChangeResult.Between(earlierPart / earlierWhole, laterPart / laterWhole)
            : new(0, 0, ShareStatus.WholeNotPositive);
    }

    /// <summary>
    /// The change of a share from the current share and the growth rates of part and whole (两期比重差):
    /// earlier share = share × (1 + b) / (1 + a), so <c>Δ = share × (a − b) / (1 + a)</c>. F18: 30%, 20%, 10% → +2.5pp.
    /// </summary>
    /// <param name="share">The current share A/B.</param>
    /// <param name="partGrowth">The part's growth a.</param>
    /// <param name="wholeGrowth">The whole's growth b.</param>
    /// <returns>The change, or no value when a ≤ −100% (the earlier part is lost) or b ≤ −100% (no earlier whole).</returns>
    public static ShareChangeResult ChangeFromGrowth(Percentage share, Percentage partGrowth, Percentage wholeGrowth)
    {
        if (wholeGrowth.Percent <= -100)
        {
            return new(0, 0, ShareStatus.WholeNotPositive);
        }
        if (partGrowth.Percent <= -100)
        {
            return new(0, 0, ShareStatus.PartVanished);
        }
        var earlier = share.Fraction * (1 + wholeGrowth.Fraction) / (1 + partGrowth.Fraction);
        return double.IsFinite(earlier * 100) ? ShareChangeResult.Between(earlier, share.Fraction) : new(0, 0, ShareStatus.PartVanished);
    }
}
