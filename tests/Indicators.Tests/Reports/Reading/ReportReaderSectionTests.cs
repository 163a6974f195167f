namespace Indicators.Tests.Reports.Reading;

/// <summary>Headings with a year (二、2012年工作安排) open a section of that year; data/reports/001 and 004 have them.</summary>
public class ReportReaderSectionTests
{
    // Shaped on data/reports/001 (lines "一、2011年工作总结", "2011年,全区实现地区生产总值170亿元", "二、2012年工作安排",
    // "(二)工作目标", "1、主要经济指标。实现地区生产总值210亿元,同比增长23.5%").
    private const string SummaryAndPlan =
        "一、2011年工作总结\n2011年,全区实现地区生产总值170亿元,同比增长25%。\n二、2012年工作安排\n(二)工作目标\n" +
        "1、主要经济指标。实现地区生产总值210亿元,同比增长23.5%;全年新增企业20家。\n";

    [Fact]
    public void Issue12_ReportReader_AFigureInAPlanSectionIsATargetOfTheHeadingsYear()
    {
        var document = ReportReader.Standard.Read(SummaryAndPlan);
        Assert.Equal(2011, document.ReferenceYear);
        var actual = Assert.Single(document.Facts, f => f.Value?.Value == 170);
        Assert.Equal((ReportFactKind.Actual, ReportingPeriod.Year(2011)), (actual.Kind, actual.Period));
        var target = Assert.Single(document.Facts, f => f.Value?.Value == 210);
        Assert.Equal((ReportFactKind.Target, ReportingPeriod.Year(2012)), (target.Kind, target.Period));
        // 全年 inside the plan section is the plan's year, not the report's.
        var firms = Assert.Single(document.Facts, f => f.Value?.Value == 20);
        Assert.Equal(ReportingPeriod.Year(2012), firms.Period);
    }

    [Fact]
    public void Issue12_ReportReader_ASummarySectionGivesItsYearAndKeepsActuals()
    {
        var document = ReportReader.Standard.Read("一、2022年工作开展情况\n完成固定资产投资35.5亿元,增长12%。\n");
        var fact = Assert.Single(document.Facts);
        Assert.Equal((ReportFactKind.Actual, ReportingPeriod.Year(2022)), (fact.Kind, fact.Period));
    }

    [Theory]
    [InlineData("完成固定资产投资35.5亿元,增长12%。\n")]
    [InlineData("一、各项工作完成情况\n完成固定资产投资35.5亿元,增长12%。\n")]
    [InlineData("一、2022年3月20日启动整合工作,以及一段很长的不是标题的文字,长度超过了一个标题该有的样子,完成固定资产投资35.5亿元,增长12%。\n")]
    public void Issue12_ReportReader_WithoutAYearHeadingAFigureWithoutATimeWordHasNoPeriod(string text)
    {
        var fact = Assert.Single(ReportReader.Standard.Read(text, referenceYear: null).Facts, f => f.Value?.Value == 35.5);
        Assert.Null(fact.Period);
    }
}
