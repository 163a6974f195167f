namespace Indicators.Rules;

internal static partial class RuleBulkMachine
{
    /// <summary>in_year(x, Y): each zone's value in the year of index <paramref name="yearIndex"/>, in every year of the zone.</summary>
    private static void LoadYear(in RuleBulkChunk chunk, Span<double> dest, int column, int yearIndex, double factor)
    {
        var dataset = chunk.Dataset;
        ReadOnlySpan<double> actual = dataset.Actual;
        int years = chunk.Years;
        for (int z = 0; z < chunk.ZoneCount; z++)
        {
            var value = actual[((chunk.ZoneStart + z) * dataset.IndicatorCount + column) * years + yearIndex];
            dest.Slice(z * years, years).Fill(RuleBulkSemantics.Finite(value * factor));
        }
    }
}
