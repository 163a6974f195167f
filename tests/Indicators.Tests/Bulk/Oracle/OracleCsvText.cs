using System.Globalization;
using System.Text;

using Indicators.Bulk;

// Test oracle: the long-format CSV loader as of f29f575 (before issue 14), unchanged apart from its names.
namespace Indicators.Tests.Bulk.Oracle;

/// <summary>
/// The text rules of the long-format CSV loader: which field text is damaged, how a zone or
/// indicator name is normalised.
/// </summary>
/// <remarks>
/// Names are folded here rather than with <see cref="string.Normalize(NormalizationForm)"/>: under
/// invariant globalization (the project's setting, and common in containers) NFKC leaves
/// non-ASCII text unchanged, so a rule built on it would load one file differently on two machines.
/// </remarks>
internal static class OracleCsvText
{
    /// <summary>What is wrong with a field's text: where in the field, and why in both languages.</summary>
    internal sealed record Problem(int At, string English, string Chinese);

    /// <summary>
    /// Why a field's text is damaged, or null: U+FFFD (what a reader puts for bytes that are not
    /// valid UTF-8) or a lone surrogate (a string that is not valid UTF-16).
    /// </summary>
    internal static Problem? Damage(string field)
    {
        for (int at = 0; at < field.Length; at++)
        {
            char c = field[at];
            if (c == '\uFFFD')
            {
                return new Problem(at, string.Create(CultureInfo.InvariantCulture,
                    $"character {at + 1} is U+FFFD, the mark of bytes that are not valid UTF-8: save the file as UTF-8 and load it again"),
                    string.Create(CultureInfo.InvariantCulture, $"第 {at + 1} 个字符是 U+FFFD（不是有效 UTF-8 的字节的标记）：请把文件另存为 UTF-8 后重新导入"));
            }
            if (char.IsHighSurrogate(c) && at + 1 < field.Length && char.IsLowSurrogate(field[at + 1]))
            {
                at++;
            }
            else if (char.IsSurrogate(c))
            {
                return new Problem(at, string.Create(CultureInfo.InvariantCulture,
                    $"character {at + 1} is a lone surrogate (U+{(int)c:X4}): the text is not valid Unicode"),
                    string.Create(CultureInfo.InvariantCulture, $"第 {at + 1} 个字符是孤立的代理项（U+{(int)c:X4}）：文本不是有效的 Unicode"));
            }
        }
        return null;
    }

    /// <summary>
    /// A zone or indicator name normalised (名称规范化): full-width ASCII forms (U+FF01–U+FF5E) become
    /// ASCII, the ideographic space U+3000 a space, and white space around the name is trimmed; a name
    /// that then holds a control (Cc) or format (Cf) character — U+0000, U+200B, U+200F, U+FEFF… — is
    /// refused. Returns why (with the index in the trimmed field), or null with <paramref name="name"/> set. The field is not damaged (<see cref="Damage"/>).
    /// </summary>
    internal static Problem? Name(string field, out string name)
    {
        name = Fold(field).Trim();
        for (int at = 0; at < name.Length;)
        {
            Rune.DecodeFromUtf16(name.AsSpan(at), out Rune rune, out int consumed);
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                var problem = new Problem(at, string.Create(CultureInfo.InvariantCulture,
                    $"character {at + 1} of the name is U+{rune.Value:X4}, a control or format character: a name may not hold one"),
                    string.Create(CultureInfo.InvariantCulture, $"名称的第 {at + 1} 个字符是 U+{rune.Value:X4}，属于控制字符或格式字符：名称中不能有"));
                name = string.Empty;
                return problem;
            }
            at += consumed;
        }
        return null;
    }

    private static string Fold(string field)
    {
        int first = field.AsSpan().IndexOfAnyInRange('\u3000', '\uFF5E');
        if (first < 0)
        {
            return field;
        }
        var folded = new StringBuilder(field.Length).Append(field, 0, first);
        for (int at = first; at < field.Length; at++)
        {
            char c = field[at];
            folded.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - '\uFF01' + '!'),
                '\u3000' => ' ',
                _ => c,
            });
        }
        return folded.ToString();
    }
}
