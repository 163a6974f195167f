using System.Text.RegularExpressions;

namespace Indicators.Data;

/// <summary>What a column of a data file holds, read from its heading.</summary>
internal enum Role
{
    None, Zone, Year, Indicator, Value, Unit, Target, Stretch, Baseline, Attribute, Item, Count, Reason, Set, Key,
    Month, Cumulative, Growth, Progress, ZoneAttribute, RecordSet,
}

/// <summary>A heading: its role, the name it gives (an indicator's or a field's, without the unit), the unit in brackets.</summary>
internal readonly record struct Heading(Role Role, string Name, string? Unit);

/// <summary>The headings the loader knows, in English and Chinese (docs/data-files.md lists them).</summary>
internal static partial class Headings
{
    private static readonly (Role Role, string[] Words)[] Words =
    [
        (Role.Zone, ["zone", "开发区", "园区", "开发区名称", "园区名称"]),
        (Role.Year, ["year", "period", "年份", "年度", "时期"]),
        (Role.Indicator, ["indicator", "指标", "指标名称"]),
        (Role.Value, ["value", "数值", "值", "完成值", "实际值"]),
        (Role.Unit, ["unit", "单位", "计量单位"]),
        (Role.Target, ["target", "目标", "目标值", "年度目标", "全年目标"]),
        (Role.Stretch, ["stretch", "争取目标", "力争目标"]),
        (Role.Baseline, ["baseline", "基数", "基期值"]),
        (Role.Attribute, ["attribute", "属性"]),
        (Role.Item, ["item", "事项"]),
        (Role.Count, ["count", "次数", "数量", "个数"]),
        (Role.Reason, ["reason", "原因", "理由"]),
        (Role.Set, ["set", "记录集"]),
        (Role.Key, ["key", "名称", "主体"]),
        (Role.Month, ["本月", "当月", "本月数"]),
        (Role.ZoneAttribute, ["group", "分组", "组别", "region", "地区", "区域", "片区", "省份", "type", "类型", "级别"]),
        (Role.RecordSet, ["企业", "企业名称", "项目", "项目名称", "firm", "project"]),
    ];

    [GeneratedRegex(@"^(本年|本期|1-N月|[0-9]{1,2}\s*[-—~至]\s*[0-9]{1,2}\s*月(份)?)?\s*累计(数|值)?$|^[0-9]{1,2}\s*[-—~至]\s*[0-9]{1,2}\s*月(份)?$")]
    private static partial Regex CumulativePattern();

    [GeneratedRegex(@"^(同比|比上年|比去年)?(增长|增速|增减|±)")]
    private static partial Regex GrowthPattern();

    [GeneratedRegex(@"^(完成)?(进度|完成率|完成比例|完成%|完成)")]
    private static partial Regex ProgressPattern();

    /// <summary>Reads a heading: <c>GDP(亿元)</c> is the name GDP with the unit 亿元 (brackets ASCII or full width).</summary>
    internal static Heading Read(string text)
    {
        var trimmed = text.Trim(DataTable.TrimChars);
        var (name, unit) = SplitUnit(trimmed);
        var bare = name.TrimEnd('%', '％').Trim();
        foreach (var (role, words) in Words)
        {
            if (words.Contains(name, StringComparer.OrdinalIgnoreCase) || (role is Role.Target or Role.Value && words.Contains(bare, StringComparer.OrdinalIgnoreCase)))
            {
                return new Heading(role, name, unit);
            }
        }
        if (CumulativePattern().IsMatch(bare))
        {
            return new Heading(Role.Cumulative, name, unit);
        }
        if (GrowthPattern().IsMatch(bare))
        {
            return new Heading(Role.Growth, name, unit);
        }
        if (ProgressPattern().IsMatch(bare))
        {
            return new Heading(Role.Progress, name, unit);
        }
        return new Heading(Role.None, name, unit);
    }

    /// <summary>"GDP(亿元)" → ("GDP", "亿元"); "GDP" → ("GDP", null). A name that is only a bracket keeps it.</summary>
    internal static (string Name, string? Unit) SplitUnit(string text)
    {
        var trimmed = text.Trim(DataTable.TrimChars);
        if (trimmed.Length > 2 && trimmed[^1] is ')' or '）')
        {
            var open = trimmed.LastIndexOfAny(['(', '（']);
            if (open > 0)
            {
                var unit = trimmed[(open + 1)..^1].Trim();
                return (trimmed[..open].Trim(DataTable.TrimChars), unit.Length == 0 ? null : unit);
            }
        }
        return (trimmed, null);
    }

    /// <summary>The headings a kind knows, for the message about an unknown column.</summary>
    internal static string Expected(DataFileKind kind) => kind switch
    {
        DataFileKind.Observations => "zone, year, indicator, value, unit, group, target, stretch, baseline",
        DataFileKind.Targets => "zone, year, indicator, target, stretch, baseline, unit",
        DataFileKind.Attributes => "zone, attribute, value",
        DataFileKind.Events => "zone, year, item, count",
        DataFileKind.Vetoes => "zone, year, item, reason",
        DataFileKind.IndicatorTable => "指标, 单位, 本月, 1-N月累计, 同比增长%, 年度目标, 完成进度%",
        _ => "",
    };
}
