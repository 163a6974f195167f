namespace Indicators;

/// <summary>Whether a share (占比) or a change of share exists.</summary>
public enum ShareStatus
{
    /// <summary>The share exists.</summary>
    Share = 0,

    /// <summary>A whole is zero or negative: no share of it exists.</summary>
    WholeNotPositive = 1,

    /// <summary>The part fell by 100% or more, so its earlier level (and share) cannot be recovered from the growth rates.</summary>
    PartVanished = 2,

    /// <summary>The change of share in percentage points is beyond the range of a double (shares of about 10³⁰⁶ and
    /// more, of opposite signs): no number is given rather than an infinity.</summary>
    TooLarge = 3,
}
