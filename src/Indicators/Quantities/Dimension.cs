namespace Indicators;

/// <summary>
/// What a unit measures (量纲): money in one currency, area, length, mass, energy, electricity,
/// a count of one noun, a ratio, or one of these per another. Units of one dimension convert
/// into each other by a fixed factor; units of different dimensions never do.
/// </summary>
/// <remarks>
/// Two dimensions are equal when their <see cref="Name"/>s are: <c>money(CNY)</c> differs from
/// <c>money(USD)</c>, <c>count(家)</c> from <c>count(人)</c>.
/// </remarks>
public sealed class Dimension : IEquatable<Dimension>
{
    private Dimension(DimensionKind kind, string name, Currency? currency, string? noun, Dimension? numerator, Dimension? denominator)
    {
        Kind = kind;
        Name = name;
        Currency = currency;
        Noun = noun;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>比率: a pure number or a percentage.</summary>
    public static Dimension Ratio { get; } = Simple(DimensionKind.Ratio, "ratio");

    /// <summary>面积 (area).</summary>
    public static Dimension Area { get; } = Simple(DimensionKind.Area, "area");

    /// <summary>长度 (length).</summary>
    public static Dimension Length { get; } = Simple(DimensionKind.Length, "length");

    /// <summary>质量 (mass).</summary>
    public static Dimension Mass { get; } = Simple(DimensionKind.Mass, "mass");

    /// <summary>能耗 in 吨标准煤 (energy as standard coal equivalent).</summary>
    public static Dimension Energy { get; } = Simple(DimensionKind.Energy, "energy");

    /// <summary>电量 in 千瓦时 (electricity); a different dimension from <see cref="Energy"/>.</summary>
    public static Dimension Electricity { get; } = Simple(DimensionKind.Electricity, "electricity");

    /// <summary>The kind of dimension.</summary>
    public DimensionKind Kind { get; }

    /// <summary>The invariant name, e.g. <c>area</c>, <c>money(CNY)</c>, <c>count(家)</c>, <c>energy/money(CNY)</c>.</summary>
    public string Name { get; }

    /// <summary>The currency of a money dimension (币种); null for every other kind.</summary>
    public Currency? Currency { get; }

    /// <summary>The counted noun of a count dimension (量词: 家, 人, 项…), or the user's name of a declared dimension (体积); null for every other kind.</summary>
    public string? Noun { get; }

    /// <summary>The dimension before the "/" of a quotient (吨标准煤 in 吨标准煤/万元); null unless <see cref="Kind"/> is <see cref="DimensionKind.Quotient"/>.</summary>
    public Dimension? Numerator { get; }

    /// <summary>The dimension after the "/" of a quotient (万元 in 吨标准煤/万元); null unless <see cref="Kind"/> is <see cref="DimensionKind.Quotient"/>.</summary>
    public Dimension? Denominator { get; }

    /// <summary>Money (货币) in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="currency"/> is not a defined currency.</exception>
    public static Dimension Money(Currency currency) => currency switch
    {
        Indicators.Currency.Cny => UnitTable.MoneyDimensions[0],
        Indicators.Currency.Usd => UnitTable.MoneyDimensions[1],
        Indicators.Currency.Hkd => UnitTable.MoneyDimensions[2],
        Indicators.Currency.Eur => UnitTable.MoneyDimensions[3],
        Indicators.Currency.Jpy => UnitTable.MoneyDimensions[4],
        _ => throw new ArgumentOutOfRangeException(nameof(currency), currency, "Unknown currency."),
    };

    /// <summary>A count (计数) of <paramref name="noun"/>: 家 (enterprises), 人 (persons), 项 (projects)…</summary>
    /// <param name="noun">One of the known counting nouns (<see cref="Units.CountNouns"/>).</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentException"><paramref name="noun"/> is not a known counting noun.</exception>
    public static Dimension Count(string noun) => Units.Count(noun).Dimension;

    internal static Dimension Simple(DimensionKind kind, string name) => new(kind, name, null, null, null, null);

    internal static Dimension OfMoney(Currency currency) =>
        new(DimensionKind.Money, "money(" + currency.ToString().ToUpperInvariant() + ")", currency, null, null, null);

    internal static Dimension OfCount(string noun) => new(DimensionKind.Count, "count(" + noun + ")", null, noun, null, null);

    // A declared dimension's name cannot equal a library dimension's: those have no parentheses after "declared".
    internal static Dimension Declared(string word) => new(DimensionKind.Declared, "declared(" + word + ")", null, word, null, null);

    internal static Dimension Quotient(Dimension numerator, Dimension denominator) =>
        new(DimensionKind.Quotient, numerator.Name + "/" + denominator.Name, null, null, numerator, denominator);

    /// <summary>Whether two dimensions are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Dimension? left, Dimension? right) => Equals(left, right);

    /// <summary>Whether two dimensions differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Dimension? left, Dimension? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Dimension? other) =>
        ReferenceEquals(this, other) || (other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Dimension other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>The <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
