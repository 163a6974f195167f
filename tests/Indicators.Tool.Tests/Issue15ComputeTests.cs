using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Indicators.Tool.Tests;

/// <summary><c>indicators compute</c> and <c>indicators phrase</c> run in process: golden outputs checked by hand, the
/// output files, exit codes and bad input.</summary>
public class Issue15ComputeTests
{
    /// <summary>
    /// Three zones, two indicators, two years. By hand:
    /// GDP 2024: 甲 123.5 / 100 − 1 = 23.5%, 123.5 / 110 = 112.27% (超额 12.27); 乙 110 / 200 − 1 = −45%, 110 / 100 = 110%;
    /// 丙 missing. Shares 2023 of 350: 28.57, 57.14, 14.29; 2024 none (丙 missing). Ranks 2023 乙 甲 丙, 2024 甲 乙 (甲 up 1).
    /// 生产安全事故起数 (逆向: fewer is better, a ceiling): 甲 2 / 4 − 1 = −50%, ceiling 3 / 2 = 150%; 乙 0 / 1 − 1 = −100%;
    /// 丙 5 / 3 − 1 = 66.67%. Shares 2023 of 8: 50, 12.5, 37.5; 2024 of 7: 28.57, 0, 71.43. Ranks (fewest first) 2023
    /// 乙 丙 甲, 2024 乙 甲 丙. Scores (equal weights, completion capped at 120%): 甲 2024 (112.27 + 120) / 2 = 116.14,
    /// 乙 2024 110 (only GDP has a target, reweighted); no targets in 2023, none for 丙: no score, no rank.
    /// </summary>
    internal const string Zones = """
        zone,year,indicator,value,target
        甲,2023,GDP,100,
        甲,2024,GDP,123.5,110
        乙,2023,GDP,200,
        乙,2024,GDP,110,100
        丙,2023,GDP,50,
        丙,2024,GDP,,60
        甲,2023,ProductionSafetyAccidents,4,
        甲,2024,ProductionSafetyAccidents,2,3
        乙,2023,ProductionSafetyAccidents,1,
        乙,2024,ProductionSafetyAccidents,0,
        丙,2023,ProductionSafetyAccidents,3,
        丙,2024,ProductionSafetyAccidents,5,
        """;

    internal static string ZonesFile() => ToolRun.TempFile(Encoding.UTF8.GetBytes(Zones), "zones.csv");

    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Issue15_Compute_prints_the_figures_checked_by_hand_as_a_table()
    {
        var (code, output, error) = ToolRun.Run("compute", ZonesFile());
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal("""
            zone  indicator         code                       year  unit  value  target  growthPercent  completionPercent  overfulfilmentPercent  attained  sharePercent  rank  rankOf  rankChange
            甲    地区生产总值      GDP                        2023  亿元    100                                                                                     28.6     2       3
            甲    地区生产总值      GDP                        2024  亿元  123.5     110           23.5              112.3                   12.3  yes                        1       2           1
            甲    生产安全事故起数  ProductionSafetyAccidents  2023  起        4                                                                                     50.0     3       3
            甲    生产安全事故起数  ProductionSafetyAccidents  2024  起        2       3          -50.0              150.0                   50.0  yes               28.6     2       3           1
            乙    地区生产总值      GDP                        2023  亿元    200                                                                                     57.1     1       3
            乙    地区生产总值      GDP                        2024  亿元    110     100          -45.0              110.0                   10.0  yes                        2       2          -1
            乙    生产安全事故起数  ProductionSafetyAccidents  2023  起        1                                                                                     12.5     1       3
            乙    生产安全事故起数  ProductionSafetyAccidents  2024  起        0                 -100.0                                                               0.0     1       3           0
            丙    地区生产总值      GDP                        2023  亿元     50                                                                                     14.3     3       3
            丙    地区生产总值      GDP                        2024  亿元             60
            丙    生产安全事故起数  ProductionSafetyAccidents  2023  起        3                                                                                     37.5     2       3
            丙    生产安全事故起数  ProductionSafetyAccidents  2024  起        5                   66.7                                                              71.4     3       3          -1

            zone  year   score  rank
            甲    2023
            甲    2024  116.14     1
            乙    2023
            乙    2024  110.00     2
            丙    2023
            丙    2024

            """, Lines(output));
    }

    [Fact]
    public void Issue15_Compute_JSON_keeps_missing_as_null_and_numbers_unrounded()
    {
        var (code, output, _) = ToolRun.Run("compute", ZonesFile(), "--json", "--zone", "丙", "--indicator", "地区生产总值");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var cells = json.RootElement.GetProperty("cells");
        Assert.Equal(2, cells.GetArrayLength());
        var missing = cells[1];
        Assert.Equal(2024, missing.GetProperty("year").GetInt32());
        foreach (var key in new[] { "value", "growthPercent", "completionPercent", "overfulfilmentPercent", "attained", "sharePercent", "rank", "rankOf", "rankChange" })
        {
            Assert.Equal(JsonValueKind.Null, missing.GetProperty(key).ValueKind);
        }
        Assert.Equal(60, missing.GetProperty("target").GetDouble());
        // 50 / 350, unrounded (the table shows 14.3).
        Assert.Equal(50.0 / 350 * 100, cells[0].GetProperty("sharePercent").GetDouble(), 12);
        var zones = json.RootElement.GetProperty("zones");
        Assert.Equal(2, zones.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, zones[1].GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, zones[1].GetProperty("rank").ValueKind);
    }

    [Fact]
    public void Issue15_Compute_on_the_bundled_assessment_sample_gives_the_figures_worked_by_hand()
    {
        var data = Path.Combine(ToolRun.RepositoryRoot, "docs", "examples", "data", "assessment-sample.csv");
        var (code, output, error) = ToolRun.Run("compute", data, "--zone", "示例开发区01", "--indicator", "ActualForeignInvestment", "--json");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var cells = json.RootElement.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("year").GetInt32());
        // The file's rows: 2021 8951 (no target), 2022 8091 / 9667, 2023 7290 / 8738, 2024 9225 / 7873 (万美元).
        Assert.Equal([2021, 2022, 2023, 2024], cells.Keys.Order());
        Assert.Equal(JsonValueKind.Null, cells[2021].GetProperty("growthPercent").ValueKind);
        Assert.Equal(JsonValueKind.Null, cells[2021].GetProperty("completionPercent").ValueKind);
        Assert.Equal(-9.608, cells[2022].GetProperty("growthPercent").GetDouble(), 3);      // 8091 / 8951 − 1
        Assert.Equal(83.697, cells[2022].GetProperty("completionPercent").GetDouble(), 3);  // 8091 / 9667
        Assert.Equal(0, cells[2022].GetProperty("overfulfilmentPercent").GetDouble());
        Assert.False(cells[2022].GetProperty("attained").GetBoolean());
        Assert.Equal(26.543, cells[2024].GetProperty("growthPercent").GetDouble(), 3);      // 9225 / 7290 − 1
        Assert.Equal(117.173, cells[2024].GetProperty("completionPercent").GetDouble(), 3); // 9225 / 7873 = 1.1717261…
        Assert.Equal(17.173, cells[2024].GetProperty("overfulfilmentPercent").GetDouble(), 3);
        Assert.True(cells[2024].GetProperty("attained").GetBoolean());
        Assert.Equal("万美元", cells[2024].GetProperty("unit").GetString());
        Assert.Equal(24, cells[2024].GetProperty("rankOf").GetInt32());
    }

    [Fact]
    public void Issue15_Compute_writes_CSV_and_xlsx_files_that_read_back()
    {
        var data = ZonesFile();
        var folder = Path.GetDirectoryName(data)!;
        var csv = Path.Combine(folder, "out.csv");
        var xlsx = Path.Combine(folder, "out.xlsx");
        var (code, _, error) = ToolRun.Run("compute", data, "--year", "2024", "--csv", csv, "--xlsx", xlsx);
        Assert.Equal("", error);
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("zone,indicator,code,year,unit,value,target,growthPercent,completionPercent,overfulfilmentPercent,attained,sharePercent,rank,rankOf,rankChange", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.Equal("丙,地区生产总值,GDP,2024,亿元,,60,,,,,,,,", lines[5]);   // missing: empty fields, never 0
        Assert.StartsWith("甲,地区生产总值,GDP,2024,亿元,123.5,110,23.5", lines[1], StringComparison.Ordinal);
        Assert.Equal(["zone,year,score,rank", "甲,2024,116.13636363636364,1", "乙,2024,110.00000000000001,2", "丙,2024,,"],
            File.ReadAllLines(Path.Combine(folder, "out.zones.csv")).Select(l => Normalise(l)));
        var book = Issue15OutputTests.ReadXlsx(xlsx);
        Assert.Equal(["cells", "zones"], book.Keys);
        Assert.Equal("甲", book["cells"]["A2"].Text);
        Assert.Equal(123.5, double.Parse(book["cells"]["F2"].Text, CultureInfo.InvariantCulture));
        Assert.Equal("1", book["cells"]["K2"].Text);   // attained: a boolean cell
        Assert.False(book["cells"].ContainsKey("F6"));  // 丙's missing GDP: no cell
        Assert.Equal(116.136, double.Parse(book["zones"]["C2"].Text, CultureInfo.InvariantCulture), 3);
    }

    // The score's last digits are the engine's sums; the hand value is (112.2727… + 120) / 2 = 116.136… and 110.
    private static string Normalise(string line)
    {
        var fields = line.Split(',');
        if (fields.Length == 4 && double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
        {
            Assert.Equal(fields[0] == "甲" ? 116.13636363636364 : 110, score, 9);
            fields[2] = fields[0] == "甲" ? "116.13636363636364" : "110.00000000000001";
        }
        return string.Join(',', fields);
    }

    [Fact]
    public void Issue15_Compute_draws_no_progress_bar_unless_stderr_is_a_terminal_or_it_is_forced()
    {
        var data = ZonesFile();
        var quiet = ToolRun.Run("compute", data);
        Assert.Equal("", quiet.Err);
        var forced = ToolRun.Run("compute", data, "--progress");
        Assert.Equal(0, forced.Code);
        Assert.Contains("computing  [####################] 100%  3/3 zones", forced.Err, StringComparison.Ordinal);
        Assert.StartsWith("\r", forced.Err, StringComparison.Ordinal);
        Assert.EndsWith("\r", forced.Err, StringComparison.Ordinal);   // cleared at the end
        Assert.Equal(quiet.Out, forced.Out);
    }

    [Fact]
    public void Issue15_Compute_refuses_an_unknown_indicator_in_the_data_at_its_place_with_exit_code_2()
    {
        var data = ToolRun.TempFile(Encoding.UTF8.GetBytes("zone,year,indicator,value\n甲,2024,GDP,5\n甲,2024,地区生产总量,5\n"), "typo.csv");
        var (code, output, error) = ToolRun.Run("compute", data);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        // The place is the indicator's first value (ZoneData keeps the places of values).
        Assert.Equal(data + "(3,15): error CP1001: unknown indicator “地区生产总量”: not a code, Chinese name or alias of the standard catalogue; its unit and direction are unknown (--skip-unknown leaves such indicators out)\n",
            Lines(error));
        var skipped = ToolRun.Run("compute", data, "--skip-unknown");
        Assert.Equal(0, skipped.Code);
        Assert.StartsWith(data + "(3,15): warning CP1001: unknown indicator “地区生产总量”", skipped.Err, StringComparison.Ordinal);
        Assert.Contains("地区生产总值", skipped.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--indicator", "地区生产总量", "indicators compute: --indicator “地区生产总量”: unknown indicator: not a code, Chinese name or alias of the standard catalogue")]
    [InlineData("--indicator", "Exports", "indicators compute: --indicator Exports (出口总额): the data have no values or targets of it")]
    [InlineData("--year", "2030", "indicators compute: --year 2030: the data cover 2023–2024")]
    [InlineData("--zone", "丁", "indicators compute: --zone “丁”: no such zone in the data (the zones: 甲, 乙, 丙)")]
    public void Issue15_Compute_refuses_a_filter_the_data_cannot_satisfy_in_one_line_with_exit_code_2(string option, string value, string message)
    {
        var (code, output, error) = ToolRun.Run("compute", ZonesFile(), option, value);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(message + "\n", Lines(error));
    }

    [Fact]
    public void Issue15_Compute_a_missing_file_is_one_line_and_exit_code_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "indicators-no-such-" + Guid.NewGuid().ToString("N") + ".csv");
        var (code, output, error) = ToolRun.Run("compute", missing);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Single(Lines(error).TrimEnd('\n').Split('\n'));
        Assert.StartsWith(missing + ": error DT1001: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue15_Compute_paces_year_to_date_figures_with_month()
    {
        // 甲's GDP 2024 through June: 123.5 of 110 is 112.27% against 50% expected: 62.27 points ahead.
        var (code, output, _) = ToolRun.Run("compute", ZonesFile(), "--month", "6", "--zone", "甲", "--indicator", "GDP", "--year", "2024", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var cell = json.RootElement.GetProperty("cells")[0];
        Assert.Equal(50, cell.GetProperty("expectedPercent").GetDouble(), 9);
        Assert.Equal(123.5 / 110 * 100 - 50, cell.GetProperty("pacingGapPoints").GetDouble(), 9);
    }

    [Fact]
    public void Issue15_Phrase_writes_the_report_sentences_checked_by_hand()
    {
        var (code, output, error) = ToolRun.Run("phrase", ZonesFile());
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal("""
            zone  indicator         code                       year  sentence
            甲    地区生产总值      GDP                        2023  地区生产总值100亿元，居第2位
            甲    地区生产总值      GDP                        2024  地区生产总值123.5亿元，同比增长23.5%，超额完成12.3%，居第1位，排名上升1位
            甲    生产安全事故起数  ProductionSafetyAccidents  2023  生产安全事故起数4起，居第3位
            甲    生产安全事故起数  ProductionSafetyAccidents  2024  生产安全事故起数2起，同比下降50.0%，控制在目标以内，居第2位，排名上升1位
            乙    地区生产总值      GDP                        2023  地区生产总值200亿元，居第1位
            乙    地区生产总值      GDP                        2024  地区生产总值110亿元，同比下降45.0%，超额完成10.0%，居第2位，排名下降1位
            乙    生产安全事故起数  ProductionSafetyAccidents  2023  生产安全事故起数1起，居第1位
            乙    生产安全事故起数  ProductionSafetyAccidents  2024  生产安全事故起数0起，同比下降100.0%，居第1位，排名持平
            丙    地区生产总值      GDP                        2023  地区生产总值50亿元，居第3位
            丙    地区生产总值      GDP                        2024  地区生产总值数值缺失
            丙    生产安全事故起数  ProductionSafetyAccidents  2023  生产安全事故起数3起，居第2位
            丙    生产安全事故起数  ProductionSafetyAccidents  2024  生产安全事故起数5起，同比增长66.7%，居第3位，排名下降1位

            """, Lines(output));
    }

    [Fact]
    public void Issue15_Phrase_on_the_bundled_sample_says_what_the_figures_worked_by_hand_say()
    {
        var data = Path.Combine(ToolRun.RepositoryRoot, "docs", "examples", "data", "assessment-sample.csv");
        var (code, output, _) = ToolRun.Run("phrase", data, "--zone", "示例开发区01", "--indicator", "实际使用外资", "--year", "2024", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var sentence = json.RootElement.GetProperty("sentences")[0].GetProperty("sentence").GetString()!;
        // 9225 / 7290 − 1 = 26.54% → 26.5; 9225 / 7873 = 117.17% → 超额完成17.2%.
        Assert.StartsWith("实际使用外资9225万美元，同比增长26.5%，超额完成17.2%，居第", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue15_Phrase_words_the_change_of_a_rate_in_percentage_points()
    {
        // 研发投入强度 of 示例开发区01 in the file: 4.37% (2022), 4.74% (2023), 4.63% (2024): +0.37 and −0.11 points.
        var data = Path.Combine(ToolRun.RepositoryRoot, "docs", "examples", "data", "assessment-sample.csv");
        var (code, output, _) = ToolRun.Run("phrase", data, "--zone", "示例开发区01", "--indicator", "RdIntensity", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var sentences = json.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("sentence").GetString()!).ToArray();
        Assert.StartsWith("研发投入强度4.74%，同比提高0.4个百分点，", sentences[2], StringComparison.Ordinal);
        Assert.StartsWith("研发投入强度4.63%，同比下降0.1个百分点，", sentences[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Issue15_Phrase_writes_CSV_atomically_and_a_failed_write_is_exit_code_2()
    {
        var data = ZonesFile();
        var folder = Path.GetDirectoryName(data)!;
        var csv = Path.Combine(folder, "sentences.csv");
        Assert.Equal(0, ToolRun.Run("phrase", data, "--csv", csv).Code);
        Assert.Equal("甲,地区生产总值,GDP,2024,地区生产总值123.5亿元，同比增长23.5%，超额完成12.3%，居第1位，排名上升1位", File.ReadAllLines(csv)[2]);
        // A folder in the way: the move fails, nothing is left behind, one line on stderr.
        var blocked = Path.Combine(folder, "blocked.csv");
        Directory.CreateDirectory(blocked);
        var (code, output, error) = ToolRun.Run("phrase", data, "--csv", blocked);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("indicators phrase: " + blocked + ": cannot write the file: ", error, StringComparison.Ordinal);
        Assert.Equal(["sentences.csv", "zones.csv"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
