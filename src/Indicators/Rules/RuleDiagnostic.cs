using System.Globalization;
using Indicators.Assessment;

namespace Indicators.Rules;

/// <summary>How serious a <see cref="RuleDiagnostic"/> is.</summary>
public enum RuleDiagnosticSeverity
{
    /// <summary>The rules cannot be used until it is fixed (错误).</summary>
    Error = 0,
    /// <summary>The rules work, but probably not as meant (警告).</summary>
    Warning = 1,

    /// <summary>
    /// The rules work as written; this says how a name was understood (提示), e.g. a name that reached a catalogue
    /// indicator by an alias (<c>RL2020</c>). It never stops compilation.
    /// </summary>
    Information = 2,
}

/// <summary>
/// A problem found in rule text or a rule model (规则诊断): a stable code, a message in English and in Chinese,
/// and, for parsed text, the line, the column and an excerpt with a caret under the place.
/// </summary>
/// <remarks>
/// Codes: <c>RL1xxx</c> text (characters, tokens, syntax), <c>RL2xxx</c> names, types and units, <c>RL3xxx</c>
/// scheme structure, <c>RL4xxx</c> safety limits, <c>RL5xxx</c> evaluation. Every diagnostic of a text is
/// reported at once; nothing is thrown for authored text.
/// </remarks>
public sealed class RuleDiagnostic
{
    private const int ExcerptContext = 80;

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

    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The stable code, e.g. <c>RL2001</c>.</param>
    /// <param name="severity">Error, warning or information.</param>
    /// <param name="message">The message in English.</param>
    /// <param name="chineseMessage">The message in Chinese.</param>
    /// <param name="source">The whole source text, or <see langword="null"/> for a model without text.</param>
    /// <param name="position">The zero-based position in <paramref name="source"/>, or -1.</param>
    /// <param name="length">The length of the text concerned (at least 1 for the caret), or 0.</param>
    /// <param name="sourceName">The file or source name, or <see langword="null"/>.</param>
    public RuleDiagnostic(string code, RuleDiagnosticSeverity severity, string message, string chineseMessage,
        string? source = null, int position = -1, int length = 0, string? sourceName = null)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(message);
        Guard.Against.Null(chineseMessage);
        Code = code;
        Severity = severity;
        Message = message;
        ChineseMessage = chineseMessage;
        SourceName = sourceName;
        if (source is not null && position >= 0)
        {
            Position = Math.Min(position, source.Length);
            Length = Math.Max(0, Math.Min(length, source.Length - Position));
            var lineStart = Position == 0 ? 0 : source.LastIndexOf('\n', Position - 1) + 1;
            Column = 1 + Position - lineStart;
            var lineEnd = source.IndexOf('\n', Position);
            lineEnd = lineEnd < 0 ? source.Length : lineEnd;
            // A window of the line around the place, so that a diagnostic of a huge one-line text stays small.
            if (Position - lineStart > ExcerptContext)
            {
                lineStart = Position - ExcerptContext;
            }
            // The caret covers at most a window of the place too: a diagnostic of a 4 MiB string stays small.
            var windowEnd = Math.Min(lineEnd, Position + Math.Min(Math.Max(Length, 1), 2 * ExcerptContext) + ExcerptContext);
            var lineText = source[lineStart..windowEnd].TrimEnd('\r');
            Line = 1 + source.AsSpan(0, Position).Count('\n');
            var caretWidth = Math.Max(1, ParseError.DisplayWidth(source.AsSpan(Position, Math.Min(Length, Math.Max(0, windowEnd - Position)))));
            Excerpt = lineText + "\n" + new string(' ', ParseError.DisplayWidth(source.AsSpan(lineStart, Position - lineStart))) + new string('^', caretWidth);
        }
        else
        {
            Position = -1;
        }
    }

    /// <summary>The stable code, e.g. <c>RL2001</c>.</summary>
    public string Code { get; }

    /// <summary>Error, warning or information.</summary>
    public RuleDiagnosticSeverity Severity { get; }

    /// <summary>The message in English.</summary>
    public string Message { get; }

    /// <summary>The message in Chinese (中文说明).</summary>
    public string ChineseMessage { get; }

    /// <summary>The file or source name, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    /// <summary>The zero-based position in the source, or -1 when the diagnostic has no place in a text.</summary>
    public int Position { get; }

    /// <summary>The length of the text concerned, or 0.</summary>
    public int Length { get; }

    /// <summary>The one-based line, or 0 when there is no text.</summary>
    public int Line { get; }

    /// <summary>The one-based column (in characters), or 0 when there is no text.</summary>
    public int Column { get; }

    /// <summary>The source line and a caret line under the place (CJK characters count two columns), or <see langword="null"/>.</summary>
    public string? Excerpt { get; }

    /// <summary>The message in the given language.</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The message.</returns>
    public string GetMessage(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? ChineseMessage : Message;

    /// <summary>One line in the compiler format: <c>scheme.rules(3,14): error RL2001: unknown indicator 'GDPP'</c>.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The line.</returns>
    public string ToString(ExplanationLanguage language)
    {
        var place = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{SourceName ?? "rules"}({Line},{Column}): ")
            : SourceName is null ? string.Empty : SourceName + ": ";
        var severity = Severity switch
        {
            RuleDiagnosticSeverity.Error => "error",
            RuleDiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return place + severity + " " + Code + ": " + GetMessage(language);
    }

    /// <summary>One line in the compiler format with the message in Chinese (the default language); see <see cref="ToString(ExplanationLanguage)"/>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => ToString(ExplanationLanguage.Chinese);
}
