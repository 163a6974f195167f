namespace Indicators.Rules.Syntax;

/// <summary>
/// The lexical facts the lexer, the parser and the printer share, so that what the printer writes plainly is
/// exactly what the lexer reads back as the same name or unit.
/// </summary>
internal static class RuleSyntax
{
    /// <summary>The reserved words (docs/rule-language.md, "Reference: text").</summary>
    internal static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "indicator", "target", "check", "scheme", "extends", "total", "category", "cap", "by", "missing", "stretch",
        "baseline", "bonus", "bonuscap", "each", "once", "deduction", "veto", "zero", "exclude", "grade", "tier", "rest",
        "rank", "competition", "dense", "ties", "within", "unit", "positive", "reverse", "reweight", "error", "and", "or",
        "not", "true", "false",
        "per",
        "when",
        "honours",
        "table",
        "weights",
        "remove",
        "exit",
    };

    /// <summary>The keywords that cannot name a function even before '(': they are operators or literals there. Any
    /// other keyword directly before '(' is a function's name (<c>target(GDP)</c>).</summary>
    internal static readonly HashSet<string> ExpressionWords = new(StringComparer.Ordinal) { "not", "and", "or", "true", "false" };

    // Codes of the diagnostics the parser emits (docs/rule-language.md, "Diagnostics").
    internal const string NoText = "RL1000";
    internal const string InvalidCharacter = "RL1001";
    internal const string UnterminatedString = "RL1002";
    internal const string InvalidEscape = "RL1003";
    internal const string UnterminatedComment = "RL1004";
    internal const string InvalidBracketedName = "RL1005";
    internal const string InvalidNumber = "RL1006";
    internal const string Unexpected = "RL1010";
    internal const string UnknownWord = "RL1011";
    internal const string UnitNotAllowed = "RL1012";
    internal const string NotAnInteger = "RL1013";
    internal const string WeightNotPositive = "RL1014";
    internal const string Duplicate = "RL1015";
    internal const string KeywordAsName = "RL1016";
    internal const string ChainedComparison = "RL1017";
    internal const string TooDeep = "RL4001";
    internal const string TooManyStatements = "RL4002";
    internal const string TextTooLong = "RL4004";
    internal const string TooManyErrors = "RL4005";

    /// <summary>Whether a name may start at <paramref name="index"/>: a Unicode letter (surrogate pairs included) or '_'.</summary>
    internal static bool IsNameStart(string text, int index) => text[index] == '_' || char.IsLetter(text, index);

    /// <summary>Whether <paramref name="index"/> continues a name: a letter, a decimal digit or '_'.</summary>
    internal static bool IsNamePart(string text, int index) => IsNameStart(text, index) || char.IsDigit(text, index);

    /// <summary>The number of UTF-16 units of the character at <paramref name="index"/>.</summary>
    internal static int CharLength(string text, int index) =>
        index + 1 < text.Length && char.IsSurrogatePair(text[index], text[index + 1]) ? 2 : 1;

    /// <summary>Whether the lexer reads all of <paramref name="name"/> as one word: a letter (surrogate pairs included)
    /// or '_', then letters, decimal digits or '_'. A keyword is such a word too; <see cref="IsPlainName"/> excludes it.</summary>
    /// <remarks>The one name check: the lexer scans with <see cref="IsNameStart"/> and <see cref="IsNamePart"/>, and the
    /// names the API accepts (functions, scoring methods and their parameters) are checked with this.</remarks>
    internal static bool IsName(string name)
    {
        if (name.Length == 0 || !IsNameStart(name, 0))
        {
            return false;
        }
        for (var i = CharLength(name, 0); i < name.Length; i += CharLength(name, i))
        {
            if (!IsNamePart(name, i))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="name"/> reads back as itself without brackets: a name and no keyword.</summary>
    internal static bool IsPlainName(string name) => IsName(name) && !Keywords.Contains(name);

    /// <summary>The end of a unit suffix starting at <paramref name="index"/>: letters, with '/' only between letters.</summary>
    internal static int ScanUnitText(string text, int index)
    {
        var i = index;
        while (i < text.Length)
        {
            if (char.IsLetter(text, i))
            {
                i += CharLength(text, i);
            }
            else if (text[i] == '/' && i > index && i + 1 < text.Length && char.IsLetter(text, i + 1))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>Whether <paramref name="unit"/> may follow a number as its suffix and reads back as itself.</summary>
    internal static bool IsUnitSuffix(string unit) =>
        unit == "%" || (unit.Length > 0 && char.IsLetter(unit, 0) && ScanUnitText(unit, 0) == unit.Length);
}
