using System.Text.Json;
using Indicators.Tests.Rules;
using Xunit.Abstractions;

namespace Indicators.Tests.Reports.Audit;

/// <summary>
/// The audit of each bundled report, read by the reader, against the findings annotated by hand from the text
/// (tests/Indicators.Tests/Reports/Seeds/NNN.findings.json, written without running the library). An annotated finding
/// is reproduced when the audit makes a check of the same kind with the same verdict whose span covers at least half of
/// the annotated one. The floors (reproduced) and ceilings (borderline or inconsistent checks that no annotation names)
/// are the counts measured when this test was written, 2026-12-04: a change that reproduces fewer or raises more false
/// alarms fails it; move them as the reader improves. Known misses: 003's growth of a total against its
/// parts' growths is not a check the library has.
/// </summary>
public class ReportAuditSeedTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("000", 10, 4, 0)]
    [InlineData("001", 15, 11, 5)]
    [InlineData("002", 1, 1, 0)]
    [InlineData("003", 9, 4, 0)]
    [InlineData("004", 2, 1, 0)]
    public void Issue12_Audit_ReproducesTheHandAnnotatedFindingsOfEachSeed(string seed, int annotated, int floor, int ceiling)
    {
        var (audit, findings) = Audit(seed);
        Assert.Equal(annotated, findings.Count);
        var reproduced = 0;
        foreach (var finding in findings)
        {
            var (check, verdict, start, end) = finding;
            if (audit.Checks.Any(c => Name(c.Check.Kind) == check && Name(c.Check.Verdict) == verdict && 2 * Overlap(c, start, end) >= end - start))
            {
                reproduced++;
            }
            else
            {
                output.WriteLine($"{seed}: not reproduced: {check} {verdict} [{start}, {end})");
            }
        }
        var unannotated = audit.Findings
            .Where(c => !findings.Any(f => f.Check == Name(c.Check.Kind) && f.Verdict == Name(c.Check.Verdict) && Overlap(c, f.Start, f.End) > 0))
            .ToList();
        foreach (var alarm in unannotated)
        {
            output.WriteLine($"{seed}: not annotated: {alarm.Check.Kind} {alarm.Check.Verdict} «{audit.Document.Source[alarm.Start..alarm.End]}»");
        }
        output.WriteLine($"{seed}: {reproduced} of {findings.Count} annotated findings reproduced; {unannotated.Count} flags not annotated.");
        Assert.True(reproduced >= floor, $"{reproduced} of {findings.Count} findings of {seed} reproduced; the floor is {floor}.");
        Assert.True(unannotated.Count <= ceiling, $"{unannotated.Count} borderline or inconsistent checks of {seed} are not annotated; the ceiling is {ceiling}.");
    }

    [Fact]
    public void Issue12_Audit_FindsTheSeedsKnownTrapsThatReadingAllows()
    {
        // data/reports/002, "申报3家，…，同比增长300%": 3家 after 300% growth implies a base of 0.75家.
        var (audit002, _) = Audit("002");
        var countBase = Assert.Single(audit002.Findings);
        Assert.Equal((ConsistencyCheckKind.CountBase, ConsistencyVerdict.Inconsistent), (countBase.Check.Kind, countBase.Check.Verdict));
        Assert.Contains("3家", audit002.Document.Source[countBase.Start..countBase.End]);
        Assert.Contains("300%", audit002.Document.Source[countBase.Start..countBase.End]);
        // data/reports/001, the 2012 plan's "完成全社会固定资产投资63亿元，同比增长5%" on 2011's "固定资产投资60.3亿元": 4.48%
        // as stated, (3.56%, 5.39%) from the figures' intervals, so 5% [4.5%, 5.5%) fits only thanks to rounding.
        var (audit001, _) = Audit("001");
        Assert.Contains(audit001.Findings, c => c.Check.Kind == ConsistencyCheckKind.Growth && c.Check.Verdict == ConsistencyVerdict.Borderline
            && c.Facts.Any(f => f.Text.Contains("63亿元", StringComparison.Ordinal) && f.Period == ReportingPeriod.Year(2012) && f.Kind == ReportFactKind.Target)
            && c.Facts.Any(f => f.Text.Contains("60.3亿元", StringComparison.Ordinal) && f.Period == ReportingPeriod.Year(2011)));
        // data/reports/001, "营业收入突破19亿元" inside "服务业总收入490亿元": 突破 has no upper bound, so the part is within
        // its whole only for some of the values it stands for — borderline by the documented policy.
        Assert.Contains(audit001.Findings, c => c.Check.Kind == ConsistencyCheckKind.PartOfWhole && c.Check.Verdict == ConsistencyVerdict.Borderline
            && audit001.Document.Source[c.Start..c.End].Contains("突破19亿元", StringComparison.Ordinal)
            && audit001.Document.Source[c.Start..c.End].Contains("490亿元", StringComparison.Ordinal));
    }

    private static (ReportAudit Audit, List<(string Check, string Verdict, int Start, int End)> Findings) Audit(string seed)
    {
        var report = SeedReports.Numbered(seed);
        var audit = ReportAudit.Of(ReportReader.Standard.Read(File.ReadAllText(report)));
        using var json = JsonDocument.Parse(SeedReports.Annotation(seed + ".findings.json"));
        var root = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement : json.RootElement.GetProperty("findings");
        var findings = root.EnumerateArray()
            .Select(f => (f.GetProperty("check").GetString()!, f.GetProperty("verdict").GetString()!, f.GetProperty("span")[0].GetInt32(), f.GetProperty("span")[1].GetInt32()))
            .ToList();
        return (audit, findings);
    }

    private static int Overlap(AuditFinding check, int start, int end) => Math.Min(check.End, end) - Math.Max(check.Start, start);

    private static string Name<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
