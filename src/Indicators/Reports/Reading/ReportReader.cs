namespace Indicators.Reports;

/// <summary>
/// Reads report text into facts (报告读取): statements, and in each the indicators, their figures, kinds, periods and
/// what is said beside them, every fact with its span in the source. It reads simplified and traditional script, full-
/// and half-width forms, and spaces or line breaks inside numbers; a blank or a redaction is a missing fact, never a
/// number. See docs/reports.md, "Reading a report".
/// </summary>
public sealed class ReportReader
{
    /// <summary>A reader with <see cref="ReportVocabulary.Standard"/>.</summary>
    public static ReportReader Standard { get; } = new(ReportVocabulary.Standard);

    /// <summary>A reader that knows the names of <paramref name="vocabulary"/>.</summary>
    /// <param name="vocabulary">The indicator names and synonyms to match.</param>
    public ReportReader(ReportVocabulary vocabulary)
    {
        Vocabulary = Guard.Against.Null(vocabulary);
    }

    /// <summary>The indicator names the reader matches.</summary>
    public ReportVocabulary Vocabulary { get; }

    /// <summary>Reads a report. Never throws for the text's content: what it cannot read it leaves out.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="referenceYear">The year the report is about, when the caller knows it; otherwise read from the text (2013年度, the date line), or null.</param>
    /// <param name="name">The document's name, kept on the result.</param>
    /// <returns>The document with its statements and facts.</returns>
    public ReportDocument Read(string text, int? referenceYear = null, string? name = null)
    {
        Guard.Against.Null(text);
        return ReportParser.Parse(this, text, referenceYear, name);
    }
}
