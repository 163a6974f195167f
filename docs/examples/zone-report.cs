#:project ../../src/Indicators/Indicators.csproj
#:property PublishAot=false

// A small report on three development zones, from figures their own reports published
// (data/zones-sample.csv, sources in data/SOURCES.md). Run from the repository root:
//
//     dotnet run docs/examples/zone-report.cs [path/to/data.csv]
//
// It reads every field with the library's parsers (units, quantities, periods, percentages),
// keeps missing figures missing, derives what the reports imply (last year's level, the annual
// target, the whole a share belongs to), checks the figures against each other, and phrases
// the results the way Chinese reports do.

using Indicators;

var path = args.Length > 0 ? args[0] : FindSampleData();
var options = PhrasingOptions.Default with { Decimals = 1 };

// The standard catalogue, extended by explicit registration with what these reports use
// and the catalogue lacks.
var catalog = IndicatorCatalog.Standard.With(
    IndicatorDefinition.Create("DomesticCapitalIntroduced", "实际引进内资", "Domestic capital actually introduced",
        Units.HundredMillionYuan, IndicatorNature.Flow, Polarity.Positive, PriceBasis.Current));

var rows = new List<Row>();
var problems = new List<string>();
var lineNumber = 0;
foreach (var line in File.ReadLines(path))
{
    lineNumber++;
    if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("zone,", StringComparison.Ordinal))
    {
        continue;
    }
    // One bad row is reported with its line number; the rows before and after it still count.
    var row = Row.Read(line, catalog);
    if (row.Error is { } error)
    {
        problems.Add($"line {lineNumber}: {error}");
        continue;
    }
    rows.Add(row);
}

foreach (var zone in rows.GroupBy(r => (r.Observation.Zone, r.Observation.Period)))
{
    var period = zone.Key.Period;
    Console.WriteLine($"== {zone.Key.Zone.Code} · {period.ToChineseString()} ({period})");
    foreach (var row in zone)
    {
        Console.WriteLine("   " + Describe(row, period, options));
    }
    foreach (var check in CheckParts(zone.ToList()))
    {
        Console.WriteLine("   " + check);
    }
    Console.WriteLine();
}

foreach (var problem in problems)
{
    Console.WriteLine("skipped " + problem);
}

return problems.Count == 0 ? 0 : 1;

static string Describe(Row row, ReportingPeriod period, PhrasingOptions options)
{
    var o = row.Observation;
    var name = o.Indicator.ChineseName;
    var kind = o.Kind == ObservationKind.Estimate ? "预计" : "";
    if (!o.HasValue)
    {
        // The report gives a growth rate but no level: the level stays missing.
        var text = $"{name}: {kind}(报告未给出数值)";
        if (row.Growth is { } g && row.Gap is { } gap)
        {
            var target = Percentage.FromPercent(g.Percent - gap.Points);
            text += $" 增长{g.ToString("0.0#", null)}，" + ChinesePhrasing.Phrase(Completion.OfGrowthTarget(g, target), options, "增长目标");
        }
        return text;
    }

    // Levels are shown in the catalogue's unit; a USD figure converts within its currency only.
    var value = o.Value.ConvertTo(o.Indicator.Unit);
    var parts = new List<string> { $"{name}: {kind}{o.Value}" + (value.Unit == o.Value.Unit ? "" : $" (= {value.ToString("0.##", null)})") };

    if (row.Growth is { } growth)
    {
        // Last year's level is implied by the stated rate; growth recomputed from it must phrase back the same.
        var previous = Implied.PreviousFromGrowth(o.Value.Value, growth);
        if (previous.TryGetValue(out var before))
        {
            var recomputed = Growth.YearOnYear(o.Value.Value, before);
            parts.Add($"{ChinesePhrasing.Phrase(recomputed, options)} (上年同期约{before:0.##}{o.Value.Unit})");
        }
    }

    if (row.Completion is { } completion)
    {
        // 完成年度任务x%: the annual target it implies, and pacing against the elapsed share of the year.
        var annual = ReportingPeriod.Year(period.CalendarYear);
        var elapsed = annual.ElapsedShare(period.End, ElapsedMeasure.Months);
        var target = Implied.TargetFromCompletion(o.Value.Value, completion);
        var pace = completion - elapsed;
        var paceText = pace >= PercentagePoints.Zero
            ? $"快于序时进度{pace.Points:0.##}个百分点"
            : $"慢于序时进度{-pace.Points:0.##}个百分点";
        parts.Add($"完成年度目标的{completion.ToString("0.##", null)} (年度目标约{target.Value:0.#}{o.Value.Unit}; 时间进度{elapsed.ToString("0", null)}，{paceText})");
    }

    if (row.Gap is { } points && row.Growth is { } actual)
    {
        var target = Percentage.FromPercent(actual.Percent - points.Points);
        parts.Add(ChinesePhrasing.Phrase(Completion.OfGrowthTarget(actual, target), options, $"增长目标{target.ToString("0.#", null)}"));
    }

    if (row.Share is { } share && row.ShareOf is { } whole)
    {
        var implied = Implied.WholeFromShare(o.Value.Value, share);
        parts.Add($"占{whole.ChineseName}{share} (→ {whole.ChineseName}约{implied.Value:0.#}{o.Value.Unit})");
    }
    return string.Join("；", parts);
}

// A part can be no larger than its whole (工业投资 ≤ 固定资产投资): checked wherever both are reported.
static IEnumerable<string> CheckParts(List<Row> rows)
{
    var byCode = rows.Where(r => r.Observation.HasValue).ToDictionary(r => r.Observation.Indicator.Code);
    foreach (var row in byCode.Values)
    {
        if (row.Observation.Indicator.ParentCode is { } parentCode && byCode.TryGetValue(parentCode, out var parent))
        {
            var part = row.Observation.Value;
            var whole = parent.Observation.Value.ConvertTo(part.Unit);
            var share = Share.Of(part.Value, whole.Value);
            var verdict = part <= whole ? "✓" : "✗ 部分大于整体";
            yield return $"{verdict} {row.Observation.Indicator.ChineseName} {part} 占 {parent.Observation.Indicator.ChineseName} {whole} 的 {share.Share?.ToString("0.0", null)}";
        }
    }
}

static string FindSampleData()
{
    const string Relative = "docs/examples/data/zones-sample.csv";
    // Run from the repository root, from docs/examples, or anywhere with the script's own folder known.
    foreach (var root in new[] { ".", "../..", (AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".") + "/../.." })
    {
        var candidate = Path.Combine(root, Relative);
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }
    throw new FileNotFoundException($"Cannot find {Relative}; pass the CSV's path as the first argument.");
}

/// <summary>One CSV row: an observation and the rates the report stated with it.</summary>
sealed record Row(Observation Observation, Percentage? Growth, Percentage? Completion, PercentagePoints? Gap, Percentage? Share, IndicatorDefinition? ShareOf, string? Error)
{
    private static readonly Row Failed = new(null!, null, null, null, null, null, null);

    public static Row Read(string line, IndicatorCatalog catalog)
    {
        var f = line.Split(',');
        if (f.Length != 11)
        {
            return Failed with { Error = $"expected 11 fields, found {f.Length}" };
        }
        if (!catalog.TryGetByName(f[2], out var indicator))
        {
            return Failed with { Error = $"unknown indicator \"{f[2]}\"" };
        }
        var period = ReportingPeriod.Parse(f[1]);
        if (!period.Success)
        {
            return Failed with { Error = period.Error.Message };
        }
        var kind = f[3] == "预计" ? ObservationKind.Estimate : ObservationKind.Actual;
        var zone = ZoneId.Of(f[0]);
        Observation observation;
        if (f[4].Length == 0)
        {
            observation = Observation.Missing(zone, indicator, period.Value, kind, f[10]);
        }
        else
        {
            var value = Quantity.Parse(f[4]);
            if (!value.Success)
            {
                return Failed with { Error = value.Error.Message };
            }
            observation = Observation.Of(zone, indicator, period.Value, value.Value, kind, Qualifier.None, f[10]);
        }
        IndicatorDefinition? shareOf = null;
        if (f[9].Length > 0 && !catalog.TryGetByName(f[9], out shareOf))
        {
            return Failed with { Error = $"unknown indicator \"{f[9]}\"" };
        }
        // Rates are optional; a malformed one is an error of this row, with the parser's reason.
        var growth = Optional(f[5], Percentage.Parse);
        var completion = Optional(f[6], Percentage.Parse);
        var gap = Optional(f[7], PercentagePoints.Parse);
        var share = Optional(f[8], Percentage.Parse);
        var error = new[] { growth.Error, completion.Error, gap.Error, share.Error }.FirstOrDefault(e => e is not null);
        return error is not null
            ? Failed with { Error = error.Message }
            : new Row(observation, growth.Value, completion.Value, gap.Value, share.Value, shareOf, null);
    }

    private static (T? Value, ParseError? Error) Optional<T>(string text, Func<string, ValueParseResult<T>> parse) where T : struct
    {
        if (text.Length == 0)
        {
            return (null, null);
        }
        var result = parse(text);
        return result.Success ? (result.Value, null) : (null, result.Error);
    }
}
