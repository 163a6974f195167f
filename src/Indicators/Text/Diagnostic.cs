using System.Globalization;

namespace Indicators;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input cannot be used as it is (错误): a rule does not compile, a scheme is invalid, a row or a file is refused.</summary>
    Error = 0,

    /// <summary>The input works, but probably not as meant (警告).</summary>
    Warning = 1,

    /// <summary>
    /// The input works as written; this says how something was understood (提示), e.g. a name that reached a catalogue
    /// indicator by an alias (<c>RL2020</c>). It never stops anything.
    /// </summary>
    Information = 2,
}

/// <summary>
/// A problem found in authored content (诊断): rule text or a rule model, an assessment scheme, a CSV file, a
/// <c>zbulk-v1</c> file or a list of observations. A stable code, a message in English and in Chinese, the source's
/// name and, where the content has a place, the line, the column and an excerpt with a caret under the place.
/// </summary>
/// <remarks>
/// <para>Codes (docs/diagnostics.md lists them all): <c>RL1xxx</c>–<c>RL5xxx</c> the rule language (text, names and
/// types, scheme structure, limits, evaluation), <c>SB1xxx</c> assessment-scheme building, <c>BK1xxx</c>–<c>BK3xxx</c>
/// bulk data (CSV text and fields, cells of a dataset from CSV or observations), <c>ZB1xxx</c> <c>zbulk-v1</c> files.</para>
/// <para>A diagnostic in text has a one-based <see cref="Line"/> and <see cref="Column"/>; one in a binary file
/// (<c>zbulk-v1</c>) has line 0 and its byte offset in <see cref="Position"/>; one about a model or an item without
/// text has neither. A single value (<c>Quantity.Parse</c>…) still fails with a <see cref="ParseError"/>; a loader
/// that meets one inside a field keeps its position (<see cref="Column"/> is the column of the character at fault).</para>
/// </remarks>
public sealed class Diagnostic
{
    private const int ExcerptContext = 80;

    /// <summary>The name <see cref="ToString()"/> gives a text that has no source name.</summary>
    public const string TextSourceName = "<text>";

    /// <summary>The most characters of authored text (a name, a string, a unit, a number) a message quotes.</summary>
    internal const int WindowLength = TextExcerpt.MaxLength;

    /// <summary>Authored text as a message quotes it: whole when short, else its first <see cref="WindowLength"/>
    /// characters and "…" — a window, like <see cref="Excerpt"/>, so a huge input never makes a huge message.</summary>
    /// <param name="text">The authored text, or null.</param>
    /// <returns>The window.</returns>
    internal static string Window(string? text) => Window(text, WindowLength);

    /// <summary>The most characters of a quoted sentence (a reason from <c>Target.Parse</c>, <c>Unit.Parse</c>, a scheme
    /// builder's problem or a scoring method's exception), which may itself quote authored text.</summary>
    internal const int SentenceLength = 300;

    /// <summary>Authored text or a sentence quoting it, whole when at most <paramref name="maxLength"/> characters, else cut there with "…".</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="maxLength">The most characters kept.</param>
    /// <returns>The window.</returns>
    internal static string Window(string? text, int maxLength) => TextExcerpt.Prefix(text, maxLength);

    /// <summary>A list of authored names as a message quotes it: at most 10, each a window, then "…" and the count.</summary>
    /// <param name="names">The names.</param>
    /// <param name="separator">The separator, e.g. " → ".</param>
    /// <returns>The list.</returns>
    internal static string WindowList(IReadOnlyList<string> names, string separator)
    {
        const int shown = 10;
        var list = string.Join(separator, names.Take(shown).Select(n => Window(n)));
        return names.Count <= shown ? list : list + separator + "… (" + names.Count.ToString(CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>Creates a diagnostic, placed in a text when one is given.</summary>
    /// <param name="code">The stable code, e.g. <c>RL2001</c>.</param>
    /// <param name="severity">Error, warning or information.</param>
    /// <param name="message">The message in English.</param>
    /// <param name="chineseMessage">The message in Chinese.</param>
    /// <param name="source">The whole source text, or <see langword="null"/> for content without text.</param>
    /// <param name="position">The zero-based position in <paramref name="source"/>, or -1.</param>
    /// <param name="length">The length of the text concerned (at least 1 for the caret), or 0.</param>
    /// <param name="sourceName">The file or source name, or <see langword="null"/>.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, string chineseMessage,
        string? source = null, int position = -1, int length = 0, string? sourceName = null)
        : this(code, severity, message, chineseMessage, sourceName)
    {
        if (source is not null && position >= 0)
        {
            Place(source, position, length, firstLine: 1);
        }
        else
        {
            Position = -1;
        }
    }

    private Diagnostic(string code, DiagnosticSeverity severity, string message, string chineseMessage, string? sourceName)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(message);
        Guard.Against.Null(chineseMessage);
        Code = code;
        Severity = severity;
        Message = message;
        ChineseMessage = chineseMessage;
        SourceName = sourceName;
    }

    /// <summary>An error in a fragment of a larger text (a CSV record) whose first line is line <paramref name="firstLine"/>
    /// of the file: line, column and excerpt are those of the file; <see cref="Position"/> is in the fragment.</summary>
    internal static Diagnostic InFragment(string code, string message, string chineseMessage, string? sourceName,
        string fragment, int firstLine, int position, int length, string? field)
    {
        var diagnostic = new Diagnostic(code, DiagnosticSeverity.Error, message, chineseMessage, sourceName) { Field = field };
        diagnostic.Place(fragment, position, length, firstLine);
        return diagnostic;
    }

    /// <summary>An error at a byte of a binary file: no line or column, <see cref="Position"/> the byte offset.</summary>
    internal static Diagnostic AtByte(string code, string message, string chineseMessage, string? sourceName, long offset, string field) =>
        new(code, DiagnosticSeverity.Error, message, chineseMessage, sourceName) { Position = Math.Max(0, offset), Field = field };

    /// <summary>An error about content without text (an observation, a scheme's item), named by <paramref name="sourceName"/> if anything.</summary>
    internal static Diagnostic Unplaced(string code, string message, string chineseMessage, string? sourceName = null) =>
        new(code, DiagnosticSeverity.Error, message, chineseMessage, sourceName) { Position = -1 };

    /// <summary>A diagnostic at a line and column of content the library did not read itself (a data cell a loader placed):
    /// no excerpt; without a line, a diagnostic named by <paramref name="sourceName"/> alone.</summary>
    internal static Diagnostic AtLine(string code, DiagnosticSeverity severity, string message, string chineseMessage,
        string? sourceName, int line, int column) =>
        new(code, severity, message, chineseMessage, sourceName) { Position = -1, Line = Math.Max(0, line), Column = Math.Max(0, line > 0 ? column : 0) };

    /// <summary>The same diagnostic, in the same place, saying something else (a loader that learns more after reporting).</summary>
    internal Diagnostic WithMessages(string message, string chineseMessage) =>
        new(Code, Severity, message, chineseMessage, SourceName)
        {
            Field = Field, Position = Position, Length = Length, Line = Line, Column = Column, Excerpt = Excerpt,
        };

    private void Place(string source, int position, int length, int firstLine)
    {
        var at = Math.Min(position, source.Length);
        Position = at;
        Length = Math.Max(0, Math.Min(length, source.Length - at));
        var lineStart = at == 0 ? 0 : source.LastIndexOf('\n', at - 1) + 1;
        Column = 1 + at - lineStart;
        var lineEnd = source.IndexOf('\n', at);
        lineEnd = lineEnd < 0 ? source.Length : lineEnd;
        // A window of the line around the place, so that a diagnostic of a huge one-line text stays small.
        if (at - lineStart > ExcerptContext)
        {
            lineStart = at - ExcerptContext;
        }
        // The caret covers at most a window of the place too: a diagnostic of a 4 MiB string stays small.
        var windowEnd = Math.Min(lineEnd, at + Math.Min(Math.Max(Length, 1), 2 * ExcerptContext) + ExcerptContext);
        var lineText = source[lineStart..windowEnd].TrimEnd('\r');
        Line = firstLine + source.AsSpan(0, at).Count('\n');
        var caretWidth = Math.Max(1, ParseError.DisplayWidth(source.AsSpan(at, Math.Min(Length, Math.Max(0, windowEnd - at)))));
        Excerpt = lineText + "\n" + new string(' ', ParseError.DisplayWidth(source.AsSpan(lineStart, at - lineStart))) + new string('^', caretWidth);
    }

    /// <summary>The stable code, e.g. <c>RL2001</c>, <c>SB1003</c>, <c>BK2008</c>, <c>ZB1004</c>.</summary>
    public string Code { get; }

    /// <summary>Error, warning or information.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The message in English.</summary>
    public string Message { get; }

    /// <summary>The message in Chinese (中文说明).</summary>
    public string ChineseMessage { get; }

    /// <summary>The file or source name, or <see langword="null"/> (a text given as a string; shown as <see cref="TextSourceName"/>).</summary>
    public string? SourceName { get; }

    /// <summary>The zero-based position in the source — a character index in text, a byte offset in a binary file — or -1
    /// when the diagnostic has no place. For a CSV row, the character index in the row's record (its lines joined by '\n').</summary>
    public long Position { get; private set; }

    /// <summary>The named part of the content at fault, or <see langword="null"/>: the column of a CSV row (<c>zone</c>,
    /// <c>indicator</c>, <c>period</c>, <c>kind</c>, <c>value</c>, <c>unit</c>; null for the row as a whole), the field of a
    /// <c>zbulk-v1</c> file (<c>magic</c>, <c>H</c>, <c>header</c>, <c>Z</c>, <c>arrays[2].count</c>, <c>actual[5]</c>…).
    /// Rule diagnostics point with <see cref="Line"/> and <see cref="Column"/> alone.</summary>
    public string? Field { get; private init; }

    /// <summary>The length of the text concerned, or 0.</summary>
    public int Length { get; private set; }

    /// <summary>The one-based line, or 0 when there is no text (a model, an observation, a binary file).</summary>
    public int Line { get; private set; }

    /// <summary>The one-based column (in characters), or 0 when there is no text.</summary>
    public int Column { get; private set; }

    /// <summary>The source line and a caret line under the place (CJK characters count two columns), or <see langword="null"/>.</summary>
    public string? Excerpt { get; private set; }

    /// <summary>Whether this is an error (as opposed to a warning or information).</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The message in the given language.</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The message.</returns>
    public string GetMessage(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? ChineseMessage : Message;

    /// <summary>
    /// One line in the compiler format: <c>scheme.rules(3,14): error RL2001: unknown indicator 'GDPP'</c>; a text without a
    /// name is <c>&lt;text&gt;</c>; a binary file gives the byte, <c>data.zbulk(byte 12): error ZB1002: …</c>; content
    /// without a place gives its name alone, or nothing.
    /// </summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The line.</returns>
    public string ToString(ExplanationLanguage language)
    {
        var place = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{SourceName ?? TextSourceName}({Line},{Column}): ")
            : Position >= 0 ? string.Create(CultureInfo.InvariantCulture, $"{SourceName ?? TextSourceName}(byte {Position}): ")
            : SourceName is null ? string.Empty : SourceName + ": ";
        // The severity stays an English keyword in both languages: tools read the compiler format by it.
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return place + severity + " " + Code + ": " + GetMessage(language);
    }

    /// <summary>The line in Chinese, the library's one default (<see cref="ToString(ExplanationLanguage)"/>).</summary>
    public override string ToString() => ToString(ExplanationLanguage.Chinese);
}
