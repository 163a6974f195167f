using System.Globalization;
using System.Text;

namespace Indicators.Tool.Html;

/// <summary>
/// The frame of the tool's HTML pages (issue 15, <c>--html</c>): one self-contained document — inline CSS, no script, no
/// fetch of anything — written atomically, and the one encoder every text from the user's files goes through.
/// </summary>
internal static class HtmlPage
{
    private static readonly System.Buffers.SearchValues<char> Markup = System.Buffers.SearchValues.Create("&<>\"'\0");

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Shared by both pages: verdict colours, the table, the charts. No web font: a CJK font of the system draws Chinese.
    private const string CommonStyle = """
        :root { color-scheme: light; --inconsistent: #f4b4b4; --borderline: #ffd98a; --consistent: #c4e8c4; --unverifiable: #e2e2e2; }
        body { font: 15px/1.6 system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", sans-serif; margin: 2em auto; max-width: 1200px; padding: 0 1em; color: #1d1d1d; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; } h3 { font-size: 1.05em; }
        .note, .summary { color: #555; }
        table { border-collapse: collapse; } th, td { padding: .2em .6em; border-bottom: 1px solid #e4e4e4; text-align: left; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        svg text { font: 12px system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; fill: #333; }
        footer { margin-top: 3em; color: #888; font-size: .85em; }
        """;

    /// <summary>The whole document.</summary>
    /// <param name="title">The page's title (encoded here).</param>
    /// <param name="style">The page's own CSS, after the common rules.</param>
    /// <param name="body">The body's HTML, already encoded.</param>
    /// <returns>The HTML text.</returns>
    internal static string Document(string title, string style, string body)
    {
        var html = new StringBuilder(body.Length + 4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(CommonStyle).Append('\n').Append(style).Append("\n</style>\n</head>\n<body>\n")
            .Append(body)
            .Append("<footer>Written by the indicators tool (").Append(Encode(Version)).Append(").</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Text as HTML content or a quoted attribute's value: the five characters that mean markup are written as references,
    /// so a report holding <c>&lt;script&gt;</c> shows it and never runs it. Everything else, Chinese included, stays itself
    /// (the page is UTF-8). A NUL would become U+FFFD in any HTML parser: written as that.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded text.</returns>
    internal static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        if (text.AsSpan().IndexOfAny(Markup) < 0)
        {
            return text;
        }
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\0' => "\uFFFD",
                _ => null,
            } ?? c.ToString());
        }
        return encoded.ToString();
    }

    /// <summary>A number for an SVG coordinate: invariant, at most two decimals.</summary>
    internal static string Coordinate(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes the page atomically through the Data package's one atomic writer (a temporary file beside the target, then moved over it), so a reader never sees half a
    /// page and a failure leaves the old file as it was.
    /// </summary>
    /// <param name="path">The page's path, as given on the command line.</param>
    /// <param name="html">The page.</param>
    /// <returns>Null when written; otherwise one line saying why not, naming the path.</returns>
    internal static string? Write(string path, string html)
    {
        try
        {
            Indicators.Data.ResultWriter.Atomically(path, stream => stream.Write(Utf8.GetBytes(html)));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"--html {path}: cannot write the page: {e.Message}";
        }
    }

    private static string Version { get; } =
        typeof(HtmlPage).Assembly.GetName().Version?.ToString(3) is { } v ? "version " + v : "version unknown";
}
