using System.Globalization;
using System.Text.Json;
using Indicators.Tests.Rules;
using Xunit.Abstractions;

namespace Indicators.Tests.Reports.Reading;

/// <summary>
/// The reader against the hand annotations of data/reports/000 and 002 (tests/Indicators.Tests/Reports/Seeds/, written
/// from the text, not from the reader). An annotated fact is matched by the read fact whose span overlaps it most; it
/// matches exactly when code, kind, value, unit, qualifier, missing, growth, share, completion, overfulfilment and period
/// all agree. The floors are the counts measured when this test was written: a change that reads fewer facts right
/// fails it; raise them as the reader improves.
/// </summary>
public class ReportReaderSeedTests(ITestOutputHelper output)
{
    private static readonly (string Word, Qualifier Qualifier)[] Qualifiers =
    [
        ("多", Qualifier.Over), ("余", Qualifier.Over), ("近", Qualifier.Nearly), ("接近", Qualifier.Nearly), ("约", Qualifier.About),
        ("左右", Qualifier.About), ("以上", Qualifier.AtLeast), ("不少于", Qualifier.AtLeast), ("不低于", Qualifier.AtLeast),
        ("超", Qualifier.MoreThan), ("超过", Qualifier.MoreThan), ("突破", Qualifier.Breakthrough), ("不到", Qualifier.LessThan),
        ("不足", Qualifier.LessThan), ("以下", Qualifier.AtMost), ("以内", Qualifier.Within),
    ];

    [Theory]
    [InlineData("000", 50, 44)]
    [InlineData("002", 40, 39)]
    public void Issue12_ReportReader_MatchesTheHandAnnotatedFactsOfTheSeeds(string seed, int annotated, int floor)
    {
        var report = SeedReports.Numbered(seed);
        var document = ReportReader.Standard.Read(File.ReadAllText(report));
        using var json = JsonDocument.Parse(SeedReports.Annotation(seed + ".facts.json"));
        var facts = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(annotated, facts.Count);
        var exact = 0;
        foreach (var expected in facts)
        {
            var span = expected.GetProperty("span");
            var (start, end) = (span[0].GetInt32(), span[1].GetInt32());
            var read = document.Facts.Where(f => Math.Min(f.End, end) > Math.Max(f.Start, start))
                .OrderByDescending(f => Math.Min(f.End, end) - Math.Max(f.Start, start)).FirstOrDefault();
            var differences = read is null ? ["not read"] : Differences(expected, read).ToList();
            if (differences.Count == 0)
            {
                exact++;
            }
            else
            {
                output.WriteLine($"{seed} {expected.GetProperty("id").GetString()} «{expected.GetProperty("text").GetString()}»: {string.Join("; ", differences)}"
                                 + (read is null ? "" : $" (read «{read.Text}» as {read.Indicator})"));
            }
        }
        output.WriteLine($"{seed}: {exact} of {facts.Count} annotated facts read exactly; {document.Facts.Count} facts read.");
        Assert.True(exact >= floor, $"{exact} of {facts.Count} facts of {seed} read exactly; the floor is {floor}.");
    }

    private static IEnumerable<string> Differences(JsonElement expected, ReportFact read)
    {
        if (Text(expected, "code") != read.Code)
        {
            yield return $"code {Text(expected, "code") ?? "null"} ≠ {read.Code ?? "null"}";
        }
        var kind = read.Kind switch
        {
            ReportFactKind.Estimate => "estimate",
            ReportFactKind.Target => "target",
            ReportFactKind.YearToDate => "ytd",
            ReportFactKind.Cumulative => "cumulative",
            _ => "actual",
        };
        if (Text(expected, "kind") != kind)
        {
            yield return $"kind {Text(expected, "kind")} ≠ {kind}";
        }
        foreach (var (field, figure) in new[]
                 {
                     ("value", read.Value), ("growthPercent", read.Growth), ("sharePercent", read.Share),
                     ("completionPercent", read.Completion), ("overfulfilmentPercent", read.Overfulfilment),
                 })
        {
            var want = Number(expected, field);
            if (!Same(want, figure?.Value))
            {
                yield return $"{field} {Show(want)} ≠ {Show(figure?.Value)}";
            }
        }
        var unit = read.Value is null && !expected.TryGetProperty("unit", out _) ? null : read.Unit;
        if (Text(expected, "unit") != unit && !(Text(expected, "unit") is null && read.Value is null))
        {
            yield return $"unit {Text(expected, "unit") ?? "null"} ≠ {unit ?? "null"}";
        }
        var qualifier = Text(expected, "qualifier") is { } word ? Qualifiers.First(q => q.Word == word).Qualifier : Qualifier.None;
        if (qualifier != (read.Value?.Qualifier ?? Qualifier.None))
        {
            yield return $"qualifier {qualifier} ≠ {read.Value?.Qualifier ?? Qualifier.None}";
        }
        if (expected.GetProperty("missing").GetBoolean() != read.IsMissing)
        {
            yield return $"missing {expected.GetProperty("missing").GetBoolean()} ≠ {read.IsMissing}";
        }
        var period = read.Period is { Kind: ReportingPeriodKind.Year } year ? year.CalendarYear.ToString(CultureInfo.InvariantCulture) : read.Period?.ToString();
        if (Text(expected, "period") != period)
        {
            yield return $"period {Text(expected, "period") ?? "null"} ≠ {period ?? "null"}";
        }
    }

    private static string? Text(JsonElement item, string field) =>
        item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement item, string field) =>
        item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static bool Same(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) < 1e-9;

    private static string Show(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";
}
