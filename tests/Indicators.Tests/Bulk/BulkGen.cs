using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Bulk;

/// <summary>A small dataset as plain arrays, so FsCheck can print and shrink it; <see cref="Build"/> makes the store.</summary>
public sealed record DatasetSpec(int Zones, int Indicators, int Years, int FirstYear, double[] Weights, bool[] Reverse, double[] Actual, double[] Target)
{
    public BulkDataset Build()
    {
        var polarities = Reverse.Select(r => r ? Polarity.Reverse : Polarity.Positive).ToArray();
        var dataset = new BulkDataset(Zones, Weights, polarities, Years, FirstYear);
        Actual.CopyTo(dataset.Actual);
        Target.CopyTo(dataset.Target);
        return dataset;
    }

    public int Index(int z, int i, int y) => ((z * Indicators) + i) * Years + y;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Z={Zones} I={Indicators} Y={Years} year0={FirstYear} w=[{string.Join(",", Weights)}] rev=[{string.Join(",", Reverse)}] actual=[{string.Join(",", Actual)}] target=[{string.Join(",", Target)}]");
}

/// <summary>Generators for the bulk properties: Z ≤ 40, I ≤ 8, Y ≤ 6, with missing, zero and negative cells.</summary>
public static class BulkGen
{
    /// <summary>A cell value: often ordinary, sometimes missing (NaN), exactly zero, negative, or a tie-prone round number.</summary>
    public static Gen<double> Cell { get; } = Gen.Frequency(
        (12, Gen.Choose(1, 1_000_000).Select(n => n / 1000.0)),
        (2, Gen.Constant(double.NaN)),
        (1, Gen.Constant(0.0)),
        (1, Gen.Choose(-100_000, -1).Select(n => n / 1000.0)),
        (2, Gen.Elements(1.0, 2.0, 5.0, 10.0, 100.0)));

    /// <summary>
    /// A cell value at the edges of the scalar API's statuses as well: zero, negative, and extremes whose
    /// ratio or percent overflows (growth TooLarge, completion without a finite rate), or whose difference does.
    /// </summary>
    public static Gen<double> CornerCell { get; } = Gen.Frequency(
        (8, Gen.Choose(1, 1_000_000).Select(n => n / 1000.0)),
        (2, Gen.Constant(double.NaN)),
        (2, Gen.Constant(0.0)),
        (3, Gen.Choose(-100_000, -1).Select(n => n / 1000.0)),
        (2, Gen.Elements(1.0, 2.0, 5.0, 10.0, 100.0)),
        (2, Gen.Elements(1e-300, 5e-324, 1e300, 1e306, 1.7e306, 1e307, 1.7e308, -1e307, -1.7e308, -1e-300)));

    public static Gen<DatasetSpec> Dataset(int maxZones = 40, int maxIndicators = 8, int maxYears = 6) =>
        Dataset(Cell, maxZones, maxIndicators, maxYears);

    public static Gen<DatasetSpec> Dataset(Gen<double> cell, int maxZones = 40, int maxIndicators = 8, int maxYears = 6) =>
        from z in Gen.Choose(1, maxZones)
        from i in Gen.Choose(1, maxIndicators)
        from y in Gen.Choose(1, maxYears)
        from year0 in Gen.Choose(1990, 2030)
        from weights in Gen.ArrayOf(Gen.Choose(1, 400).Select(n => n / 4.0), i)
        from reverse in Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true))), i)
        from actual in Gen.ArrayOf(cell, z * i * y)
        from target in Gen.ArrayOf(cell, z * i * y)
        select new DatasetSpec(z, i, y, year0, weights, reverse, actual, target);

    public static Arbitrary<DatasetSpec> Arb(int maxZones = 40, int maxIndicators = 8, int maxYears = 6) =>
        Dataset(maxZones, maxIndicators, maxYears).ToArbitrary();

    /// <summary>Whether two arrays hold the same bits (NaN payloads included).</summary>
    public static bool SameBits(ReadOnlySpan<double> left, ReadOnlySpan<double> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }
        for (int k = 0; k < left.Length; k++)
        {
            if (BitConverter.DoubleToInt64Bits(left[k]) != BitConverter.DoubleToInt64Bits(right[k]))
            {
                return false;
            }
        }
        return true;
    }
}
