namespace Indicators;

/// <summary>
/// The identifier of a development zone (开发区代码): a non-empty code chosen by the user, such
/// as an administrative code or a short name. Compared ordinally.
/// </summary>
/// <remarks><c>default(ZoneId)</c> has an empty code and is not a zone; observations refuse it.</remarks>
public readonly struct ZoneId : IEquatable<ZoneId>, IComparable<ZoneId>
{
    private readonly string? code;

    private ZoneId(string code) => this.code = code;

    /// <summary>The code; empty only for <c>default(ZoneId)</c>.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>Whether this is a real zone (not <c>default(ZoneId)</c>).</summary>
    public bool IsValid => !string.IsNullOrEmpty(code);

    /// <summary>The zone with <paramref name="code"/>; surrounding white space is removed.</summary>
    /// <param name="code">A code that is not blank.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null or blank.</exception>
    public static ZoneId Of(string code)
    {
        Guard.Against.NullOrWhiteSpace(code);
        return new ZoneId(code.Trim());
    }

    /// <summary>Whether two identifiers are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ZoneId left, ZoneId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ZoneId left, ZoneId right) => !left.Equals(right);

    /// <summary>Ordinal order of the codes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ZoneId left, ZoneId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order of the codes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ZoneId left, ZoneId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order of the codes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ZoneId left, ZoneId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order of the codes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ZoneId left, ZoneId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(ZoneId other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ZoneId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public int CompareTo(ZoneId other) => string.CompareOrdinal(Code, other.Code);

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
