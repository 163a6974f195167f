using System.Globalization;
using System.Text.Json;
using Indicators.Tests.Rules;

namespace Indicators.Tests.Reports.Seeds;

/// <summary>
/// Keeps the hand annotations of data/reports/ honest (README.md beside this file): every fact is the slice of its
/// report it claims to be and its figures are written in it, and every finding's figures are in its span and its
/// arithmetic follows from them. These tests read the annotations and the reports from the source tree; they do not
/// call the reader or the audit, so the annotations stay an independent oracle for both.
/// </summary>
public class SeedAnnotationTests
{
    private static readonly string[] Kinds = ["actual", "estimate", "target", "ytd", "cumulative"];
    private static readonly string[] Modalities = ["确保", "力争", "冲刺"];
    private static readonly string[] Checks =
    [
        "growth", "share", "parts", "partOfWhole", "percentagePoints", "completion", "overfulfilment", "pacing",
        "averageGrowth", "twoYearAverage", "multiple", "rankChange", "yearToDate", "stock", "countBase", "plausibility",
    ];
    private static readonly string[] Verdicts = ["consistent", "borderline", "inconsistent", "unverifiable"];
    private static readonly string[] FactFields =
    [
        "id", "span", "text", "indicator", "code", "kind", "period", "value", "unit", "qualifier", "modality", "missing",
        "growthPercent", "growthQualifier", "ppChange", "sharePercent", "shareOf", "completionPercent",
        "overfulfilmentPercent", "rank", "rankOf", "rankChange", "parent",
    ];
    // The figures of a fact that are written as numbers in its text (signed ones as their magnitude: 下降3.7%).
    private static readonly string[] FigureFields =
        ["value", "growthPercent", "ppChange", "sharePercent", "completionPercent", "overfulfilmentPercent", "rank", "rankOf", "rankChange"];

    private static string SeedsDirectory => SeedReports.Annotations;

    /// <summary>The report an annotation file belongs to: 000.facts.json → data/reports/000_*.txt, read as UTF-8.</summary>
    private static string ReportOf(string annotationFile)
    {
        var number = Path.GetFileName(annotationFile)[..3];
        var report = SeedReports.Numbered(number);
        return File.ReadAllText(report, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
    }

    private static IEnumerable<(string File, string Report, JsonElement Item)> Items(string suffix)
    {
        foreach (var file in Directory.GetFiles(SeedsDirectory, "*." + suffix + ".json").Order(StringComparer.Ordinal))
        {
            var report = ReportOf(file);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var item in json.RootElement.EnumerateArray())
            {
                yield return (Path.GetFileName(file), report, item.Clone());
            }
        }
    }

    private static (int Start, int End) Span(JsonElement item)
    {
        var span = item.GetProperty("span");
        return (span[0].GetInt32(), span[1].GetInt32());
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? Number(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    [Fact]
    public void Issue12_Seeds_TwoReportsHaveFactsAndAllFiveHaveFindings()
    {
        var files = Directory.GetFiles(SeedsDirectory, "*.json").Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("000.facts.json", files);
        Assert.Contains("002.facts.json", files);
        foreach (var number in new[] { "000", "001", "002", "003", "004" })
        {
            Assert.Contains(number + ".findings.json", files);
        }
        Assert.True(Items("facts").Count() >= 50, "two reports annotated in full have more than 50 facts");
    }

    [Fact]
    public void Issue12_Seeds_EveryFactIsTheSliceOfItsReportItClaims()
    {
        var failures = new List<string>();
        foreach (var (file, report, fact) in Items("facts"))
        {
            var (start, end) = Span(fact);
            var text = String(fact, "text");
            if (start < 0 || end <= start || end > report.Length)
            {
                failures.Add($"{file} {String(fact, "id")}: span [{start}, {end}) outside the report ({report.Length})");
            }
            else if (report[start..end] != text)
            {
                failures.Add($"{file} {String(fact, "id")}: text \"{text}\" but the source has \"{report[start..end]}\"");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void Issue12_Seeds_EveryFigureOfAFactIsWrittenInItsText()
    {
        var failures = new List<string>();
        foreach (var (file, _, fact) in Items("facts"))
        {
            var text = String(fact, "text") ?? "";
            foreach (var field in FigureFields)
            {
                if (Number(fact, field) is { } figure && !AppearsIn(text, Math.Abs(figure)))
                {
                    failures.Add($"{file} {String(fact, "id")}: {field} {figure} is not written in \"{text}\"");
                }
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void Issue12_Seeds_AMissingFactHasNoNumberForItsBlank()
    {
        var failures = new List<string>();
        foreach (var (file, _, fact) in Items("facts"))
        {
            var text = String(fact, "text") ?? "";
            var id = String(fact, "id");
            var missing = fact.GetProperty("missing").GetBoolean();
            var hasFigure = FigureFields.Any(field => Number(fact, field) is not null);
            if (missing)
            {
                // The blank is the level (value null) or, where the level is written, the growth (增长% with no number).
                var blankIsGrowth = Number(fact, "value") is not null && Number(fact, "growthPercent") is null && HasBlank(text, "%");
                if (!(Number(fact, "value") is null || blankIsGrowth))
                {
                    failures.Add($"{file} {id}: missing, but its value is a number and its growth is not blank");
                }
                if (!HasBlank(text, "亿元") && !HasBlank(text, "万元") && !HasBlank(text, "%") && text.IndexOfAny(['x', 'X', '*', '_', 'ｘ', 'Ｘ']) < 0)
                {
                    failures.Add($"{file} {id}: missing, but \"{text}\" shows no blank");
                }
            }
            else if (!hasFigure)
            {
                failures.Add($"{file} {id}: neither missing nor with a figure");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void Issue12_Seeds_FactsUseTheSchemaTheirIdsAreUniqueAndTheirParentsExist()
    {
        var failures = new List<string>();
        foreach (var group in Items("facts").GroupBy(item => item.File))
        {
            var facts = group.Select(item => item.Item).ToList();
            var ids = facts.Select(fact => String(fact, "id")).ToList();
            failures.AddRange(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => $"{group.Key}: id {g.Key} repeated"));
            foreach (var fact in facts)
            {
                var id = String(fact, "id");
                failures.AddRange(FactFields.Where(field => !fact.TryGetProperty(field, out _)).Select(field => $"{group.Key} {id}: no field {field}"));
                failures.AddRange(fact.EnumerateObject().Select(p => p.Name).Where(name => !FactFields.Contains(name) && name != "note")
                    .Select(name => $"{group.Key} {id}: unknown field {name}"));
                if (!Kinds.Contains(String(fact, "kind")))
                {
                    failures.Add($"{group.Key} {id}: kind {String(fact, "kind")}");
                }
                if (String(fact, "modality") is { } modality && !Modalities.Contains(modality))
                {
                    failures.Add($"{group.Key} {id}: modality {modality}");
                }
                if (String(fact, "period") is { } period && !IsPeriod(period))
                {
                    failures.Add($"{group.Key} {id}: period {period} is neither YYYY nor YYYY-MM..YYYY-MM");
                }
                if (String(fact, "parent") is { } parent && (parent == id || !ids.Contains(parent)))
                {
                    failures.Add($"{group.Key} {id}: parent {parent} is not another fact of the file");
                }
                if (String(fact, "code") is { } code && !IndicatorCatalog.Standard.Contains(code))
                {
                    failures.Add($"{group.Key} {id}: code {code} is not in the standard catalogue");
                }
                if (String(fact, "shareOf") is not null && Number(fact, "sharePercent") is null)
                {
                    failures.Add($"{group.Key} {id}: shareOf without a share");
                }
            }
            // Facts do not overlap: each figure of the text belongs to one fact.
            var spans = facts.Select(Span).OrderBy(span => span.Start).ToList();
            failures.AddRange(spans.Zip(spans.Skip(1)).Where(pair => pair.Second.Start < pair.First.End)
                .Select(pair => $"{group.Key}: facts [{pair.First.Start}, {pair.First.End}) and [{pair.Second.Start}, {pair.Second.End}) overlap"));
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void Issue12_Seeds_EveryFindingNamesACheckAVerdictAndFiguresInsideItsSpan()
    {
        var failures = new List<string>();
        foreach (var (file, report, finding) in Items("findings"))
        {
            var (start, end) = Span(finding);
            var label = $"{file} {String(finding, "check")} [{start}, {end})";
            if (!Checks.Contains(String(finding, "check")) || !Verdicts.Contains(String(finding, "verdict")))
            {
                failures.Add($"{label}: check or verdict not in the allowed sets ({String(finding, "verdict")})");
            }
            if (String(finding, "note") is not { Length: > 0 })
            {
                failures.Add($"{label}: no note saying why");
            }
            if (start < 0 || end <= start || end > report.Length)
            {
                failures.Add($"{label}: span outside the report ({report.Length})");
                continue;
            }
            var slice = report[start..end];
            var figures = finding.GetProperty("figures").EnumerateArray().Select(f => f.GetString() ?? "").ToList();
            if (figures.Count == 0)
            {
                failures.Add($"{label}: no figures");
            }
            failures.AddRange(figures.Where(figure => !slice.Contains(figure, StringComparison.Ordinal))
                .Select(figure => $"{label}: figure \"{figure}\" is not inside the span"));
            if (figures.Count > 0 && !figures.Any(f => slice.StartsWith(f, StringComparison.Ordinal)))
            {
                failures.Add($"{label}: the span does not begin at a figure used");
            }
            if (figures.Count > 0 && !figures.Any(f => slice.EndsWith(f, StringComparison.Ordinal)))
            {
                failures.Add($"{label}: the span does not end at a figure used");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void Issue12_Seeds_TheFactsAFindingNamesExistInItsReportsFacts()
    {
        var ids = Items("facts").ToLookup(item => item.File[..3], item => String(item.Item, "id"));
        var failures = new List<string>();
        var named = 0;
        foreach (var (file, _, finding) in Items("findings"))
        {
            if (!finding.TryGetProperty("facts", out var facts))
            {
                continue;
            }
            foreach (var id in facts.EnumerateArray().Select(f => f.GetString()))
            {
                named++;
                if (!ids[file[..3]].Contains(id))
                {
                    failures.Add($"{file} {String(finding, "check")}: fact {id} is not in {file[..3]}.facts.json");
                }
            }
        }
        Assert.Empty(failures);
        Assert.True(named > 0, "the findings of the annotated reports name their facts");
    }

    [Fact]
    public void Issue12_Seeds_EveryComputedResultFollowsFromTheFindingsFigures()
    {
        var failures = new List<string>();
        var recomputed = 0;
        foreach (var (file, _, finding) in Items("findings"))
        {
            if (String(finding, "computed") is not { } computed)
            {
                continue;
            }
            var label = $"{file} {String(finding, "check")} {String(finding, "computed")}";
            var figures = finding.GetProperty("figures").EnumerateArray().Select(f => f.GetString() ?? "").ToList();
            if (Recompute(String(finding, "formula"), figures, Number(finding, "years")) is not { } result)
            {
                failures.Add($"{label}: no formula to recompute it with ({String(finding, "formula")})");
                continue;
            }
            var (stated, scale) = Figure(computed);
            recomputed++;
            if (Math.Abs(result / scale - stated) > 0.005 + 1e-9)
            {
                failures.Add($"{label}: the figures give {(result / scale).ToString("0.####", CultureInfo.InvariantCulture)}");
            }
        }
        Assert.Empty(failures);
        Assert.True(recomputed >= 5, "the findings show their arithmetic");
    }

    [Fact]
    public void Issue12_Seeds_TheRecomputationReadsFiguresAsWritten()
    {
        // 001_c81c4cc377fa0bf5.txt: 固定资产投资63亿元 on 60.3亿元 is 4.48%, not the stated 5%.
        Assert.Equal(4.4776, Recompute("growth", ["63亿元", "60.3亿元", "5%"], null)!.Value, 4);
        // 002_210ef8c315323606.txt: 3家 "同比增长300%" implies 0.75家 the year before.
        Assert.Equal(0.75, Recompute("base", ["3家", "300%"], null)!.Value, 6);
        // Units of different size are converted: 5000万元 of 0.5亿元 is 100%.
        Assert.Equal(100, Recompute("ratio", ["5000万元", "0.5亿元"], null)!.Value, 9);
        // 003_79fffe570bc6bca6.txt: 工业投资117.5亿元 (+94%) and 服务业投资74.7亿元 (+58.6%) imply 107.67亿元 the year before.
        Assert.Equal(78.514, Recompute("partsGrowth", ["192.2亿元", "72.9%", "117.5亿元", "94%", "74.7亿元", "58.6%"], null)!.Value, 3);
        Assert.Equal((1234.5, 1e4), Figure("近1,234.5万元"));
        Assert.Null(Recompute("nonsense", ["1", "2"], null));
        Assert.True(AppearsIn("增长35.5%", 35.5m));
        Assert.False(AppearsIn("增长35.5%", 5.5m));
        Assert.False(AppearsIn("增长35.5%", 35m));
        Assert.True(AppearsIn("三个群团组织", 3m));
    }

    /// <summary>The result a finding's formula gives from its figures (in the first figure's units times 亿/万 where
    /// written; rates in percent): growth = a / b − 1, ratio = a / b, sum = the figures after the first (the parts of
    /// the first), difference = a − b, base = a / (1 + b), whole = a / b (a count and its share), multiple = a / b as
    /// a plain number, averageGrowth = (b / a)^(1 / years) − 1, twoYearAverage = √((1 + a)(1 + b)) − 1, partsGrowth = the
    /// total's growth that its parts' levels and growths imply (figures: total, its growth, then each part and its growth).</summary>
    private static double? Recompute(string? formula, List<string> figures, decimal? years)
    {
        var values = figures.Select(f => Figure(f)).Select(f => f.Value * f.Scale).ToList();
        double At(int i) => i < values.Count ? values[i] : double.NaN;
        double? result = formula switch
        {
            "growth" => (At(0) / At(1) - 1) * 100,
            "ratio" => At(0) / At(1) * 100,
            "sum" => values.Skip(1).Sum(),
            "difference" => At(0) - At(1),
            "base" => At(0) / (1 + At(1) / 100),
            "whole" => At(0) / (At(1) / 100),
            "multiple" => At(0) / At(1),
            "averageGrowth" when years is { } n => (Math.Pow(At(1) / At(0), 1 / (double)n) - 1) * 100,
            "twoYearAverage" => (Math.Sqrt((1 + At(0) / 100) * (1 + At(1) / 100)) - 1) * 100,
            "partsGrowth" when values.Count % 2 == 0 && values.Count >= 4 => (At(0) / PreviousOfParts(values) - 1) * 100,
            _ => null,
        };
        return result is { } r && double.IsFinite(r) ? r : null;
    }

    // The previous total a breakdown's parts imply: Σ part / (1 + its growth), over the pairs after the total's own.
    private static double PreviousOfParts(List<double> values) =>
        Enumerable.Range(1, values.Count / 2 - 1).Sum(i => values[2 * i] / (1 + values[2 * i + 1] / 100));

    /// <summary>The first number of a figure as written, and the size of its unit: 亿 is 10⁸, 万 10⁴ (万元, 万平方米),
    /// anything else 1 (%, 家, 个).</summary>
    private static (double Value, double Scale) Figure(string written)
    {
        var start = written.IndexOfAny("0123456789".ToCharArray());
        Assert.True(start >= 0, $"no number in \"{written}\"");
        var end = start;
        while (end < written.Length && (char.IsAsciiDigit(written[end]) || written[end] is '.' or ','))
        {
            end++;
        }
        var value = double.Parse(written[start..end].Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var unit = written[end..].TrimStart('余', '多', ' ');
        var scale = unit.StartsWith('亿') ? 1e8 : unit.StartsWith('万') ? 1e4 : 1;
        return (value, scale);
    }

    /// <summary>Whether a number is written in a text as a whole number of its own (35.5 in 增长35.5%, not 5.5), in
    /// digits or, for a small whole number, in Chinese numerals (三个, 两家).</summary>
    private static bool AppearsIn(string text, decimal number)
    {
        var digits = number.ToString("0.##########", CultureInfo.InvariantCulture);
        for (var at = text.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = text.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            var after = at + digits.Length;
            var startsNumber = at == 0 || !(char.IsAsciiDigit(text[at - 1]) || text[at - 1] is '.' or ',');
            var endsNumber = after == text.Length
                || !(char.IsAsciiDigit(text[after]) || (text[after] is '.' or ',' && after + 1 < text.Length && char.IsAsciiDigit(text[after + 1])));
            if (startsNumber && endsNumber)
            {
                return true;
            }
        }
        return number == decimal.Truncate(number) && number is > 0 and < 100 && ChineseNumerals((int)number).Any(n => text.Contains(n, StringComparison.Ordinal));
    }

    private static IEnumerable<string> ChineseNumerals(int number)
    {
        const string digits = "零一二三四五六七八九";
        var (tens, units) = (number / 10, number % 10);
        var unitText = units == 0 ? "" : digits[units].ToString();
        yield return tens switch { 0 => unitText, 1 => "十" + unitText, _ => digits[tens] + "十" + unitText };
        if (number == 2)
        {
            yield return "两";
        }
    }

    /// <summary>Whether a unit stands in the text with no number before it (财政收入亿元, 增长%).</summary>
    private static bool HasBlank(string text, string unit)
    {
        for (var at = text.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = text.IndexOf(unit, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsAsciiDigit(text[at - 1]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPeriod(string period)
    {
        static bool IsYear(string s) => s.Length == 4 && s.All(char.IsAsciiDigit);
        static bool IsMonth(string s) => s.Length == 7 && IsYear(s[..4]) && s[4] == '-' && int.TryParse(s[5..], CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12;
        var parts = period.Split("..");
        return (parts.Length == 1 && IsYear(period)) || (parts.Length == 2 && IsMonth(parts[0]) && IsMonth(parts[1]));
    }
}
