using System.Globalization;
using NodaTime;

namespace Indicators;

/// <summary>
/// An exchange rate (汇率) between two currencies for a period: one unit of <see cref="From"/> is
/// <see cref="Rate"/> units of <see cref="To"/> (1 USD = 7.1 CNY). Money never changes currency
/// without one: <see cref="Quantity.ConvertTo(Unit, ExchangeRate)"/> takes it explicitly.
/// </summary>
public sealed class ExchangeRate : IEquatable<ExchangeRate>
{
    private ExchangeRate(Currency from, Currency to, double rate, DateInterval period)
    {
        From = from;
        To = to;
        Rate = rate;
        Period = period;
    }

    /// <summary>The currency converted from.</summary>
    public Currency From { get; }

    /// <summary>The currency converted to.</summary>
    public Currency To { get; }

    /// <summary>How many units of <see cref="To"/> one unit of <see cref="From"/> is.</summary>
    public double Rate { get; }

    /// <summary>The dates the rate applies to (an annual average rate covers the year).</summary>
    public DateInterval Period { get; }

    /// <summary>A rate: one <paramref name="from"/> is <paramref name="rate"/> <paramref name="to"/> during <paramref name="period"/>.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to; different from <paramref name="from"/>.</param>
    /// <param name="rate">A finite positive number.</param>
    /// <param name="period">The dates the rate applies to.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentException">The currencies are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not finite and positive, or a currency is not defined.</exception>
    public static ExchangeRate Of(Currency from, Currency to, double rate, DateInterval period)
    {
        Guard.Against.NegativeOrZeroOrNotFinite(rate);
        Guard.Against.Null(period);
        Guard.Against.False(from != to, nameof(to), $"An exchange rate is between two currencies; both are {from}.");
        EnumCheck.Defined(from, nameof(from));
        EnumCheck.Defined(to, nameof(to));
        return new ExchangeRate(from, to, rate, period);
    }

    /// <summary>The same rate the other way round: 1 CNY = 1/7.1 USD.</summary>
    public ExchangeRate Inverse => new(To, From, 1 / Rate, Period);

    /// <summary>Converts <paramref name="amount"/> to <paramref name="target"/>, in either direction of the rate.</summary>
    internal Quantity Convert(Quantity amount, Unit target)
    {
        var fromUnit = amount.Unit;
        var source = fromUnit.Dimension.Currency;
        var destination = target.Dimension.Currency;
        Guard.Against.False(fromUnit.Dimension.Kind == DimensionKind.Money && target.Dimension.Kind == DimensionKind.Money, nameof(target), $"Cannot convert {Quantity.Describe(fromUnit)} to {Quantity.Describe(target)} with an exchange rate: both must be money units.");
        if (source == destination)
        {
            return amount.ConvertTo(target);
        }
        double factor;
        if (source == From && destination == To)
        {
            factor = Rate;
        }
        else if (source == To && destination == From)
        {
            factor = 1 / Rate;
        }
        else
        {
            throw new ArgumentException(
                $"Cannot convert {Quantity.Describe(fromUnit)} to {Quantity.Describe(target)} with the rate {this}: it is not between {source} and {destination}.",
                nameof(target));
        }
        // ConvertValue only rescales (万美元 → 美元-equivalent of 万元's scale); the rate then changes currency.
        return Quantity.Of(Guard.Against.Overflow(fromUnit.ConvertValue(amount.Value, target) * factor, "conversion", nameof(target)), target);
    }

    /// <summary>Whether two rates are the same currencies, rate and period.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ExchangeRate? left, ExchangeRate? right) => Equals(left, right);

    /// <summary>Whether two rates differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ExchangeRate? left, ExchangeRate? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(ExchangeRate? other) =>
        other is not null && From == other.From && To == other.To && Rate.Equals(other.Rate) && Period.Equals(other.Period);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExchangeRate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Rate, Period);

    /// <summary>Invariant text: "1 USD = 7.1 CNY [2024-01-01, 2024-12-31]".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"1 {Code(From)} = {NumberText.Format(Rate)} {Code(To)} [{Period.Start:uuuu'-'MM'-'dd}, {Period.End:uuuu'-'MM'-'dd}]");

    private static string Code(Currency currency) => currency.ToString().ToUpperInvariant();
}
