using System.Globalization;
using System.Text.RegularExpressions;

namespace Indicators.Data;

/// <summary>
/// Finds a zone and a year in a title row, a sheet's name or a file's name: <c>示例开发区2024年1-11月主要经济指标</c>,
/// <c>示例开发区_2024年1-11月</c>, <c>2024 示例开发区</c>. The year is the first four-digit number from 1900 to 2199
/// (optionally followed by 年 and a month or a range of months); the zone is the text before it, or else after it,
/// without separators and without the words tables put after a zone (主要经济指标, 统计月报…).
/// </summary>
internal static partial class TitleScan
{
    [GeneratedRegex(@"(?<![0-9])(19|20|21)[0-9]{2}(?![0-9])(\s*年)?(\s*[0-9]{1,2}(\s*[-—~至到]\s*[0-9]{1,2})?\s*月(份)?)?(\s*[0-9]{1,2}\s*日)?")]
    private static partial Regex PeriodPattern();

    private static readonly string[] TitleWords =
        ["主要经济指标完成情况", "主要经济指标", "经济指标", "统计月报", "月报", "统计表", "完成情况", "情况表", "指标表", "数据表", "统计", "数据", "报表"];

    private static readonly char[] Separators = [' ', '\t', '\u3000', '_', '-', '—', '·', '.', '(', ')', '（', '）', '【', '】', '[', ']', ',', '，', ':', '：'];

    [GeneratedRegex(@"^(Sheet|工作表|Sheet\s)[0-9]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultSheetPattern();

    /// <summary>Whether a sheet's name is an editor's default (Sheet1, 工作表1), which names no zone.</summary>
    internal static bool IsDefaultSheetName(string name) => DefaultSheetPattern().IsMatch(name.Trim());

    /// <summary>The year a text names, or null.</summary>
    internal static int? Year(string text)
    {
        var match = PeriodPattern().Match(text);
        return match.Success ? int.Parse(match.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The zone a title names (the text around its period, without table words), or null.</summary>
    internal static string? Zone(string text)
    {
        var match = PeriodPattern().Match(text);
        var before = match.Success ? text[..match.Index] : text;
        var zone = Clean(before);
        if (zone.Length == 0 && match.Success)
        {
            zone = Clean(text[(match.Index + match.Length)..]);
        }
        return zone.Length == 0 ? null : zone;
    }

    private static string Clean(string text)
    {
        var cleaned = text.Trim(Separators);
        foreach (var word in TitleWords)
        {
            var at = cleaned.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                cleaned = cleaned[..at];
            }
        }
        return cleaned.Trim(Separators);
    }
}
