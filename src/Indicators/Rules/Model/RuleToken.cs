namespace Indicators.Rules;

/// <summary>The kinds of token of the rule language.</summary>
internal enum RuleTokenKind
{
    End = 0,
    Name,
    Keyword,
    Number,
    String,
    LeftParen,
    RightParen,
    LeftBrace,
    RightBrace,
    Comma,
    Semicolon,
    Colon,
    Assign,
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    Percent,
}

/// <summary>One token: its kind, its place in the text and, for names, keywords, strings and numbers, its value.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Start">The zero-based position of its first character.</param>
/// <param name="Length">Its length in the text (quotes and brackets included).</param>
/// <param name="Text">A name without brackets, a keyword, or a string's value without quotes and escapes.</param>
/// <param name="Number">A number's value.</param>
/// <param name="Unit">A number's unit suffix, or null.</param>
internal readonly record struct RuleToken(RuleTokenKind Kind, int Start, int Length, string? Text = null, double Number = 0, string? Unit = null)
{
    internal int End => Start + Length;

    internal bool IsKeyword(string keyword) => Kind == RuleTokenKind.Keyword && string.Equals(Text, keyword, StringComparison.Ordinal);
}
