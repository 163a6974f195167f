using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Tests.Periods;
using Indicators.Tests.Quantities;

// Every [Property] in the assembly draws its parameters from the one class below; passing tests stay quiet.
[assembly: Properties(Arbitrary = new[] { typeof(Indicators.Tests.Arbitraries) }, QuietOnSuccess = true)]

namespace Indicators.Tests;

// Domain values the properties are stated over. A primitive gets a wrapper where its range carries a meaning,
// so a [Property] parameter says what it is and the one registration below says how it is generated.

/// <summary>A finite value below 1e12 in magnitude, a number of decimals (0–6) and a rounding mode.</summary>
public sealed record RoundingCase(double Value, int Decimals, RoundingMode Mode);

/// <summary>A decimal value with one digit more than <see cref="Decimals"/> keeps, so exact midpoints occur often.</summary>
public sealed record MidpointCase(double Value, int Decimals, int LastDigit);

/// <summary>A base (up to three decimals) and a rate (basis points) whose current value is exact in decimal.</summary>
public sealed record DecimalTie(decimal Base, decimal Rate, decimal Current, LimitComparison Comparison, RoundingMode Mode);

/// <summary>A finite actual below 1e9 in magnitude, a limit in tenths of a percent and a rounding mode.</summary>
public sealed record LimitCase(double Actual, double Limit, RoundingMode Mode);

/// <summary>A value in tenths between −100 and 100.</summary>
public readonly record struct Tenths(double Value);

/// <summary>An indicator of the standard catalogue.</summary>
public sealed record StandardIndicator(IndicatorDefinition Definition)
{
    /// <inheritdoc/>
    public override string ToString() => Definition.Code;
}

/// <summary>A named simple unit or the unit of a standard indicator: any unit an observation may be written in.</summary>
public sealed record ObservationUnit(Unit Unit)
{
    /// <inheritdoc/>
    public override string ToString() => Unit.Symbol;
}

/// <summary>0–30 new indicator numbers in random order, cut into batches of 1–5 registered together.</summary>
public sealed record RegistrationBatches(int[][] Chunks)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(" | ", Chunks.Select(c => string.Join(",", c)));
}

/// <summary>A positive start level and 1–12 later levels, each 0.001–30 times the start.</summary>
public sealed record GrowthPath(double Start, double[] Levels)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Start} → [{string.Join(", ", Levels)}]";
}

/// <summary>A rate in basis points, 0.01%–1000%.</summary>
public readonly record struct BasisPoints(int Value);

/// <summary>Two whole amounts 1–1,000,000: an actual and a target.</summary>
public readonly record struct WholePair(int Actual, int Target);

/// <summary>Two whole counts 1–100,000: a previous and a current one.</summary>
public readonly record struct CountPair(int Previous, int Current);

/// <summary>A number of decimals to round to, 0–3.</summary>
public readonly record struct FewDecimals(int Value);

/// <summary>A positive amount, 0.01–1e11, on four scales.</summary>
public readonly record struct PositiveAmount(double Value);

/// <summary>Two positive amounts (see <see cref="PositiveAmount"/>): an actual and a target.</summary>
public readonly record struct PositivePair(double A, double T);

/// <summary>Three positive amounts (see <see cref="PositiveAmount"/>): two actuals and a target.</summary>
public readonly record struct PositiveTriple(double X, double Y, double T);

/// <summary>Two amounts of either sign or zero, up to 1e10 in magnitude: an actual and a target.</summary>
public readonly record struct SignedPair(double A, double T);

/// <summary>Parts of a whole before (positive levels) and after (0–3 times before) a change.</summary>
public sealed record PartsChange(double[] Before, double[] After)
{
    /// <inheritdoc/>
    public override string ToString() => $"[{string.Join(", ", Before)}] → [{string.Join(", ", After)}]";
}

/// <summary>Three finite values, from ordinary to the edges of double (extremes, subnormals, ±0, random bits).</summary>
public readonly record struct ExtremeTriple(double A, double B, double C);

/// <summary>Two finite extreme values (see <see cref="ExtremeTriple"/>).</summary>
public readonly record struct ExtremePair(double A, double B);

/// <summary>Extreme values, target and population bound, and an ordinary weight 0–100.</summary>
public readonly record struct ExtremeScoringCase(ExtremeTriple Values, double Weight);

/// <summary>
/// Three positive levels of one series, each within a factor of 20 of the first: growth stores current / base − 1,
/// so a ratio near zero loses relative precision in 1 + g, as any stored rate does.
/// </summary>
public readonly record struct GrowthSeries(double X0, double X1, double X2);

/// <summary>Two levels of any sign or zero (small integers included): a current and a previous one.</summary>
public readonly record struct LevelPair(double Current, double Previous);

/// <summary>Three levels of any sign or zero.</summary>
public readonly record struct LevelTriple(double X, double Y, double Z);

/// <summary>Three numbers: any finite double, or a level of any sign.</summary>
public readonly record struct NumberTriple(double X, double Y, double Z);

/// <summary>A nominal growth (−90%–500%) and a price index change (−50%–50%).</summary>
public readonly record struct NominalAndPrice(Percentage Nominal, Percentage Price);

/// <summary>A growth rate, −99.9%–1000% in tenths.</summary>
public readonly record struct GrowthRate(Percentage Value);

/// <summary>An overfulfilment, 0.1%–1000% in tenths.</summary>
public readonly record struct Overfulfilment(Percentage Value);

/// <summary>A share, 0.1%–100% in tenths.</summary>
public readonly record struct ShareRate(Percentage Value);

/// <summary>A part and the rest of a whole before and after a change (each 0.05–5 times before).</summary>
public readonly record struct ShareLevels(double PartBefore, double WholeBefore, double PartAfter, double RestAfter);


/// <summary>A year-on-year growth between levels in hundredths (current 0–50,000, previous 1,000–20,000) and phrasing options.</summary>
public sealed record PhrasingCase(int Current, int Previous, GrowthResult Growth, PhrasingOptions Options);

/// <summary>A change in hundredths of a percentage point, −1000–1000 points.</summary>
public readonly record struct PointHundredths(int Value);

/// <summary>A period, two day offsets from its start (−100–2200, early ≤ late) and a measure of elapsed time.</summary>
public sealed record ElapsedCase(ReportingPeriod P, int A, int B, ElapsedMeasure Measure);

/// <summary>A day offset, −400–4000.</summary>
public readonly record struct DayOffset(int Value);

/// <summary>Text that may be a period: random strings, and strings of the characters period text uses.</summary>
public sealed record PeriodText(string? Value);

/// <summary>A value a report could hold: an integer or decimal across many magnitudes, of either sign.</summary>
public readonly record struct ReportValue(double Value);

/// <summary>Two money units (possibly the same currency).</summary>
public sealed record MoneyUnits(Unit From, Unit To);

/// <summary>An exchange rate, 0.001–100.</summary>
public readonly record struct RateValue(double Value);

/// <summary>A simple unit.</summary>
public sealed record SimpleUnit(Unit Unit);

/// <summary>A compound unit (one part per another).</summary>
public sealed record CompoundUnit(Unit Unit);

/// <summary>Two units of one dimension (simple, or compound from two same-dimension groups).</summary>
public sealed record UnitPair(Unit[] Units)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Units.Select(u => u.ToString()));
}

/// <summary>Three units of one dimension (see <see cref="UnitPair"/>).</summary>
public sealed record UnitTriple(Unit[] Units)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Units.Select(u => u.ToString()));
}

/// <summary>Text built from the pieces quantities are written with (numbers, 万, 亿, units, '/').</summary>
public sealed record QuantityText(string Value);

/// <summary>Text built from the pieces units are written with.</summary>
public sealed record UnitText(string Value);

/// <summary>The one registry of generators for the property tests (registered for the assembly above).</summary>
public static class Arbitraries
{
    private static Gen<RoundingMode> Mode => Gen.Elements(RoundingMode.HalfAwayFromZero, RoundingMode.GbT8170);

    private static Gen<double> Finite(double below) =>
        ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get).Where(v => Math.Abs(v) < below);

    /// <summary>A positive level: 0.000001–1e12, on many scales.</summary>
    internal static Gen<double> PositiveLevel { get; } =
        from mantissa in Gen.Choose(1, 1_000_000)
        from exponent in Gen.Choose(-3, 9)
        select mantissa * Math.Pow(10, exponent - 3);

    /// <summary>A finite value, ordinary or at the edges of double.</summary>
    internal static Gen<double> Extreme { get; } = Gen.Frequency(
        (6, Gen.Elements(
            0.0, -0.0, 1.0, -1.0, 100.0, -100.0, 0.5, 1e-3,
            double.MaxValue, -double.MaxValue, 1.7e308, -1.7e308, 1e308, -1e308, 8.9e307, 1e307, 1.8e306, 1e300,
            double.Epsilon, -double.Epsilon, 5e-324, 1e-308, 2.2e-308, 1e-300,
            7.9e28, -7.9e28, 7.92e28, 1e29, 7.9e27, 1e27, -1e27, 7.9e26, 1e26, 9.99e25, -1e26, 1e25, 1e15, 1e16)),
        (2, Gen.Choose(-1_000_000, 1_000_000).Select(n => n / 100.0)),
        (3, from bits in ArbMap.Default.GeneratorFor<long>()
            let d = BitConverter.Int64BitsToDouble(bits)
            select double.IsFinite(d) ? d : 0.0),
        (2, from mantissa in Gen.Choose(1, 999)
            from exponent in Gen.Choose(-320, 308)
            from negative in ArbMap.Default.GeneratorFor<bool>()
            select (negative ? -1 : 1) * mantissa * Math.Pow(10, exponent - 3)));

    private static Gen<double> Amount { get; } =
        from mantissa in Gen.Choose(1, 10_000_000)
        from scale in Gen.Elements(0.01, 1.0, 100.0, 10_000.0)
        select mantissa * scale;

    private static Gen<double> SignedAmount { get; } =
        from magnitude in Gen.Choose(-10_000_000, 10_000_000)
        from scale in Gen.Elements(0.01, 1.0, 1000.0)
        select magnitude * scale;

    private static Gen<double> AnyLevel { get; } = Gen.OneOf(
        PositiveLevel,
        PositiveLevel.Select(x => -x),
        Gen.Constant(0.0),
        Gen.Choose(-3, 3).Select(i => (double)i));

    private static Gen<double?> MonthValue { get; } = Gen.Frequency(
        (7, Gen.Choose(-1_000_000, 1_000_000).Select(v => (double?)v)),
        (1, Gen.Constant((double?)null)));

    private static Gen<Percentage> PercentInTenths(int from, int to) => Gen.Choose(from, to).Select(t => Percentage.FromPercent(t / 10.0));

    /// <summary>Growth paths.</summary>
    public static Arbitrary<GrowthPath> GrowthPaths() =>
        (from start in PositiveLevel
         from factors in Gen.Choose(1, 30_000).ArrayOf().Where(a => a.Length is > 0 and <= 12)
         select new GrowthPath(start, factors.Select(f => start * f / 1000.0).ToArray())).ToArbitrary();

    /// <summary>Rates in basis points.</summary>
    public static Arbitrary<BasisPoints> BasisPointRates() => Gen.Choose(1, 100_000).Select(b => new BasisPoints(b)).ToArbitrary();

    /// <summary>Whole actuals and targets.</summary>
    public static Arbitrary<WholePair> WholePairs() =>
        Gen.Choose(1, 1_000_000).Two().Select(p => new WholePair(p.Item1, p.Item2)).ToArbitrary();

    /// <summary>Whole counts.</summary>
    public static Arbitrary<CountPair> CountPairs() =>
        Gen.Choose(1, 100_000).Two().Select(p => new CountPair(p.Item1, p.Item2)).ToArbitrary();

    /// <summary>Decimals 0–3.</summary>
    public static Arbitrary<FewDecimals> FewDecimalCounts() => Gen.Choose(0, 3).Select(d => new FewDecimals(d)).ToArbitrary();

    /// <summary>Positive amounts.</summary>
    public static Arbitrary<PositiveAmount> PositiveAmounts() => Amount.Select(v => new PositiveAmount(v)).ToArbitrary();

    /// <summary>Pairs of positive amounts.</summary>
    public static Arbitrary<PositivePair> PositivePairs() => Amount.Two().Select(p => new PositivePair(p.Item1, p.Item2)).ToArbitrary();

    /// <summary>Triples of positive amounts.</summary>
    public static Arbitrary<PositiveTriple> PositiveTriples() =>
        Amount.Three().Select(t => new PositiveTriple(t.Item1, t.Item2, t.Item3)).ToArbitrary();

    /// <summary>Pairs of amounts of either sign.</summary>
    public static Arbitrary<SignedPair> SignedPairs() => SignedAmount.Two().Select(p => new SignedPair(p.Item1, p.Item2)).ToArbitrary();

    /// <summary>Parts before and after.</summary>
    public static Arbitrary<PartsChange> PartsChanges() =>
        (from count in Gen.Choose(1, 6)
         from before in PositiveLevel.ArrayOf(count)
         from factors in Gen.Choose(0, 3_000).ArrayOf(count)
         select new PartsChange(before, before.Select((b, i) => b * factors[i] / 1000.0).ToArray())).ToArbitrary();

    /// <summary>Triples of extreme values.</summary>
    public static Arbitrary<ExtremeTriple> ExtremeTriples() =>
        Gen.Three(Extreme).Select(t => new ExtremeTriple(t.Item1, t.Item2, t.Item3)).ToArbitrary();

    /// <summary>Pairs of extreme values.</summary>
    public static Arbitrary<ExtremePair> ExtremePairs() => Gen.Two(Extreme).Select(t => new ExtremePair(t.Item1, t.Item2)).ToArbitrary();

    /// <summary>Extreme scoring inputs with an ordinary weight.</summary>
    public static Arbitrary<ExtremeScoringCase> ExtremeScoringCases() =>
        (from values in Gen.Three(Extreme)
         from weight in Gen.Choose(0, 10_000)
         select new ExtremeScoringCase(new ExtremeTriple(values.Item1, values.Item2, values.Item3), weight / 100.0)).ToArbitrary();

    /// <summary>Consecutive positive levels.</summary>
    public static Arbitrary<GrowthSeries> GrowthSeriesValues() =>
        (from first in PositiveLevel
         from factors in Gen.Two(Gen.Choose(50, 20_000))
         select new GrowthSeries(first, first * factors.Item1 / 1000.0, first * factors.Item2 / 1000.0)).ToArbitrary();

    /// <summary>Pairs of levels of any sign.</summary>
    public static Arbitrary<LevelPair> LevelPairs() => Gen.Two(AnyLevel).Select(t => new LevelPair(t.Item1, t.Item2)).ToArbitrary();

    /// <summary>Triples of levels of any sign.</summary>
    public static Arbitrary<LevelTriple> LevelTriples() =>
        Gen.Three(AnyLevel).Select(t => new LevelTriple(t.Item1, t.Item2, t.Item3)).ToArbitrary();

    /// <summary>Triples of any numbers.</summary>
    public static Arbitrary<NumberTriple> NumberTriples() =>
        Gen.Three(Gen.OneOf(ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get), AnyLevel))
            .Select(t => new NumberTriple(t.Item1, t.Item2, t.Item3)).ToArbitrary();

    /// <summary>Nominal growths and price changes.</summary>
    public static Arbitrary<NominalAndPrice> NominalAndPrices() =>
        (from nominal in Gen.Choose(-9_000, 50_000)
         from price in Gen.Choose(-5_000, 5_000)
         select new NominalAndPrice(Percentage.FromPercent(nominal / 100.0), Percentage.FromPercent(price / 100.0))).ToArbitrary();

    /// <summary>Growth rates.</summary>
    public static Arbitrary<GrowthRate> GrowthRates() => PercentInTenths(-999, 10_000).Select(p => new GrowthRate(p)).ToArbitrary();

    /// <summary>Overfulfilments.</summary>
    public static Arbitrary<Overfulfilment> Overfulfilments() => PercentInTenths(1, 10_000).Select(p => new Overfulfilment(p)).ToArbitrary();

    /// <summary>Shares.</summary>
    public static Arbitrary<ShareRate> ShareRates() => PercentInTenths(1, 1000).Select(p => new ShareRate(p)).ToArbitrary();

    /// <summary>Part and whole levels.</summary>
    public static Arbitrary<ShareLevels> ShareLevelValues() =>
        (from partBefore in PositiveLevel
         from rest in PositiveLevel
         from factors in Gen.Two(Gen.Choose(50, 5_000))
         select new ShareLevels(partBefore, partBefore + rest, partBefore * factors.Item1 / 1000.0, rest * factors.Item2 / 1000.0)).ToArbitrary();

    /// <summary>Monthly series (by month, or with January and February combined) with missing months.</summary>
    public static Arbitrary<MonthlySeries> MonthlySeriesValues() =>
        (from combined in ArbMap.Default.ArbFor<bool>().Generator
         from length in Gen.Choose(1, combined ? 11 : 12)
         from values in Gen.ArrayOf(MonthValue, length)
         select combined ? MonthlySeries.FromJanuaryFebruaryCombined(values[0], values[1..]) : MonthlySeries.FromMonths(values)).ToArbitrary();

    private static Gen<string> Pieces(params string[] pieces) => Gen.Elements(pieces).ArrayOf().Select(p => string.Concat(p));

    /// <summary>Growths to phrase.</summary>
    public static Arbitrary<PhrasingCase> PhrasingCases() =>
        (from current in Gen.Choose(0, 5_000_000)
         from previous in Gen.Choose(100_000, 2_000_000)
         from decimals in Gen.Choose(0, 3)
         from mode in Mode
         from multiples in Gen.Elements(true, false)
         select new PhrasingCase(current, previous, Growth.YearOnYear(current / 100.0, previous / 100.0),
             PhrasingOptions.Default with { Decimals = decimals, RoundingMode = mode, UseMultiples = multiples })).ToArbitrary();

    /// <summary>Point changes.</summary>
    public static Arbitrary<PointHundredths> PointChanges() => Gen.Choose(-100_000, 100_000).Select(h => new PointHundredths(h)).ToArbitrary();

    /// <summary>Valid reporting periods of every kind (years 2–9998, mostly 1950–2050).</summary>
    public static Arbitrary<ReportingPeriod> ReportingPeriods() => PeriodGenerators.Any.ToArbitrary();

    /// <summary>Periods with two offsets.</summary>
    public static Arbitrary<ElapsedCase> ElapsedCases() =>
        (from p in PeriodGenerators.Any
         from a in Gen.Choose(-100, 2200)
         from b in Gen.Choose(-100, 2200)
         from measure in Gen.Elements(ElapsedMeasure.Months, ElapsedMeasure.Days)
         select new ElapsedCase(p, Math.Min(a, b), Math.Max(a, b), measure)).ToArbitrary();

    /// <summary>Day offsets.</summary>
    public static Arbitrary<DayOffset> DayOffsets() => Gen.Choose(-400, 4000).Select(d => new DayOffset(d)).ToArbitrary();

    /// <summary>Period-like text.</summary>
    public static Arbitrary<PeriodText> PeriodTexts()
    {
        var alphabet = "0123456789０５-—~～.年月日度上下半第季前至一二三四五十两个规划期间时“”\"MQHFYPmqh ".ToCharArray();
        var periodish = Gen.Choose(0, 14).SelectMany(n => Gen.ArrayOf(Gen.Elements(alphabet), n)).Select(chars => new string(chars));
        var prefixed = from prefix in Gen.Elements("", "2024", "2024-", "2024年", "2020-M01..", "2024年3月15日至", "十")
                       from rest in periodish
                       select prefix + rest;
        return Gen.OneOf(ArbMap.Default.ArbFor<string>().Generator, prefixed).Select(t => new PeriodText(t)).ToArbitrary();
    }

    /// <summary>Report values.</summary>
    public static Arbitrary<ReportValue> ReportValues() => UnitGenerators.Value.Select(v => new ReportValue(v)).ToArbitrary();

    /// <summary>Pairs of money units.</summary>
    public static Arbitrary<MoneyUnits> MoneyUnitPairs() =>
        Gen.Elements(UnitGenerators.Simple.Where(u => u.Dimension.Kind == DimensionKind.Money).ToArray()).Two()
            .Select(p => new MoneyUnits(p.Item1, p.Item2)).ToArbitrary();

    /// <summary>Exchange rates.</summary>
    public static Arbitrary<RateValue> RateValues() => Gen.Choose(1, 100_000).Select(r => new RateValue(r / 1000.0)).ToArbitrary();

    /// <summary>Quantities of any unit, simple or compound.</summary>
    public static Arbitrary<Quantity> AnyQuantities() => UnitGenerators.AnyQuantity.ToArbitrary();

    /// <summary>Simple units.</summary>
    public static Arbitrary<SimpleUnit> SimpleUnits() => Gen.Elements(UnitGenerators.Simple).Select(u => new SimpleUnit(u)).ToArbitrary();

    /// <summary>Compound units.</summary>
    public static Arbitrary<CompoundUnit> CompoundUnits() => UnitGenerators.Compound.Select(u => new CompoundUnit(u)).ToArbitrary();

    /// <summary>Two units of one dimension.</summary>
    public static Arbitrary<UnitPair> UnitPairs() => UnitGenerators.SameDimension(2).Select(u => new UnitPair(u)).ToArbitrary();

    /// <summary>Three units of one dimension.</summary>
    public static Arbitrary<UnitTriple> UnitTriples() => UnitGenerators.SameDimension(3).Select(u => new UnitTriple(u)).ToArbitrary();

    /// <summary>Quantity-like text (random strings rarely contain 万 or '/').</summary>
    public static Arbitrary<QuantityText> QuantityTexts() =>
        Pieces("1", "7", ".", "-", "e", ",", "万", "亿", "元", "/", "%", "亩", " ", "x", "人", "千米").Select(t => new QuantityText(t)).ToArbitrary();

    /// <summary>Unit-like text.</summary>
    public static Arbitrary<UnitText> UnitTexts() =>
        Pieces("万", "亿", "十", "千", "元", "/", "／", "%", "亩", "平方", "米", "人", "次", " ", "x", "美").Select(t => new UnitText(t)).ToArbitrary();

    /// <summary>Values to round.</summary>
    public static Arbitrary<RoundingCase> RoundingCases() =>
        (from value in Finite(1e12)
         from decimals in Gen.Choose(0, 6)
         from mode in Mode
         select new RoundingCase(value, decimals, mode)).ToArbitrary();

    /// <summary>Values one digit longer than kept.</summary>
    public static Arbitrary<MidpointCase> MidpointCases() =>
        (from digits in Gen.Choose(-2_000_000, 2_000_000)
         from decimals in Gen.Choose(0, 4)
         select new MidpointCase((double)(digits / (decimal)Math.Pow(10, decimals + 1)), decimals, Math.Abs(digits) % 10)).ToArbitrary();

    /// <summary>Growths that equal their target in exact decimal arithmetic.</summary>
    public static Arbitrary<DecimalTie> DecimalTies() =>
        (from baseDigits in Gen.Choose(1, 100_000_000)
         from baseScale in Gen.Choose(0, 3)
         from rateBasisPoints in Gen.Choose(-10_000, 100_000)
         from comparison in Gen.Elements(LimitComparison.RoundedValue, LimitComparison.FullValue)
         from mode in Mode
         let b = baseDigits / (decimal)Math.Pow(10, baseScale)
         let r = rateBasisPoints / 10_000m
         select new DecimalTie(b, r, b * (1 + r), comparison, mode)).ToArbitrary();

    /// <summary>Actuals against limits.</summary>
    public static Arbitrary<LimitCase> LimitCases() =>
        (from actual in Finite(1e9)
         from limitTenths in Gen.Choose(-100_000, 100_000)
         from mode in Mode
         select new LimitCase(actual, limitTenths / 10.0, mode)).ToArbitrary();

    /// <summary>Tenths between −100 and 100.</summary>
    public static Arbitrary<Tenths> TenthsValues() => Gen.Choose(-1000, 1000).Select(i => new Tenths(i / 10.0)).ToArbitrary();

    /// <summary>Standard indicators.</summary>
    public static Arbitrary<StandardIndicator> StandardIndicators() =>
        Gen.Elements(IndicatorCatalog.Standard.Select(d => new StandardIndicator(d)).ToArray()).ToArbitrary();

    /// <summary>Units an observation may be written in.</summary>
    public static Arbitrary<ObservationUnit> ObservationUnits() =>
        Gen.Elements(Units.AllSimple().Where(u => u.Symbol.Length > 0).Concat(IndicatorCatalog.Standard.Select(d => d.Unit))
            .Select(u => new ObservationUnit(u)).ToArray()).ToArbitrary();

    /// <summary>Batches of new indicators.</summary>
    public static Arbitrary<RegistrationBatches> Registrations() =>
        Gen.Choose(0, 30)
            .SelectMany(n => Gen.Shuffle(Enumerable.Range(0, n).ToArray()))
            .SelectMany(order => Gen.Choose(1, 5).Select(size => new RegistrationBatches(order.Chunk(size).ToArray())))
            .ToArbitrary();
}
