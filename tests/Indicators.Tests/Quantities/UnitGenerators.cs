using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Quantities;

/// <summary>Generators of units and quantities shared by the quantity tests.</summary>
internal static class UnitGenerators
{
    internal static readonly Unit[] Simple = Units.AllSimple().ToArray();

    // Units that may stand on either side of "/": every simple unit but the ratio ones.
    internal static readonly Unit[] Parts = Simple.Where(u => u.Dimension.Kind != DimensionKind.Ratio).ToArray();

    internal static readonly Unit[][] ByDimension = Simple.Concat(new[] { Units.One })
        .GroupBy(u => u.Dimension)
        .Select(g => g.Distinct().ToArray())
        .ToArray();

    internal static Gen<Unit> Compound =>
        from numerator in Gen.Elements(Parts)
        from denominator in Gen.Elements(Parts)
        select numerator.Per(denominator);

    internal static Gen<Unit> AnyUnit => Gen.OneOf(Gen.Elements(Simple), Compound);

    // Values a report could hold: integers and decimals across many magnitudes, of either sign.
    internal static Gen<double> Value =>
        from mantissa in Gen.Choose(-1_000_000, 1_000_000)
        from exponent in Gen.Choose(-6, 6)
        select mantissa * Math.Pow(10, exponent);

    internal static Gen<Quantity> AnyQuantity =>
        from value in Value
        from unit in AnyUnit
        select Quantity.Of(value, unit);

    /// <summary>Several units of one dimension (simple, or compound built from two same-dimension groups).</summary>
    internal static Gen<Unit[]> SameDimension(int count) => Gen.OneOf(
        from g in Gen.Elements(ByDimension)
        from units in Gen.Elements(g).ArrayOf(count)
        select units,
        from top in Gen.Elements(ByDimension.Where(g => g[0].Dimension.Kind != DimensionKind.Ratio).ToArray())
        from bottom in Gen.Elements(ByDimension.Where(g => g[0].Dimension.Kind != DimensionKind.Ratio).ToArray())
        from numerators in Gen.Elements(top).ArrayOf(count)
        from denominators in Gen.Elements(bottom).ArrayOf(count)
        select numerators.Zip(denominators, (n, d) => n.Per(d)).ToArray());

    internal static bool Close(double expected, double actual, double relative) =>
        Math.Abs(expected - actual) <= relative * Math.Max(Math.Abs(expected), Math.Abs(actual)) || expected == actual;

    /// <summary>Whether <paramref name="s"/> parses to a value that re-parses from its text, or fails with a position in the input.</summary>
    internal static bool ParsesOrPointsIntoTheInput<T>(Func<string?, ValueParseResult<T>> parse, string? s)
    {
        var result = parse(s);
        return result.Success
            ? Equals(parse(result.Value!.ToString()).Value, result.Value)
            : result.Error!.Position >= 0 && result.Error.Position <= (s?.Length ?? 0);
    }
}
