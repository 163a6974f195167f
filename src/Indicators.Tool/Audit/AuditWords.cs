using System.Globalization;
using Indicators.Reports;
using NodaTime;

namespace Indicators.Tool.Audit;

/// <summary>
/// The words of the audit's output format (docs/cli.md, "JSON format"), shared by the JSON and the table so that both
/// say the same thing. Each switch names every member: a new member of a library enum fails the build of the tool's
/// tests (Issue12_Audit_every_enum_member_has_a_word), not the output with an empty string.
/// </summary>
internal static class AuditWords
{
    /// <summary>actual, estimate, target, ytd, cumulative.</summary>
    internal static string Kind(ReportFactKind kind) => kind switch
    {
        ReportFactKind.Actual => "actual",
        ReportFactKind.Estimate => "estimate",
        ReportFactKind.Target => "target",
        ReportFactKind.YearToDate => "ytd",
        ReportFactKind.Cumulative => "cumulative",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a fact kind the tool does not know"),
    };

    /// <summary>The camelCase name of the check (growth, partOfWhole, yearToDate…).</summary>
    internal static string Check(ConsistencyCheckKind kind) => kind switch
    {
        ConsistencyCheckKind.Growth => "growth",
        ConsistencyCheckKind.Share => "share",
        ConsistencyCheckKind.Parts => "parts",
        ConsistencyCheckKind.PartOfWhole => "partOfWhole",
        ConsistencyCheckKind.PercentagePoints => "percentagePoints",
        ConsistencyCheckKind.Completion => "completion",
        ConsistencyCheckKind.Overfulfilment => "overfulfilment",
        ConsistencyCheckKind.Pacing => "pacing",
        ConsistencyCheckKind.AverageGrowth => "averageGrowth",
        ConsistencyCheckKind.TwoYearAverage => "twoYearAverage",
        ConsistencyCheckKind.Multiple => "multiple",
        ConsistencyCheckKind.RankChange => "rankChange",
        ConsistencyCheckKind.YearToDate => "yearToDate",
        ConsistencyCheckKind.Stock => "stock",
        ConsistencyCheckKind.CountBase => "countBase",
        ConsistencyCheckKind.Plausibility => "plausibility",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a check the tool does not know"),
    };

    /// <summary>consistent, borderline, inconsistent, unverifiable.</summary>
    internal static string Verdict(ConsistencyVerdict verdict) => verdict switch
    {
        ConsistencyVerdict.Consistent => "consistent",
        ConsistencyVerdict.Borderline => "borderline",
        ConsistencyVerdict.Inconsistent => "inconsistent",
        ConsistencyVerdict.Unverifiable => "unverifiable",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "a verdict the tool does not know"),
    };

    /// <summary>
    /// The Chinese word of a qualifier, or null for none. One word per <see cref="Qualifier"/> member: the library keeps
    /// 约 and 左右 as one meaning (About, written 左右 here), 多 and 余 as one (Over, 余), 以上 with 不少于 and 不低于
    /// (AtLeast, 以上), 超 with 超过 (MoreThan, 超过), 不到 with 不满 and 不足 (LessThan, 不到).
    /// </summary>
    internal static string? Qualifier(Indicators.Qualifier qualifier) => qualifier switch
    {
        Indicators.Qualifier.None => null,
        Indicators.Qualifier.AtLeast => "以上",
        Indicators.Qualifier.AtMost => "以下",
        Indicators.Qualifier.Within => "以内",
        Indicators.Qualifier.About => "左右",
        Indicators.Qualifier.Breakthrough => "突破",
        Indicators.Qualifier.Nearly => "近",
        Indicators.Qualifier.Over => "余",
        Indicators.Qualifier.MoreThan => "超过",
        Indicators.Qualifier.LessThan => "不到",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "a qualifier the tool does not know"),
    };

    /// <summary>确保, 力争, 冲刺, or null.</summary>
    internal static string? Modality(TargetModality modality) => modality switch
    {
        TargetModality.None => null,
        TargetModality.Ensure => "确保",
        TargetModality.Strive => "力争",
        TargetModality.Sprint => "冲刺",
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, "a modality the tool does not know"),
    };

    /// <summary>
    /// "2013" for a whole calendar year, otherwise the months of its first and last day, "2013-01..2013-09" (a quarter,
    /// a half, 1-N月, a five-year plan "2021-01..2025-12"); null when the text does not say.
    /// </summary>
    internal static string? Period(ReportingPeriod? period)
    {
        if (period is not { } p)
        {
            return null;
        }
        LocalDate start = p.Start, end = p.End;
        if (start.Year == end.Year && start is { Month: 1, Day: 1 } && end is { Month: 12, Day: 31 })
        {
            return start.Year.ToString("D4", CultureInfo.InvariantCulture);
        }
        return string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}-{start.Month:D2}..{end.Year:D4}-{end.Month:D2}");
    }

    /// <summary>A stated number as written, with the decimals it was stated with: 63.0 stays "63.0".</summary>
    internal static string Number(StatedFigure figure) =>
        figure.Decimals is { } decimals
            ? figure.Value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : figure.Value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A stated figure with its qualifier where a report puts it: 近10, 170余, 8以上.</summary>
    internal static string Written(StatedFigure figure)
    {
        var number = Number(figure);
        var word = Qualifier(figure.Qualifier);
        return figure.Qualifier switch
        {
            Indicators.Qualifier.None => number,
            Indicators.Qualifier.Breakthrough or Indicators.Qualifier.Nearly or Indicators.Qualifier.MoreThan or Indicators.Qualifier.LessThan => word + number,
            _ => number + word,
        };
    }
}
