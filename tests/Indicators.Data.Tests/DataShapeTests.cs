using Indicators.Rules;

namespace Indicators.Data.Tests;

/// <summary>Each shape of data file, read from good text: what lands in the ZoneData, checked against the text by hand.</summary>
public class DataShapeTests
{
    private static ZoneData Load(string text, string name = "data.csv")
    {
        var outcome = DataLoader.Parse(text, name);
        Assert.True(outcome.Success, outcome.ToString(ExplanationLanguage.English));
        Assert.Empty(outcome.Diagnostics);
        return outcome.Value;
    }

    [Fact]
    public void Issue13_Observations_load_values_units_and_an_empty_cell_as_missing()
    {
        var data = Load("""
            # a comment line, "with an odd quote
            zone,year,indicator,value,unit
            A区,2023,GDP,512.4,亿元
            A区,2024,GDP,,亿元
            B区,2024,GDP,"1,234.5",亿元
            B区,2024,出口额,68.46亿元,
            """);
        Assert.Equal(512.4, data.GetValue("A区", "GDP", 2023));
        Assert.True(data.IsGiven("A区", "GDP", 2024));
        Assert.Null(data.GetValue("A区", "GDP", 2024));
        Assert.Equal(1234.5, data.GetValue("B区", "GDP", 2024));
        Assert.Equal("亿元", data.GetUnit("A区", "GDP", 2023));
        Assert.Equal(68.46, data.GetValue("B区", "出口额", 2024));
        Assert.Equal("亿元", data.GetUnit("B区", "出口额", 2024));
        // The place of a value is its cell: line 3 (after the comment and the header), column 13.
        Assert.Equal(new DataSource("data.csv", 3, 13), data.GetSource("A区", "GDP", 2023));
    }

    [Fact]
    public void Issue13_Observations_accept_the_assessment_sample_shape_with_group_target_and_stretch()
    {
        var data = Load("""
            zone,group,year,indicator,value,target,stretch
            示例开发区01,中片,2022,Exports,96.9,103.5,
            示例开发区01,中片,2023,Exports,95.7,102.7,110
            """);
        Assert.Equal("中片", data.GetAttribute("示例开发区01", "group"));
        Assert.Equal(95.7, data.GetValue("示例开发区01", "Exports", 2023));
        var target = Assert.Single(data.Targets, t => t.Year == 2023);
        Assert.Equal((102.7, 110.0), (target.Target!.Value, target.Stretch!.Value));
        Assert.Null(Assert.Single(data.Targets, t => t.Year == 2022).Stretch);
    }

    [Fact]
    public void Issue13_IndicatorTable_reads_the_tongji_yuebao_shape_with_zone_and_period_from_the_title()
    {
        var data = Load("""
            示例开发区01 2024年1-11月主要经济指标
            指标,单位,本月,1-11月累计,同比增长%,年度目标,完成进度%
            地区生产总值,亿元,52.1,498.6,6.8,560,89.0
              其中：高新技术产业产值,亿元,71.2,760.4,12.5,,
            实际使用外资,亿美元,0.12,1.74,—,2.0,87.0
            """);
        Assert.Equal(["示例开发区01"], data.Zones);
        Assert.Equal([2024], data.Years);
        Assert.Equal(498.6, data.GetValue("示例开发区01", "地区生产总值", 2024));
        Assert.Equal(52.1, data.GetValue("示例开发区01", "地区生产总值本月", 2024));
        Assert.Equal(6.8, data.GetValue("示例开发区01", "地区生产总值增速", 2024));
        Assert.Equal("%", data.GetUnit("示例开发区01", "地区生产总值增速", 2024));
        Assert.Equal(760.4, data.GetValue("示例开发区01", "高新技术产业产值", 2024));
        // "—" is the table's mark for no figure: missing, not zero.
        Assert.True(data.IsGiven("示例开发区01", "实际使用外资增速", 2024));
        Assert.Null(data.GetValue("示例开发区01", "实际使用外资增速", 2024));
        Assert.Equal(560, Assert.Single(data.Targets, t => t.Indicator == "地区生产总值").Target);
        Assert.Null(Assert.Single(data.Targets, t => t.Indicator == "高新技术产业产值").Target);
    }

    [Fact]
    public void Issue13_IndicatorTable_takes_zone_and_period_from_the_file_name_or_a_directive()
    {
        var byName = Load("指标,单位,1-6月累计\nGDP,亿元,250\n", "示例开发区02_2023年1-6月.csv");
        Assert.Equal(250, byName.GetValue("示例开发区02", "GDP", 2023));
        var byDirective = Load("# @zone: 丙区\n# @period: 2022年\n指标,单位,累计\nGDP,亿元,99\n", "report.csv");
        Assert.Equal(99, byDirective.GetValue("丙区", "GDP", 2022));
    }

    [Fact]
    public void Issue13_ZoneTable_reads_indicators_with_units_in_headings_and_attribute_columns()
    {
        var data = Load("""
            zone,year,地区,类型,地区生产总值(亿元),出口额（万美元）
            甲区,2024,东部,综合,548.9,182000
            乙区,2024,中部,高新,,95000
            """);
        Assert.Equal("东部", data.GetAttribute("甲区", "地区"));
        Assert.Equal("高新", data.GetAttribute("乙区", "类型"));
        Assert.Equal(548.9, data.GetValue("甲区", "地区生产总值", 2024));
        Assert.Equal("亿元", data.GetUnit("甲区", "地区生产总值", 2024));
        Assert.Equal("万美元", data.GetUnit("乙区", "出口额", 2024));
        Assert.Null(data.GetValue("乙区", "地区生产总值", 2024));
    }

    [Fact]
    public void Issue13_ZoneTable_without_a_year_is_a_table_of_attributes()
    {
        var data = Load("zone,地区,类型,批次\n甲区,东部,综合,第一批\n");
        Assert.Equal("第一批", data.GetAttribute("甲区", "批次"));
        Assert.Empty(data.Indicators);
    }

    [Fact]
    public void Issue13_Targets_attributes_events_vetoes_and_records_load()
    {
        var targets = Load("zone,year,indicator,target,stretch,baseline,unit\n甲区,2024,GDP,560,575,512.4,亿元\n");
        Assert.Equal(new DataTarget("甲区", "GDP", 2024, 560, 575, 512.4, "亿元", new DataSource("data.csv", 2, 13)), Assert.Single(targets.Targets));

        var attributes = Load("zone,attribute,value\n甲区,地区,东部\n甲区,类型,综合\n");
        Assert.Equal("综合", attributes.GetAttribute("甲区", "类型"));

        var events = Load("zone,year,item,count\n甲区,2024,督察问题,1\n甲区,2024,督察问题,2\n");
        Assert.Equal(3, Assert.Single(events.Events).Count);

        var vetoes = Load("zone,year,item,reason\n甲区,2024,重大事故,\"事故1起, 较大\"\n");
        Assert.Equal("事故1起, 较大", Assert.Single(vetoes.Vetoes).Reason);

        var records = Load("zone,year,企业,营业收入(万元),出口额(万美元),行业\n甲区,2024,示例电子,352000,,制造业\n");
        var record = Assert.Single(records.Records);
        Assert.Equal(("甲区", 2024, "企业", "示例电子"), (record.Zone, record.Year, record.Set, record.Record.Key));
        Assert.Equal(352000, record.Record.Values["营业收入"]);
        Assert.False(record.Record.Values.ContainsKey("出口额"));
        Assert.Equal("制造业", record.Record.Texts["行业"]);

        var generic = Load("zone,year,set,key,营业收入(万元)\n甲区,2024,项目,P1,10\n");
        Assert.Equal(("项目", "P1"), (Assert.Single(generic.Records).Set, generic.Records[0].Record.Key));
    }

    [Fact]
    public void Issue13_A_directive_says_the_kind_when_the_header_does_not()
    {
        // zone,year,公司,… is not a set word the loader knows: the directive makes it records.
        var data = Load("# @kind: records\nzone,year,公司,营业收入(万元)\n甲区,2024,示例公司,5\n");
        Assert.Equal("公司", Assert.Single(data.Records).Set);
    }
}
