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

    internal ReportDocument Document(int? referenceYear, params ReportFact[] facts) => new(null, source.ToString(), referenceYear, [], facts);
}
