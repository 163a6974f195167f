using System.Text;

namespace Indicators.Data.Tests;

/// <summary>Broken files: each problem a diagnostic at the exact file, line and column (counted by hand in the text),
/// all of a file's problems at once, never an exception.</summary>
public class DataDiagnosticTests
{
    private static Outcome<Indicators.Rules.ZoneData> Parse(string text) => DataLoader.Parse(text, "data.csv");

    [Fact]
    public void Issue13_An_unreadable_number_points_at_the_character()
    {
        // "A区,2024,GDP," is 12 characters: the value starts in column 13, its 'x' is column 15.
        var outcome = Parse("zone,year,indicator,value\nA区,2024,GDP,12x.5\n");
        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("DT2002", "data.csv", 2, 15, "value"), (diagnostic.Code, diagnostic.SourceName, diagnostic.Line, diagnostic.Column, diagnostic.Field));
        Assert.Contains("'x'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("“x”", diagnostic.ChineseMessage, StringComparison.Ordinal);
        Assert.Equal("A区,2024,GDP,12x.5\n               ^", diagnostic.Excerpt);
    }

    [Fact]
    public void Issue13_An_unknown_column_is_reported_at_its_heading()
    {
        // "zone,year,indicator,value," is 26 characters: colour starts in column 27.
        var outcome = Parse("zone,year,indicator,value,colour\nA区,2024,GDP,1\n");
        Assert.Equal(["data.csv(1,27): DT1004"], DataFiles.Places(outcome));
        Assert.Equal("colour", outcome.Diagnostics[0].Field);
    }

    [Fact]
    public void Issue13_A_value_given_twice_names_both_places()
    {
        var outcome = Parse("zone,year,indicator,value\nA区,2024,GDP,1\nA区,2024,GDP,2\n");
        Assert.Equal(["data.csv(3,13): DT3001"], DataFiles.Places(outcome));
        Assert.Contains("data.csv(2,13)", outcome.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_The_same_value_again_is_no_error()
    {
        // A table of zones and a long file that agree: nothing to report, nothing given twice to the data.
        var outcome = Parse("zone,year,indicator,value,unit\nA区,2024,GDP,1,亿元\nA区,2024,GDP,1,亿元\n");
        Assert.True(outcome.Success, outcome.ToString());
        Assert.Equal(new Indicators.Rules.DataSource("data.csv", 2, 13), outcome.Value.GetSource("A区", "GDP", 2024));
    }

    [Fact]
    public void Issue13_A_value_given_twice_in_two_files_names_the_first_file()
    {
        var first = DataFiles.Temp(Encoding.UTF8.GetBytes("zone,year,indicator,value\nA区,2024,GDP,1\n"), "a.csv");
        var second = DataFiles.Temp(Encoding.UTF8.GetBytes("zone,year,indicator,value\nA区,2024,GDP,1.5\n"), "b.csv");
        var outcome = DataLoader.Load([first, second]);
        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal((second, 2, 13, "DT3001"), (diagnostic.SourceName, diagnostic.Line, diagnostic.Column, diagnostic.Code));
        Assert.Contains(first + "(2,13)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_A_header_the_loader_does_not_know_is_reported_at_line_1()
    {
        var outcome = Parse("a,b,c\n1,2,3\n");
        Assert.Equal(["data.csv(1,1): DT1003"], DataFiles.Places(outcome));
        Assert.Contains("a | b | c", outcome.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_A_quote_never_closed_is_reported_at_the_opening_quote()
    {
        // "A区,2024," is 8 characters: the quote is column 9 of line 2.
        var outcome = Parse("zone,year,indicator,value\nA区,2024,\"GDP,1\nB区,2024,GDP,2\n");
        Assert.Contains("data.csv(2,9): DT1006", DataFiles.Places(outcome));
        Assert.True(outcome.HasErrors);
    }

    [Fact]
    public void Issue13_All_problems_of_a_file_come_at_once_and_the_good_rows_load()
    {
        // Columns: "A区," is 3 characters (the year is column 4); "C区,2024,GDP,4," is 14 (the extra cell is column 15).
        var outcome = Parse("""
            zone,year,indicator,value
            A区,24,GDP,1
            B区,2024,GDP,2
            ,2024,GDP,3
            C区,2024,GDP,4,5
            D区,2024,GDP,1e999
            """);
        Assert.Equal(["data.csv(2,4): DT2003", "data.csv(4,1): DT2001", "data.csv(5,15): DT2004", "data.csv(6,13): DT2002"], DataFiles.Places(outcome));
        Assert.False(outcome.Success);
        Assert.Equal(2, outcome.Value!.GetValue("B区", "GDP", 2024));
        Assert.Null(outcome.Value.GetValue("C区", "GDP", 2024));
    }

    [Fact]
    public void Issue13_A_declared_kind_needs_its_columns_and_a_bad_directive_is_reported()
    {
        var missing = Parse("# @kind: events\nzone,year,item\nA区,2024,x\n");
        Assert.Equal(["data.csv(2,1): DT1010"], DataFiles.Places(missing));
        // "# " is two characters: the directive's @ is column 3.
        var unknown = Parse("# @kind: nonsense\nzone,year,indicator,value\nA区,2024,GDP,1\n");
        Assert.Equal(["data.csv(1,3): DT1007"], DataFiles.Places(unknown));
        Assert.Equal(1, unknown.Value!.GetValue("A区", "GDP", 2024));
    }

    [Fact]
    public void Issue13_Events_need_a_whole_count_and_records_a_key()
    {
        var events = Parse("zone,year,item,count\nA区,2024,督察,1.5\nA区,2024,督察,-1\n");
        // "A区,2024,督察," is 11 characters: the count is column 12.
        Assert.Equal(["data.csv(2,12): DT2006", "data.csv(3,12): DT2006"], DataFiles.Places(events));
        var records = Parse("zone,year,企业,营业收入(万元)\nA区,2024,,5\nA区,2024,甲,五\n");
        // "A区,2024," is 8 characters: the empty key is column 9; "A区,2024,甲," is 10: 五 is column 11.
        Assert.Equal(["data.csv(2,9): DT2001", "data.csv(3,11): DT2002"], DataFiles.Places(records));
    }

    [Fact]
    public void Issue13_A_statistical_table_without_zone_or_year_says_how_to_give_them()
    {
        var outcome = DataLoader.Parse("指标,单位,累计\nGDP,亿元,1\n", "report.csv");
        Assert.Equal(["report.csv(1,1): DT1008"], DataFiles.Places(outcome));
        Assert.Contains("@zone", outcome.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_A_value_whose_unit_contradicts_the_unit_column_is_reported()
    {
        var outcome = Parse("zone,year,indicator,value,unit\nA区,2024,GDP,68亿元,万元\n");
        Assert.Equal(["data.csv(2,13): DT2005"], DataFiles.Places(outcome));
    }

    [Fact]
    public void Issue13_A_conflicting_attribute_names_both_values()
    {
        var outcome = Parse("zone,attribute,value\nA区,地区,东部\nA区,地区,西部\n");
        Assert.Equal(["data.csv(3,7): DT3002"], DataFiles.Places(outcome));
        Assert.Contains("东部", outcome.Diagnostics[0].ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Files_that_cannot_be_read_are_diagnostics_too()
    {
        var missing = Path.Combine(Path.GetTempPath(), "indicators-data-tests-none", "absent.csv");
        var garbage = DataFiles.Temp([0x7A, 0x6F, 0x6E, 0x65, 0x0A, 0xFF, 0xFF, 0xFF], "bad.csv");
        var empty = DataFiles.Temp([], "empty.csv");
        var outcome = DataLoader.Load([missing, garbage, empty]);
        Assert.Equal([$"{missing}(0,0): DT1001", $"{garbage}(0,0): DT1001", $"{empty}(1,1): DT1002"], DataFiles.Places(outcome));
    }

    [Fact]
    public void Issue13_Gb18030_and_utf8_with_a_byte_order_mark_read_the_same()
    {
        const string text = "zone,year,indicator,value\n示例开发区,2024,地区生产总值,12.5\n";
        var gb = DataFiles.Temp(DataFiles.Gb18030.GetBytes(text), "gb.csv");
        var bom = DataFiles.Temp([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)], "bom.csv");
        // "示例开发区,2024,地区生产总值," is 18 characters: the value is column 19 (the mark is not a character of the text).
        foreach (var path in new[] { gb, bom })
        {
            var outcome = DataLoader.Load([path]);
            Assert.True(outcome.Success, outcome.ToString());
            Assert.Equal(12.5, outcome.Value.GetValue("示例开发区", "地区生产总值", 2024));
            Assert.Equal(new Indicators.Rules.DataSource(path, 2, 19), outcome.Value.GetSource("示例开发区", "地区生产总值", 2024));
        }
    }
}
