using FsCheck.Xunit;

namespace Indicators.Tests.Reports.Audit;

public class ReportAuditPropertyTests
{
    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 300)]
    public bool Issue12_Audit_NeverThrowsOnRandomDocumentsAndExplainsEveryCheck(RandomDocument random)
    {
        var audit = ReportAudit.Of(random.Document, random.Policy);
        foreach (var check in audit.Checks)
        {
            // A missing fact never enters a check; every check names its facts and explains itself in both languages.
            if (check.Facts.Count == 0 || check.Facts.Any(f => f.IsMissing) || check.Start > check.End
                || string.IsNullOrEmpty(check.Explain()) || string.IsNullOrEmpty(check.Explain(ExplanationLanguage.English))
                || check.Explain().Contains("NaN", StringComparison.Ordinal) || check.Explain().Contains("∞∞", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return random.Document.Facts.All(f => !string.IsNullOrEmpty(f.ToString()))
               && audit.Findings.All(f => f.Check.Verdict is ConsistencyVerdict.Borderline or ConsistencyVerdict.Inconsistent);
    }

    [Property(Arbitrary = [typeof(AuditArbitraries)])]
    public bool Issue12_Audit_FiguresStatedFromExactValuesAreNeverInconsistent(ExactDocument exact)
    {
        var audit = ReportAudit.Of(exact.Document);
        // Every kind of check the document allows is made (each is listed, whatever its verdict).
        ConsistencyCheckKind[] made =
        [
            ConsistencyCheckKind.Growth, ConsistencyCheckKind.Multiple, ConsistencyCheckKind.Completion, ConsistencyCheckKind.Share,
            ConsistencyCheckKind.PartOfWhole, ConsistencyCheckKind.Parts, ConsistencyCheckKind.PercentagePoints, ConsistencyCheckKind.RankChange,
            ConsistencyCheckKind.Stock, ConsistencyCheckKind.YearToDate,
        ];
        return !audit.HasInconsistency && made.All(kind => audit.Checks.Any(c => c.Check.Kind == kind && c.Check.Verdict != ConsistencyVerdict.Unverifiable));
    }

    [Property(Arbitrary = [typeof(AuditArbitraries)])]
    public bool Issue12_Audit_MovingTheCurrentLevelBeyondItsRoundingMakesTheGrowthInconsistent(ExactDocument exact)
    {
        var x = exact.Levels;
        var previous = AuditArbitraries.State(x.Previous, x.PreviousDecimals);
        var growth = AuditArbitraries.State((x.Current / x.Previous - 1) * 100, x.ResultDecimals);
        // Every current level the previous level and the growth allow is previous × (1 + growth): state one two units above.
        var allowed = StatedInterval.Multiply(previous.GuardedUnder(ConsistencyPolicy.Default), growth.GuardedUnder(ConsistencyPolicy.Default).Times(0.01).Plus(1));
        var unit = Math.Pow(10, -x.CurrentDecimals);
        var above = Indicators.Rounding.Round(Math.Ceiling((allowed.Upper + 1e-9 * Math.Max(x.Current, x.Previous)) / unit + 2) * unit, x.CurrentDecimals);
        var d = new AuditDocuments();
        var before = new ReportFact(d.Id(), d.At("上年"), d.End, "上年", "固定资产投资") { Period = ReportingPeriod.Year(2012), Value = previous, Unit = "亿元" };
        var moved = new ReportFact(d.Id(), d.At("本年"), d.End, "本年", "固定资产投资")
        {
            Period = ReportingPeriod.Year(2013), Value = StatedFigure.Rounded(above, x.CurrentDecimals), Unit = "亿元", Growth = growth,
        };
        var audit = ReportAudit.Of(d.Document(null, before, moved));
        var check = audit.Checks.Single(c => c.Check.Kind == ConsistencyCheckKind.Growth);
        return check.Check.Verdict == ConsistencyVerdict.Inconsistent && check.Facts.SequenceEqual([moved, before]) && audit.Findings.Contains(check);
    }

    [Property(Arbitrary = [typeof(AuditArbitraries)])]
    public bool Issue12_Audit_ReadingAPhrasedFactGivesBackTheSameFact(PhrasedFact phrased)
    {
        var expected = phrased.Fact;
        var sentence = expected.ToString();
        var document = ReportReader.Standard.Read(sentence, phrased.Year);
        var differences = document.Facts.Count != 1 ? ["a count of " + document.Facts.Count + " facts"] : Differences(expected, document.Facts[0]);
        return differences.Count == 0
            ? true
            : throw new Xunit.Sdk.XunitException("「" + sentence + "」 read back differently: " + string.Join("; ", differences));
    }

    /// <summary>The fields in which two facts differ, each with both values.</summary>
    private static List<string> Differences(ReportFact expected, ReportFact actual)
    {
        var differences = new List<string>();
        void Compare<T>(string field, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                differences.Add(field + ": " + (a?.ToString() ?? "null") + " ≠ " + (b?.ToString() ?? "null"));
            }
        }
        Compare("Indicator", expected.Indicator, actual.Indicator);
        Compare("Code", expected.Code, actual.Code);
        Compare("Kind", expected.Kind, actual.Kind);
        Compare("Modality", expected.Modality, actual.Modality);
        Compare("Period", expected.Period, actual.Period);
        Compare("Value", expected.Value, actual.Value);
        Compare("Unit", expected.Unit, actual.Unit);
        Compare("IsMissing", expected.IsMissing, actual.IsMissing);
        Compare("Growth", expected.Growth, actual.Growth);
        Compare("PercentagePoints", expected.PercentagePoints, actual.PercentagePoints);
        Compare("Share", expected.Share, actual.Share);
        Compare("ShareOf", expected.ShareOf, actual.ShareOf);
        Compare("Completion", expected.Completion, actual.Completion);
        Compare("Overfulfilment", expected.Overfulfilment, actual.Overfulfilment);
        Compare("Multiple", expected.Multiple, actual.Multiple);
        Compare("Rank", expected.Rank, actual.Rank);
        Compare("RankChange", expected.RankChange, actual.RankChange);
        Compare("AheadOfSchedule", expected.AheadOfSchedule, actual.AheadOfSchedule);
        Compare("Parent", expected.Parent is null, actual.Parent is null);
        return differences;
    }
}
