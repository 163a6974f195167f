namespace Indicators.Data;

/// <summary>
/// The shapes of data file the loader reads (数据文件格式; docs/data-files.md). The loader recognises a file's shape by
/// its header row; a file may also say it with a directive before the header, <c># @kind: targets</c>.
/// </summary>
public enum DataFileKind
{
    /// <summary>Zone observations in long form (长表观测值): <c>zone,year,indicator,value[,unit]</c>, optionally with
    /// <c>group</c>, <c>target</c>, <c>stretch</c> and <c>baseline</c> columns.</summary>
    Observations = 0,

    /// <summary>A statistical table of one zone (统计月报): rows are indicators, columns <c>指标 | 单位 | 本月 | 1-N月累计 |
    /// 同比增长% | 年度目标 | 完成进度%</c>; the zone and period come from a directive, the title row, the sheet's or the file's name.</summary>
    IndicatorTable = 1,

    /// <summary>A wide table of zones (开发区宽表): rows are zones, columns are indicators with their unit in the heading
    /// (<c>GDP(亿元)</c>) and attributes (地区, 类型, group).</summary>
    ZoneTable = 2,

    /// <summary>Per-zone targets (目标值): <c>zone,year,indicator,target[,stretch,baseline,unit]</c>.</summary>
    Targets = 3,

    /// <summary>Zone attributes — groups, regions, types (分组、地区、类型): <c>zone,attribute,value</c>.</summary>
    Attributes = 4,

    /// <summary>Bonus and deduction events (加减分事项): <c>zone,year,item,count</c>.</summary>
    Events = 5,

    /// <summary>Vetoes (一票否决事项): <c>zone,year,item,reason</c>.</summary>
    Vetoes = 6,

    /// <summary>Firm or project records (企业、项目记录): <c>zone,year,set,key,field…</c>, or <c>zone,year,企业,营业收入(万元),…</c>.</summary>
    Records = 7,
}

/// <summary>The kinds' names in directives and messages.</summary>
internal static class DataFileKinds
{
    private static readonly (DataFileKind Kind, string[] Names)[] All =
    [
        (DataFileKind.Observations, ["observations", "观测值"]),
        (DataFileKind.IndicatorTable, ["indicator-table", "统计月报", "指标表"]),
        (DataFileKind.ZoneTable, ["zone-table", "开发区宽表"]),
        (DataFileKind.Targets, ["targets", "目标"]),
        (DataFileKind.Attributes, ["attributes", "属性"]),
        (DataFileKind.Events, ["events", "加减分"]),
        (DataFileKind.Vetoes, ["vetoes", "否决"]),
        (DataFileKind.Records, ["records", "记录"]),
    ];

    /// <summary>"observations, indicator-table, …".</summary>
    internal static string NameList { get; } = string.Join(", ", All.Select(k => k.Names[0]));

    /// <summary>The kind a directive names, or null.</summary>
    internal static DataFileKind? Parse(string name)
    {
        foreach (var (kind, names) in All)
        {
            if (names.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return kind;
            }
        }
        return null;
    }

    /// <summary>The kind's name in directives.</summary>
    internal static string Name(DataFileKind kind) => All.First(k => k.Kind == kind).Names[0];
}
