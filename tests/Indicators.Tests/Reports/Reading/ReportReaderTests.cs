using System.Globalization;

namespace Indicators.Tests.Reports.Reading;

// Worked examples: sentences quoted from data/reports/*.txt (file named in each test), and, for what no seed contains
// (traditional script, full-width forms, 个百分点, 两年平均, 分居, 翻番…), sentences written in the seeds' style and marked
// "realistic". Every expected value was read off the sentence by hand.
public class ReportReaderTests
{
    internal static IReadOnlyList<ReportFact> Facts(string text, int? year = null) => ReportReader.Standard.Read(text, year).Facts;

    /// <summary>A fact in one line: indicator, code, kind, then only what it states.</summary>
    internal static string Describe(ReportFact f)
    {
        var parts = new List<string> { f.Indicator, f.Code ?? "-", f.Kind.ToString() };
        if (f.Modality != TargetModality.None)
        {
            parts.Add(f.Modality.ToString());
        }
        if (f.IsMissing)
        {
            parts.Add("missing");
        }
        if (f.Value is { } v)
        {
            parts.Add("v=" + v.Written + f.Unit);
        }
        if (f.Growth is { } g)
        {
            parts.Add("g=" + g.Written + (f.GrowthIsTwoYearAverage ? "(2y)" : ""));
        }
        if (f.PercentagePoints is { } pp)
        {
            parts.Add("pp=" + pp.Written);
        }
        if (f.Share is { } share)
        {
            parts.Add("share=" + share.Written + "/" + f.ShareOf);
        }
        if (f.Completion is { } c)
        {
            parts.Add("completion=" + c.Written);
        }
        if (f.Overfulfilment is { } o)
        {
            parts.Add("over=" + o.Written);
        }
        if (f.Multiple is { } m)
        {
            parts.Add("x" + m.Written + (f.MultipleIsGrowth ? "(growth)" : ""));
        }
        if (f.Rank is { } r)
        {
            parts.Add("rank=" + r.ToString(CultureInfo.InvariantCulture));
        }
        if (f.RankChange is { } rc)
        {
            parts.Add("rankChange=" + rc.ToString(CultureInfo.InvariantCulture));
        }
        if (f.AheadOfSchedule is { } a)
        {
            parts.Add(a ? "ahead" : "behind");
        }
        return string.Join(" ", parts);
    }

    private static string[] Describe(string text, int? year = null) => Facts(text, year).Select(Describe).ToArray();

    [Fact]
    public void Issue12_ReportReader_ReadsTheRunTogetherTrapAsTwoFacts()
    {
        // data/reports/000_6a522123856b6a66.txt, line 27: the 67% belongs to 销售收入; 研发费用投入 1000万元 is a new fact.
        const string text = "全年完成固定资产投资35.5亿元,增长492%,完成销售收入5000万元,超额完成67%研发费用投入1000万元,占产品销售收入20%;完成财政收入1020万元";
        var facts = Facts(text, 2013);
        Assert.Equal(
            [
                "固定资产投资 FixedAssetInvestment Actual v=35.5亿元 g=492",
                "销售收入 - Actual v=5000万元 over=67",
                "研发费用投入 RdExpenditure Actual v=1000万元 share=20/产品销售收入",
                "财政收入 - Actual v=1020万元",
            ],
            facts.Select(Describe));
        Assert.Equal("销售收入5000万元,超额完成67%", facts[1].Text);
        Assert.Equal("研发费用投入1000万元,占产品销售收入20%", facts[2].Text);
        // 全年 with the reference year; the clause after ; still belongs to the sentence of 全年.
        Assert.All(facts, f => Assert.Equal(ReportingPeriod.Year(2013), f.Period));
        Assert.Equal(35.5, facts[0].Value!.Value.Value);
        Assert.Equal(1, facts[0].Value!.Value.Decimals);
    }

    [Fact]
    public void Issue12_ReportReader_BlanksAreMissingFactsNeverNumbers()
    {
        // data/reports/002_210ef8c315323606.txt, line 21: the template's figures were never filled in.
        const string text = "据统计，全年完成财政收入亿元，同比增长%；工业总产值亿元，同比增长%；招商引资到位资金亿元，同比增长%；外贸进出口130万美元，同比增长%。";
        var facts = Facts(text, 2024);
        Assert.Equal(
            [
                "财政收入 - Actual missing",
                "工业总产值 TotalIndustrialOutput Actual missing",
                "招商引资到位资金 InvestmentAttracted Actual missing",
                "外贸进出口 ImportsExports Actual missing v=130万美元",
            ],
            facts.Select(Describe));
        // A blank level has no value; a written level beside a blank growth keeps its value, and the fact is missing its growth.
        Assert.All(facts.Take(3), f => Assert.Null(f.Value));
        Assert.Null(facts[3].Growth);
        Assert.Equal("财政收入亿元，同比增长%", facts[0].Text);
        Assert.Equal("外贸进出口130万美元，同比增长%", facts[3].Text);
        Assert.All(facts, f => Assert.Equal(ReportingPeriod.Year(2024), f.Period));
    }

    [Fact]
    public void Issue12_ReportReader_AnEstimateWithABlankLevelKeepsItsGrowth()
    {
        // data/reports/004_1a1286fd04ac96d3.txt, line 9 (泾县经济开发区, no reference year in the text).
        const string text = "预计全年可完成规上工业总产值亿元,同比增长6%;完成规上工业增加值亿元,同比增长6%;高新技术产值亿元,同比增长%;完成固定资产投资亿元;税收亿元。";
        Assert.Equal(
            [
                "规上工业总产值 IndustrialOutput Estimate missing g=6",
                "规上工业增加值 IndustrialValueAdded Estimate missing g=6",
                "高新技术产值 - Estimate missing",
                "固定资产投资 FixedAssetInvestment Estimate missing",
                "税收 - Estimate missing",
            ],
            Describe(text));
        // 全年 with no reference year: the period is unresolved.
        Assert.All(Facts(text), f => Assert.Null(f.Period));
        Assert.All(Facts(text, 2021), f => Assert.Equal(ReportingPeriod.Year(2021), f.Period));
    }

    [Fact]
    public void Issue12_ReportReader_RedactionsAreMissing()
    {
        // Realistic: a template's redactions in place of the figures.
        Assert.Equal(
            ["地区生产总值 GDP Actual missing", "财政收入 - Actual missing", "工业总产值 TotalIndustrialOutput Actual missing v=12亿元"],
            Describe("实现地区生产总值XX亿元，财政收入**万元。工业总产值12亿元，同比增长x%。"));
        // 20XX年 is a year left out, not a figure; 党的XX大 is no figure either.
        Assert.Empty(Facts("20XX年，深入学习党的XX大精神。"));
    }

    [Fact]
    public void Issue12_ReportReader_ReadsGrowthInItsWordings()
    {
        // data/reports/001_c81c4cc377fa0bf5.txt, line 29.
        Assert.Equal(
            ["地区生产总值 GDP Actual v=170亿元 g=25", "技工贸总收入 - Actual v=850亿元 g=32"],
            Describe("2011年,全区实现地区生产总值170亿元,同比增长25%;实现技工贸总收入850亿元,同比增长32%"));
        Assert.Equal(ReportingPeriod.Year(2011), Facts("2011年,全区实现地区生产总值170亿元,同比增长25%")[0].Period);
        // 001, line 83: a fall is a negative growth.
        Assert.Equal(["万元工业增加值综合能耗 EnergyPerIndustrialValueAdded Actual g=-10"], Describe("万元工业增加值综合能耗同比下降10%"));
        // Realistic: the other wordings of a growth.
        Assert.Equal(["地区生产总值 GDP Actual v=35.5亿元 g=7.5"], Describe("地区生产总值35.5亿元，比上年增长7.5%。"));
        Assert.Equal(["税收 - Actual g=6"], Describe("税收比增6%。"));
        Assert.Equal(["工业投资 IndustrialInvestment Actual g=8"], Describe("工业投资增幅为8%。"));
        Assert.Equal(["外贸出口 Exports Actual g=5"], Describe("外贸出口增长了5%。"));
        Assert.Equal(["进口 - Actual g=-3"], Describe("进口负增长3%。"));
        Assert.Equal(["社会消费品零售总额 RetailSales Actual g=4.5(2y)"], Describe("社会消费品零售总额两年平均增长4.5%。"));
        // A growth column whose % sign is missing.
        Assert.Equal(["工业总产值 TotalIndustrialOutput Actual v=120亿元 g=8.2"], Describe("工业总产值120亿元，同比增长8.2。"));
    }

    [Fact]
    public void Issue12_ReportReader_ReadsQualifiersBeforeAndAfterTheNumber()
    {
        // data/reports/001_c81c4cc377fa0bf5.txt, lines 47 and 37.
        Assert.Equal(["创业企业 - Actual v=近200家", "销售收入 - Actual v=超过500万元"], Describe("新引进创业企业近200家;新增销售收入超500万元的企业27家").Take(2));
        Assert.Equal(["营业收入 OperatingRevenue Actual v=突破19亿元 g=99"], Describe("营业收入突破19亿元,同比增长99%"));
        Assert.Equal(["总投资 - Actual v=约30亿元"], Describe("总投资约30亿元"));
        Assert.Equal(Qualifier.Over, Facts("已形成由20余家企业组成的上市培育梯队")[0].Value!.Value.Qualifier);
        // Realistic: the words after a number and the rest of the words before it.
        Assert.Equal(["地区生产总值 GDP Actual g=8以上"], Describe("地区生产总值增长8%以上。"));
        Assert.Equal(["财政收入 - Actual g=约10"], Describe("财政收入增长10%左右。"));
        Assert.Equal(["工业用地 - Actual v=不到10亩"], Describe("工业用地不到10亩。"));
        Assert.Equal(Qualifier.AtLeast, Facts("固定资产投资不少于50亿元。")[0].Value!.Value.Qualifier);
        Assert.Equal(Qualifier.About, Facts("财政收入增长10%左右。")[0].Growth!.Value.Qualifier);
    }

    [Fact]
    public void Issue12_ReportReader_ReadsTargetsWithTheirModality()
    {
        // data/reports/001_c81c4cc377fa0bf5.txt, line 133.
        Assert.Equal(
            ["房屋拆迁面积 DemolitionArea Target Ensure v=20万平方米", "房屋拆迁面积 DemolitionArea Target Strive v=25万平方米"],
            Describe("确保完成房屋拆迁面积20万平方米,力争完成25万平方米;"));
        // Realistic: three tiers of one growth target.
        Assert.Equal(
            ["地区生产总值 GDP Target Strive g=12", "地区生产总值 GDP Target Ensure g=10", "地区生产总值 GDP Target Sprint g=15"],
            Describe("力争全年地区生产总值增长12%，确保10%，冲刺15%。"));
    }

    [Fact]
    public void Issue12_ReportReader_ReadsYearToDateAndCumulativeKinds()
    {
        // Realistic: a 1-9月 total.
        var ytd = Facts("1-9月，完成规上工业总产值120.5亿元，同比增长8.2%。", 2013);
        Assert.Equal(["规上工业总产值 IndustrialOutput YearToDate v=120.5亿元 g=8.2"], ytd.Select(Describe));
        Assert.Equal(ReportingPeriod.YearToDate(2013, 9), ytd[0].Period);
        // data/reports/001_c81c4cc377fa0bf5.txt, line 43: a flow, then the stock with 累计, then its rank.
        Assert.Equal(
            ["新认定高新技术企业 NewHighTechEnterprises Actual v=14家", "新认定高新技术企业 NewHighTechEnterprises Cumulative v=76家 rank=4"],
            Describe("新认定高新技术企业14家,累计达76家,居全市第四位。"));
    }

    [Fact]
    public void Issue12_ReportReader_ReadsSharesCompletionAndPacing()
    {
        // data/reports/000_6a522123856b6a66.txt, line 39.
        Assert.Equal(["研发人员 RdPersonnel Actual share=70/企业职工总数"], Describe("研发人员占企业职工总数的70%"));
        // data/reports/001_c81c4cc377fa0bf5.txt, line 43: a fraction in words is a share in percent.
        var third = Facts("申报各类科技计划项目328项,其中国家级55项,2个项目列入国家重点新产品计划,占全市立项总数的三分之一。")[^1];
        Assert.Equal(100.0 / 3, third.Share!.Value.Value, 12);
        Assert.Equal("全市立项总数", third.ShareOf);
        // Realistic: completion, a share by 比重, pacing.
        Assert.Equal(["规上工业总产值 IndustrialOutput Actual completion=91.78 ahead"], Describe("规上工业总产值完成年度目标的91.78%，时间过半、任务过半。"));
        Assert.Equal(["工业投资 IndustrialInvestment Actual completion=85 ahead"], Describe("工业投资占年计划的85%，快于序时进度。"));
        Assert.Equal(["服务业增加值 TertiaryIndustry Actual share=45.2/GDP"], Describe("服务业增加值占GDP比重达45.2%。"));
    }

    [Fact]
    public void Issue12_ReportReader_ReadsPercentagePointsRanksAndMultiples()
    {
        // Realistic: points up and down, 个千分点 in percentage points.
        Assert.Equal(["财政收入 - Actual v=10亿元 g=12.5 pp=2.6"], Describe("财政收入10亿元，增长12.5%，增速比全省高2.6个百分点。"));
        Assert.Equal(["城镇登记失业率 - Actual pp=-1.2"], Describe("城镇登记失业率比上年回落1.2个百分点。"));
        Assert.Equal(["研发投入强度 RdIntensity Actual pp=0.3"], Describe("研发投入强度提高3个千分点。"));
        // data/reports/004_1a1286fd04ac96d3.txt, line 9.
        Assert.Equal(["泾县经济开发区 - Actual rankChange=25"], Describe("在2019年度省级以上开发区综合考核中,泾县经济开发区排名上升25位,取得历史最好水平。"));
        // Realistic: ranks distributed by 分居; multiples.
        Assert.Equal(["GDP GDP Actual rank=4", "财政收入 - Actual rank=3"], Describe("GDP和财政收入分居全市第4、第3位。"));
        Assert.Equal(["地区生产总值 GDP Actual x1.79(growth)"], Describe("地区生产总值增长1.79倍。"));
        Assert.Equal(["工业总产值 TotalIndustrialOutput Actual x2"], Describe("工业总产值五年翻番。"));
    }

    [Fact]
    public void Issue12_ReportReader_DistributesFenbieListsAndKeepsQizhongParts()
    {
        // data/reports/001_c81c4cc377fa0bf5.txt, line 45.
        Assert.Equal(["研发园一期 - Actual v=92%", "二期入驻率 - Actual v=74%"], Describe("研发园一期、二期入驻率分别达到92%和74%。"));
        // Realistic (the brief's example).
        Assert.Equal(["工业总产值 TotalIndustrialOutput Actual g=12", "税收 - Actual g=8"], Describe("工业总产值和税收分别增长12%和8%。"));
        // data/reports/001_c81c4cc377fa0bf5.txt, line 35: 其中 parts keep their whole.
        var facts = Facts("全区亿元以上企业达75家,其中10亿元以上7家、50亿元以上3家、100亿元以上1家。");
        Assert.Equal(["企业 - Actual v=75家", "10亿元以上 - Actual v=7家", "50亿元以上 - Actual v=3家", "100亿元以上 - Actual v=1家"], facts.Select(Describe));
        Assert.Null(facts[0].Parent);
        Assert.All(facts.Skip(1), f => Assert.Same(facts[0], f.Parent));
    }

    [Fact]
    public void Issue12_ReportReader_ReadsNumeralsAndUnits()
    {
        // Realistic: Chinese numerals, 万吨, 万方, 两位数, 百亿级.
        Assert.Equal(
            ["规上企业 - Actual v=2家", "出口 - Actual v=1.2万吨", "土方 - Actual v=30万方"],
            Describe("新增规上企业两家，出口1.2万吨，土方30万方。"));
        Assert.Equal(["工业总产值 TotalIndustrialOutput Actual g=10以上"], Describe("工业总产值保持两位数增长。"));
        var magnitude = Facts("打造新材料产业集群百亿级产业。")[0];
        Assert.Equal((100.0, Qualifier.AtLeast, "亿"), (magnitude.Value!.Value.Value, magnitude.Value.Value.Qualifier, magnitude.Unit));
    }

    [Fact]
    public void Issue12_ReportReader_AnUnknownIndicatorIsAFactWithoutCode()
    {
        // data/reports/000_6a522123856b6a66.txt, line 39; data/reports/002_210ef8c315323606.txt, line 23.
        Assert.Equal(["员工 - Actual v=311人"], Describe("园区企业现从事研究开发工作的员工有311人"));
        Assert.Equal(["扶持资金 - Actual v=7590万元"], Describe("为企业争取扶持资金7590万元。"));
    }

    [Fact]
    public void Issue12_ReportReader_DatesPhonesAndListMarkersAreNoFacts()
    {
        // data/reports/000_6a522123856b6a66.txt: the date line, line 31, the footer.
        Assert.Empty(Facts("时间:2014-01-09 15:43  来源:鄂尔多斯市高新区工作委员会"));
        Assert.Empty(Facts("3月20日启动整合移交工作,4月20日初步完成移接交。"));
        Assert.Empty(Facts("版权所有 鄂尔多斯国家高新技术产业开发区 蒙ICP02837263452 网站标识码1506000006  联系电话:0477-2299001网站地图\n地址:鄂尔多斯市康巴什新区北部核心片区高新区总部 邮编:017000"));
        Assert.Empty(Facts("一、各项工作完成情况\n(一)整合工作顺利完成。\n1.体制改革措施到位"));
        // data/reports/002_210ef8c315323606.txt: a document number.
        Assert.Empty(Facts("(来发〔2024〕23号)"));
    }

    [Fact]
    public void Issue12_ReportReader_TraditionalAndFullWidthTextGivesTheSameFacts()
    {
        // data/reports/001_c81c4cc377fa0bf5.txt, line 29, in simplified half-width script and written over.
        const string simplified = "2011年,全区实现地区生产总值170亿元,同比增长25%;完成财政一般预算收入31.2亿元,同比增长27%。";
        const string traditional = "2011年,全區實現地區生產總值170億元,同比增長25%;完成財政一般預算收入31.2億元,同比增長27%。";
        const string fullWidth = "２０１１年，全区实现地区生产总值１７０亿元，同比增长２５％；完成财政一般预算收入３１．２亿元，同比增长２７％。";
        var expected = Describe(simplified);
        Assert.Equal(2, expected.Length);
        Assert.Equal(expected, Describe(traditional));
        Assert.Equal(expected, Describe(fullWidth));
        var traditionalFacts = Facts(traditional);
        Assert.Equal("地區生產總值170億元,同比增長25%", traditionalFacts[0].Text);
        Assert.Equal("地区生产总值", traditionalFacts[0].Indicator);
        // Realistic: 萬 畝 個 點.
        Assert.Equal(["征地 - Actual v=1446亩", "项目 - Actual v=12个", "研发投入强度 RdIntensity Actual pp=0.5"], Describe("徵地1446畝，項目12個。研發投入強度提高0.5個百分點。"));
    }

    [Fact]
    public void Issue12_ReportReader_SpansIndexTheSourceAcrossLineBreaksAndInvisibleCharacters()
    {
        // "24. 3" and a line break inside a number are one number; a zero-width space inside a name is skipped.
        const string text = "财政收入24. 3亿元，增长1\n2%；地区生\u200B产总值5\n000亿元。";
        var document = ReportReader.Standard.Read(text);
        Assert.Equal(["财政收入 - Actual v=24.3亿元 g=12", "地区生产总值 GDP Actual v=5000亿元"], document.Facts.Select(Describe));
        Assert.Equal("地区生\u200B产总值5\n000亿元", document.Facts[1].Text);
        Assert.All(document.Facts, f => Assert.Equal(text[f.Start..f.End], f.Text));
        Assert.Equal(2, document.Statements.Count);
        Assert.Equal(["f1", "f2"], document.Facts.Select(f => f.Id));
    }

    [Fact]
    public void Issue12_ReportReader_KeepsOnlyStatementsWithFactsAndTheDocumentsYear()
    {
        // data/reports/000_6a522123856b6a66.txt: the reference year comes from the title (2013年度).
        var document = ReportReader.Standard.Read(File.ReadAllText(SeedPath("000_6a522123856b6a66.txt")), name: "000");
        Assert.Equal(2013, document.ReferenceYear);
        Assert.Equal("000", document.Name);
        Assert.All(document.Statements, s => Assert.NotEmpty(s.Facts));
        Assert.Equal(document.Facts, document.Statements.SelectMany(s => s.Facts));
        Assert.Equal(2020, ReportReader.Standard.Read("2013年度工作总结", 2020).ReferenceYear);
    }

    /// <summary>A bundled report's path: data/reports/ under the repository root (where Indicators.sln is).</summary>
    internal static string SeedPath(string file) => SeedReports.PathOf(file);
}
