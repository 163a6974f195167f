using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Indicators.Rules;

namespace Indicators.Data.Tests;

/// <summary>Random input never throws, and what is written is what loads.</summary>
public class DataFuzzTests
{
    private static readonly string[] Pieces =
    [
        "zone", "year", "indicator", "value", "unit", "target", "item", "count", "reason", "attribute", "指标", "单位", "本月",
        "1-11月累计", "同比增长%", "年度目标", "企业", "营业收入(万元)", "set", "key", "地区", "# @kind: records", "# @zone: 甲",
        "# @period: 2024", "# @kind: x", "#", "\"", "\"\"", ",", ",,", "\n", "\r\n", "2024", "2024年", "12.5", "1,234", "—",
        "1e999", "-0", "NaN", "甲区", "\u3000", "\uFEFF", "\t", "(亿元)", "%", "其中：",
    ];

    [Property(MaxTest = 300)]
    public void Issue13_Random_lines_from_the_formats_pieces_never_throw(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = random.Next(40); i > 0; i--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }
        var outcome = DataLoader.Parse(text.ToString(), "fuzz.csv");
        Assert.All(outcome.Diagnostics, d => Assert.True(d.Line >= 0 && d.Column >= 0));
    }

    [Property(MaxTest = 200)]
    public void Issue13_Random_bytes_never_throw(byte[] bytes)
    {
        var path = DataFiles.Temp(bytes, "random.csv");
        var outcome = DataLoader.Load([path]);
        Assert.NotNull(outcome.Diagnostics);
        var workbook = DataFiles.Temp(bytes, "random.xlsx");
        Assert.NotNull(DataLoader.Load([workbook]).Diagnostics);
    }

    [Property(MaxTest = 100)]
    public void Issue13_Observations_written_as_csv_load_back_to_the_same_values(NonEmptyArray<NormalFloat> numbers)
    {
        // One zone per number, in two years; every third value written empty (missing, never zero).
        var text = new StringBuilder("zone,year,indicator,value,unit\n");
        var values = numbers.Get.Select(n => n.Get).ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            var written = i % 3 == 2 ? "" : values[i].ToString("R", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"\"区,{i}\",{2020 + i % 2},GDP,{written},亿元\n");
        }
        var outcome = DataLoader.Parse(text.ToString(), "round.csv");
        Assert.True(outcome.Success, outcome.ToString(ExplanationLanguage.English));
        for (var i = 0; i < values.Length; i++)
        {
            var loaded = outcome.Value.GetValue($"区,{i}", "GDP", 2020 + i % 2);
            Assert.Equal(i % 3 == 2 ? null : values[i], loaded);
            Assert.Equal(new DataSource("round.csv", i + 2, $"\"区,{i}\",{2020 + i % 2},GDP,".Length + 1), outcome.Value.GetSource($"区,{i}", "GDP", 2020 + i % 2));
        }
    }
}
