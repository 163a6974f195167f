using static Indicators.Tests.Reports.Audit.AuditDocuments;

namespace Indicators.Tests.Reports.Audit;

/// <summary>Facts phrased back in standard report Chinese; each expected sentence written by hand from the fact's fields.</summary>
public class ReportFactPhrasingTests
{
    private static ReportFact Fact(string indicator) => new("f1", 0, 0, "", indicator);

    [Fact]
    public void Issue12_Phrasing_ALevelWithItsGrowthAndPeriod()
    {
        // 000_6a522123856b6a66.txt line 24: "全年完成固定资产投资35.5亿元,增长492%" in the 2013 report.
        var fact = new ReportFact("f1", 0, 0, "", "固定资产投资") { Period = ReportingPeriod.Year(2013), Value = R(35.5, 1), Unit = "亿元", Growth = R(492, 0) };
        Assert.Equal("2013年固定资产投资35.5亿元，增长492%", fact.ToString());
    }

    [Fact]
    public void Issue12_Phrasing_AnEstimateOverAYearToDateWithAQualifierAndGrowthSameTimeLastYear()
    {
        var fact = new ReportFact("f1", 0, 0, "", "规模以上工业总产值")
        {
            Kind = ReportFactKind.Estimate, Period = ReportingPeriod.YearToDate(2024, 6), Value = R(120, 0, Qualifier.AtLeast), Unit = "亿元", Growth = R(8.5, 1),
        };
        Assert.Equal("2024年1-6月规模以上工业总产值预计120亿元以上，同比增长8.5%", fact.ToString());
    }

    [Fact]
    public void Issue12_Phrasing_AMissingFactSaysSoAndNothingElse()
    {
        // 004_1a1286fd04ac96d3.txt line 5: "预计全年可完成规上工业总产值亿元,同比增长6%".
        var fact = new ReportFact("f1", 0, 0, "", "规上工业总产值") { Kind = ReportFactKind.Estimate, IsMissing = true, Growth = R(6, 0) };
        Assert.Equal("规上工业总产值（数据缺失）", fact.ToString());
    }

    [Fact]
    public void Issue12_Phrasing_TargetsWithTheirWording()
    {
        // domain.md: "确保完成房屋拆迁面积20万平方米,力争完成25万平方米"; 001 line 102: "实现地区生产总值210亿元,同比增长23.5%".
        var ensure = new ReportFact("f1", 0, 0, "", "房屋拆迁面积") { Kind = ReportFactKind.Target, Modality = TargetModality.Ensure, Value = R(20, 0), Unit = "万平方米" };
        var strive = new ReportFact("f2", 0, 0, "", "房屋拆迁面积") { Kind = ReportFactKind.Target, Modality = TargetModality.Strive, Value = R(25, 0), Unit = "万平方米" };
        var plain = new ReportFact("f3", 0, 0, "", "地区生产总值")
        {
            Kind = ReportFactKind.Target, Period = ReportingPeriod.Year(2012), Value = R(210, 0), Unit = "亿元", Growth = R(23.5, 1),
        };
        Assert.Equal("房屋拆迁面积确保20万平方米", ensure.ToString());
        Assert.Equal("房屋拆迁面积力争25万平方米", strive.ToString());
        Assert.Equal("2012年地区生产总值计划完成210亿元，增长23.5%", plain.ToString());
    }

    [Fact]
    public void Issue12_Phrasing_ShareCompletionOverfulfilmentAndPoints()
    {
        var share = new ReportFact("f1", 0, 0, "", "研发费用") { Value = R(1000, 0), Unit = "万元", Share = R(20, 0), ShareOf = "产品销售收入" };
        Assert.Equal("研发费用1000万元，占产品销售收入的20%", share.ToString());
        var completion = new ReportFact("f1", 0, 0, "", "地区生产总值") { Value = R(183.56, 2), Unit = "亿元", Completion = R(91.8, 1) };
        Assert.Equal("地区生产总值183.56亿元，完成年度目标的91.8%", completion.ToString());
        var over = new ReportFact("f1", 0, 0, "", "销售收入") { Value = R(5000, 0), Unit = "万元", Overfulfilment = R(67, 0) };
        Assert.Equal("销售收入5000万元，超额完成67%", over.ToString());
        var up = new ReportFact("f1", 0, 0, "", "研发投入强度") { Value = R(3.1, 1), Unit = "%", PercentagePoints = R(2.6, 1) };
        Assert.Equal("研发投入强度3.1%，提高2.6个百分点", up.ToString());
        var down = new ReportFact("f1", 0, 0, "", "研发投入强度") { Value = R(18.2, 1), Unit = "%", PercentagePoints = R(-2.6, 1) };
        Assert.Equal("研发投入强度18.2%，下降2.6个百分点", down.ToString());
    }

    [Fact]
    public void Issue12_Phrasing_ADeclineIsWrittenWithAPositiveNumber()
    {
        var fact = new ReportFact("f1", 0, 0, "", "万元工业增加值综合能耗") { Growth = R(-3.7, 1) };
        Assert.Equal("万元工业增加值综合能耗下降3.7%", fact.ToString());
        var about = new ReportFact("f1", 0, 0, "", "工业用电量") { Period = ReportingPeriod.HalfYear(2024, 1), Growth = R(-3.7, 1, Qualifier.About) };
        Assert.Equal("2024年上半年工业用电量同比下降约3.7%", about.ToString());
    }

    [Fact]
    public void Issue12_Phrasing_RanksAndRankChanges()
    {
        // 001 line 50: "累计达76家,居全市第四位"; domain.md: "排名上升25位".
        var rank = new ReportFact("f1", 0, 0, "", "高新技术企业") { Kind = ReportFactKind.Cumulative, Value = N(76), Unit = "家", Rank = 4 };
        Assert.Equal("高新技术企业累计达76家，居第4位", rank.ToString());
        Assert.Equal("综合考核排名上升25位", (new ReportFact("f1", 0, 0, "", "综合考核") { RankChange = 25 }).ToString());
        Assert.Equal("综合考核排名下降3位", (new ReportFact("f1", 0, 0, "", "综合考核") { RankChange = -3 }).ToString());
        Assert.Equal("综合考核排名持平", (new ReportFact("f1", 0, 0, "", "综合考核") { RankChange = 0 }).ToString());
    }

    [Fact]
    public void Issue12_Phrasing_QualifiersStandWhereReportsPutThem()
    {
        static string Level(StatedFigure value) => (new ReportFact("f1", 0, 0, "", "技工贸总收入") { Value = value, Unit = "亿元" }).ToString();
        Assert.Equal("技工贸总收入近10亿元", Level(R(10, 0, Qualifier.Nearly)));
        Assert.Equal("技工贸总收入170余亿元", Level(R(170, 0, Qualifier.Over)));
        Assert.Equal("技工贸总收入约20亿元", Level(R(20, 0, Qualifier.About)));
        Assert.Equal("技工贸总收入突破100亿元", Level(R(100, 0, Qualifier.Breakthrough)));
        Assert.Equal("技工贸总收入不到10亿元", Level(R(10, 0, Qualifier.LessThan)));
        Assert.Equal("技工贸总收入8.0亿元以上", Level(R(8, 1, Qualifier.AtLeast)));
        var growth = new ReportFact("f1", 0, 0, "", "地区生产总值") { Kind = ReportFactKind.Target, Modality = TargetModality.Ensure, Growth = R(8, 0, Qualifier.AtLeast) };
        Assert.Equal("地区生产总值确保增长8%以上", growth.ToString());
    }

    [Fact]
    public void Issue12_Phrasing_APartSaysOfWhichWhole()
    {
        var whole = new ReportFact("f1", 0, 0, "", "新引进项目") { Period = ReportingPeriod.Year(2021), Value = N(20), Unit = "个" };
        var part = new ReportFact("f2", 0, 0, "", "亿元以上项目") { Period = ReportingPeriod.Year(2021), Value = N(5), Unit = "个", Parent = whole };
        Assert.Equal("其中亿元以上项目5个", part.ToString());
        Assert.Equal("新引进项目", Fact("新引进项目").ToString());
    }
}
