using System.Text;

namespace Indicators.Data.Tests;

/// <summary>Issue 14: a 统计月报 table gives the builder its values by index, and loads what the general way loads.</summary>
public class Issue14MonthlyTableTests
{
    private static readonly string[] Cells =
        ["52.1", "0", "-3", "1e6", "", "—", "-", "68.46亿元", "12%", "1,234.5", "12x", "１２．５", "1e999", " 7 ", "0.1", "2.5", "105.3"];

    private static readonly string[] CleanCells = ["52.1", "0", "-3", "1e6", "", "—", "-", " 7 ", "0.1", "105.3"];

    private static readonly string[] Indicators =
        ["地区生产总值", "其中：规上工业增加值", "出口额（万美元）", "GDP(亿元)", "税收收入", "", " 固定资产投资 ", "(亿元)", "单价)"];

    private static readonly string[] Units = ["亿元", "万元", "", "%", " 项 "];

    private static readonly string[] Columns = ["本月", "1-12月累计", "同比增长%", "年度目标", "完成进度%"];

    /// <summary>A 统计月报 table of random rows: indicators given twice (the same figures again, or others), bad numbers,
    /// units in cells, missing marks, empty indicators and units, units in the indicator's name, 其中, cells beyond the
    /// header, some columns left out; its zone and period from directives (now and then a year the builder refuses). A
    /// <paramref name="clean"/> one has none of these faults (so that the load gives its data, to compare).</summary>
    private static string RandomTable(Random random, string zone, bool clean)
    {
        var names = clean ? Indicators.Where(n => n.Trim().Length > 0).OrderBy(_ => random.Next()).ToList() : null;
        var columns = Columns.OrderBy(_ => random.Next()).Take(random.Next(1, Columns.Length + 1)).ToList();
        var withUnit = random.Next(4) > 0;
        var text = new StringBuilder();
        text.Append("# @zone: ").Append(zone).Append('\n');
        text.Append("# @period: ").Append(!clean && random.Next(12) == 0 ? "1800" : "2024").Append("年1-12月\n");
        text.Append("指标").Append(withUnit ? ",单位" : "");
        foreach (var column in columns)
        {
            text.Append(',').Append(column);
        }
        text.Append('\n');
        for (var r = random.Next(0, clean ? names!.Count + 1 : 14); r > 0; r--)
        {
            text.Append(clean ? names![r - 1] : Indicators[random.Next(Indicators.Length)]);
            if (withUnit)
            {
                text.Append(',').Append(Units[random.Next(Units.Length)]);
            }
            foreach (var _ in columns)
            {
                text.Append(',').Append(clean ? CleanCells[random.Next(CleanCells.Length)] : random.Next(3) == 0 ? "5" : Cells[random.Next(Cells.Length)]);
            }
            if (!clean && random.Next(12) == 0)
            {
                text.Append(",9");
            }
            text.Append(random.Next(8) == 0 ? "\r\n" : "\n");
        }
        return text.ToString();
    }

    [Property(MaxTest = 300)]
    public void Issue14_MonthlyTable_fast_path_loads_what_the_general_way_loads(int seed)
    {
        var random = new Random(seed);
        var clean = random.Next(2) == 0;
        var text = RandomTable(random, "示例开发区", clean);
        // Three files in one load: every value and target also given again (the same, or others), and another zone's.
        var paths = new[]
        {
            DataFiles.Temp(Encoding.UTF8.GetBytes(text), "甲.csv"),
            DataFiles.Temp(Encoding.UTF8.GetBytes(random.Next(2) == 0 || clean ? text : RandomTable(random, "示例开发区", clean)), "乙.csv"),
            DataFiles.Temp(Encoding.UTF8.GetBytes(RandomTable(random, random.Next(2) == 0 && !clean ? "示例开发区" : "另一开发区", clean)), "丙.csv"),
        };
        var byIndex = new DataLoader.BuilderSink();
        var indexedDiagnostics = DataReader.Read(paths, byIndex);
        var general = new DataLoader.BuilderSink { ByIndex = false };
        var generalDiagnostics = DataReader.Read(paths, general);
        var expected = general.Finish(generalDiagnostics);
        Issue13LongCsvTests.AssertSame(expected, byIndex.Finish(indexedDiagnostics));
        Assert.True(!clean || expected.Value is not null, "a clean table loads");
    }
}
