using System.Text;

namespace Indicators.Tests.Reports.Audit;

/// <summary>
/// Builds report documents by hand, as the reader would give them: each fact's text is appended to the source and its
/// span is where it landed, so that the findings' spans can be checked against the text.
/// </summary>
internal sealed class AuditDocuments
{
    private readonly StringBuilder source = new();
    private int count;

    internal static StatedFigure R(double value, int decimals, Qualifier qualifier = Qualifier.None) => StatedFigure.Rounded(value, decimals, qualifier);

    internal static StatedFigure N(double value) => StatedFigure.Exact(value);

    internal static string? CodeOf(string indicator) => ReportVocabulary.Standard.CodeOf(indicator);

    /// <summary>The next fact's id (f1, f2…).</summary>
    internal string Id() => "f" + ++count;

    /// <summary>Appends the fact's text (after a separator) and returns where it starts; <see cref="End"/> is then where it ends.</summary>
    internal int At(string text)
    {
        if (source.Length > 0)
        {
            source.Append('；');
        }
        var start = source.Length;
        source.Append(text);
        return start;
    }

    internal int End => source.Length;

    /// <summary>A finding to explain: 001_c81c4cc377fa0bf5.txt's 2012 plan, 63亿元 "同比增长5%" on 2011's 60.3亿元 (borderline).</summary>
    internal static AuditFinding SampleFinding()
    {
        var d = new AuditDocuments();
        var before = new ReportFact(d.Id(), d.At("完成固定资产投资60.3亿元"), d.End, "完成固定资产投资60.3亿元", "固定资产投资")
        {
            Period = ReportingPeriod.Year(2011), Value = R(60.3, 1), Unit = "亿元",
        };
        var plan = new ReportFact(d.Id(), d.At("完成全社会固定资产投资63亿元,同比增长5%"), d.End, "完成全社会固定资产投资63亿元,同比增长5%", "固定资产投资")
        {
            Kind = ReportFactKind.Target, Period = ReportingPeriod.Year(2012), Value = R(63, 0), Unit = "亿元", Growth = R(5, 0),
        };
        return ReportAudit.Of(d.Document(2012, before, plan)).Findings.Single();
    }

    internal ReportDocument Document(int? referenceYear, params ReportFact[] facts) => new(null, source.ToString(), referenceYear, [], facts);
}
