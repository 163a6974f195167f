using System.Globalization;
using System.Text;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// The hand-written lexer of the rule language: turns the text into tokens with positions, reporting bad
/// characters, strings, comments and numbers as diagnostics and carrying on, so one pass finds every lexical error.
/// </summary>
internal sealed class RuleLexer
{
    private readonly string text;
    private readonly RuleDiagnosticSink sink;
    private RuleToken? pending;
    private int i;

    internal RuleLexer(string text, RuleDiagnosticSink sink)
    {
        this.text = text;
        this.sink = sink;
    }

    /// <summary>The next token; at the end of the text, an <see cref="RuleTokenKind.End"/> token (again on every call).</summary>
    /// <remarks>Tokens are made on demand, so a text of the largest size never holds millions of tokens at once.</remarks>
    internal RuleToken Next()
    {
        while (pending is null)
        {
            if (i >= text.Length)
            {
                return new RuleToken(RuleTokenKind.End, text.Length, 0);
            }
            Step();
        }
        var token = pending.Value;
        pending = null;
        return token;
    }

    private void Emit(RuleToken token) => pending = token;

    /// <summary>Skips white space or a comment, or reads one token (or reports what cannot be one).</summary>
    private void Step()
    {
        var c = text[i];
        if (char.IsWhiteSpace(c))
        {
            i++;
        }
        else if (c == '/' && Peek(1) == '/')
        {
            while (i < text.Length && text[i] != '\n')
            {
                i++;
            }
        }
        else if (c == '/' && Peek(1) == '*')
        {
            var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                sink.Error(RuleSyntax.UnterminatedComment, i, 2, "the comment '/*' is not closed with '*/'", "注释“/*”没有以“*/”结束");
                i = text.Length;
            }
            else
            {
                i = end + 2;
            }
        }
        else if (c == '"')
        {
            LexEscapedString();
        }
        else if (c == '“')
        {
            LexChineseString();
        }
        else if (c == '[')
        {
            LexBracketedName();
        }
        else if (c is >= '0' and <= '9' or >= '０' and <= '９')
        {
            LexNumber();
        }
        else if (RuleSyntax.IsNameStart(text, i))
        {
            var start = i;
            while (i < text.Length && RuleSyntax.IsNamePart(text, i))
            {
                i += RuleSyntax.CharLength(text, i);
            }
            var name = text[start..i];
            Emit(new RuleToken(RuleSyntax.Keywords.Contains(name) ? RuleTokenKind.Keyword : RuleTokenKind.Name, start, i - start, name));
        }
        else
        {
            LexSymbol(c);
        }
    }

    private char Peek(int offset) => i + offset < text.Length ? text[i + offset] : '\0';

    private void LexSymbol(char c)
    {
        var next = Peek(1);
        var (kind, length) = c switch
        {
            '(' or '（' => (RuleTokenKind.LeftParen, 1),
            ')' or '）' => (RuleTokenKind.RightParen, 1),
            '{' => (RuleTokenKind.LeftBrace, 1),
            '}' => (RuleTokenKind.RightBrace, 1),
            ',' or '，' => (RuleTokenKind.Comma, 1),
            ';' or '；' => (RuleTokenKind.Semicolon, 1),
            ':' or '：' => (RuleTokenKind.Colon, 1),
            '+' => (RuleTokenKind.Plus, 1),
            '-' => (RuleTokenKind.Minus, 1),
            '*' or '×' => (RuleTokenKind.Star, 1),
            '/' => (RuleTokenKind.Slash, 1),
            '^' => (RuleTokenKind.Caret, 1),
            '%' or '％' => (RuleTokenKind.Percent, 1),
            '<' when next == '=' => (RuleTokenKind.LessOrEqual, 2),
            '<' => (RuleTokenKind.Less, 1),
            '>' when next == '=' => (RuleTokenKind.GreaterOrEqual, 2),
            '>' => (RuleTokenKind.Greater, 1),
            '=' when next == '=' => (RuleTokenKind.Equal, 2),
            '=' => (RuleTokenKind.Assign, 1),
            '!' when next == '=' => (RuleTokenKind.NotEqual, 2),
            _ => (RuleTokenKind.End, RuleSyntax.CharLength(text, i)),
        };
        if (kind == RuleTokenKind.End && !sink.Full)
        {
            var shown = text.Substring(i, length);
            var code = string.Create(CultureInfo.InvariantCulture, $"U+{(length == 2 ? char.ConvertToUtf32(shown, 0) : shown[0]):X4}");
            sink.Error(RuleSyntax.InvalidCharacter, i, length,
                $"the character '{shown}' ({code}) cannot appear here; write names with other characters in brackets: [R&D经费]",
                $"此处不能出现字符“{shown}”（{code}）；含其他字符的名称请写在方括号中：[R&D经费]");
        }
        else if (kind != RuleTokenKind.End)
        {
            Emit(new RuleToken(kind, i, length));
        }
        i += length;
    }

    private void LexNumber()
    {
        var start = i;
        var end = NumberText.Scan(text.AsSpan(), start, out var value, out var failure);
        if (end < 0)
        {
            // Skip the whole malformed number, exponent included, so that "1e999" is one error, not three.
            end = start;
            while (end < text.Length && (char.IsDigit(text[end]) || text[end] is '.' or '．'
                || (text[end] is 'e' or 'E' && end + 1 < text.Length && (char.IsDigit(text[end + 1]) || (text[end + 1] is '+' or '-' && end + 2 < text.Length && char.IsDigit(text[end + 2]))))
                || (text[end] is '+' or '-' && text[end - 1] is 'e' or 'E')))
            {
                end++;
            }
            sink.Error(RuleSyntax.InvalidNumber, start, end - start, $"invalid number: {failure}", $"数值无效：{ChineseReason(failure)}");
            value = 0;
        }
        i = end;
        string? unit = null;
        if (i < text.Length && text[i] is '%' or '％')
        {
            unit = "%";
            i++;
        }
        else if (i < text.Length && char.IsLetter(text, i))
        {
            i = RuleSyntax.ScanUnitText(text, i);
            unit = text[end..i];
        }
        Emit(new RuleToken(RuleTokenKind.Number, start, i - start, null, value, unit));
    }

    private static string ChineseReason(string? failure) => failure switch
    {
        "the number is too long" => "数字过长",
        "the number is out of range" => "数值超出范围",
        _ => "应为数字",
    };

    private void LexEscapedString()
    {
        var start = i;
        var value = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= text.Length || text[i] is '\n' or '\r')
            {
                ReportUnterminatedString(start, "\"");
                break;
            }
            var c = text[i];
            if (c == '"')
            {
                i++;
                break;
            }
            if (c == '\\')
            {
                var escaped = Peek(1) switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => '\0',
                };
                if (escaped == '\0')
                {
                    sink.Error(RuleSyntax.InvalidEscape, i, i + 1 < text.Length ? 2 : 1,
                        "invalid escape in a string; use \\\", \\\\, \\n, \\r or \\t",
                        "字符串中的转义无效；可用 \\\"、\\\\、\\n、\\r 或 \\t");
                    i++;
                    continue;
                }
                value.Append(escaped);
                i += 2;
                continue;
            }
            value.Append(c);
            i++;
        }
        Emit(new RuleToken(RuleTokenKind.String, start, i - start, value.ToString()));
    }

    private void LexChineseString()
    {
        var start = i;
        if (!ReadToCloser('”', out var value))
        {
            ReportUnterminatedString(start, "”");
        }
        Emit(new RuleToken(RuleTokenKind.String, start, i - start, value));
    }

    /// <summary>Reads from the opening character at <c>i</c> to <paramref name="closer"/> on the same line; false when the line or text ends first.</summary>
    private bool ReadToCloser(char closer, out string content)
    {
        var start = i;
        i++;
        while (i < text.Length && text[i] != closer && text[i] is not ('\n' or '\r'))
        {
            i++;
        }
        content = text[(start + 1)..i];
        if (i < text.Length && text[i] == closer)
        {
            i++;
            return true;
        }
        return false;
    }

    private void ReportUnterminatedString(int start, string quote) =>
        sink.Error(RuleSyntax.UnterminatedString, start, i - start,
            $"the string is not closed with {quote} on its line", $"字符串没有在本行以 {quote} 结束");

    private void LexBracketedName()
    {
        var start = i;
        if (!ReadToCloser(']', out var name))
        {
            sink.Error(RuleSyntax.InvalidBracketedName, start, i - start,
                "the bracketed name is not closed with ']' on its line", "方括号名称没有在本行以“]”结束");
        }
        if (name.Length == 0)
        {
            sink.Error(RuleSyntax.InvalidBracketedName, start, i - start, "a bracketed name cannot be empty", "方括号中的名称不能为空");
            return;
        }
        Emit(new RuleToken(RuleTokenKind.Name, start, i - start, name));
    }
}
