using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

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

/// <summary>The one registry of generators for the property tests (registered for the assembly above).</summary>
public static class Arbitraries
{
    private static Gen<RoundingMode> Mode => Gen.Elements(RoundingMode.HalfAwayFromZero, RoundingMode.GbT8170);

    private static Gen<double> Finite(double below) =>
        ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get).Where(v => Math.Abs(v) < below);

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
