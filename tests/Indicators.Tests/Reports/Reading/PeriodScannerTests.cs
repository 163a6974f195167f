using Indicators.Reports;
using Indicators.Tests.Rules;
using NodaTime;

namespace Indicators.Tests.Reports.Reading;

public class PeriodScannerTests
{
    private static ReportingPeriod Range(int first, int firstMonth, int last, int lastMonth) =>
        ReportingPeriod.DateRange(new LocalDate(first, firstMonth, 1), new LocalDate(last, lastMonth, DateTime.DaysInMonth(last, lastMonth)));

    /// <summary>The first period of <paramref name="text"/>, which must have one.</summary>
    internal static PeriodMatch First(string text, int? referenceYear)
    {
        Assert.True(PeriodScanner.TryRead(text, 0, referenceYear, out var match), $"no period in \"{text}\"");
        return match;
    }

    /// <summary>Every period of <paramref name="text"/>, each read from the end of the one before.</summary>
    internal static List<PeriodMatch> ReadAll(string text, int? referenceYear)
    {
        var all = new List<PeriodMatch>();
        for (var start = 0; PeriodScanner.TryRead(text, start, referenceYear, out var match); start = match.End)
        {
            all.Add(match);
        }
        return all;
    }

    private static void AssertPeriod(string text, int? referenceYear, string expression, ReportingPeriod? period, PeriodTraits traits)
    {
        var match = First(text, referenceYear);
        Assert.Equal(expression, text.Substring(match.Start, match.Length));
        Assert.Equal(period, match.Period);
        Assert.Equal(traits, match.Traits);
    }

    // ---- Stated years and what follows them --------------------------------------------------------------------

    [Theory]
    [InlineData("2013年高新区进入起步发展阶段", "2013年")]      // data/reports/000_…txt, line 19
    [InlineData("市高新区2013年度领导班子工作总结", "2013年度")]  // data/reports/000_…txt, line 5
    [InlineData("2013年全年完成", "2013年全年")]
    public void Issue12_Periods_AStatedYearIsThatYearWhateverTheReferenceYear(string text, string expression)
    {
        AssertPeriod(text, 2020, expression, ReportingPeriod.Year(2013), PeriodTraits.None);
        AssertPeriod(text, null, expression, ReportingPeriod.Year(2013), PeriodTraits.None);
    }

    [Fact]
    public void Issue12_Periods_AYearBeforeAMonthPartAppliesToIt()
    {
        AssertPeriod("2013年1-9月,实现工业总产值", 2020, "2013年1-9月", ReportingPeriod.YearToDate(2013, 9), PeriodTraits.None);
        // data/reports/002_…txt, line 1: the title.
        AssertPeriod("2024年上半年园区管委会主任工作总结", null, "2024年上半年", ReportingPeriod.HalfYear(2024, 1), PeriodTraits.None);
        AssertPeriod("2012年一季度", 2020, "2012年一季度", ReportingPeriod.Quarter(2012, 1), PeriodTraits.None);
        AssertPeriod("2012年第三季度", null, "2012年第三季度", ReportingPeriod.Quarter(2012, 3), PeriodTraits.None);
        AssertPeriod("2013年前三季度", null, "2013年前三季度", ReportingPeriod.YearToDate(2013, 9), PeriodTraits.None);
        AssertPeriod("2013年4月份", null, "2013年4月份", ReportingPeriod.Month(2013, 4), PeriodTraits.None);
        AssertPeriod("2013年下半年", null, "2013年下半年", ReportingPeriod.HalfYear(2013, 2), PeriodTraits.None);
        AssertPeriod("2013年底", null, "2013年底", ReportingPeriod.Year(2013), PeriodTraits.Point);
        AssertPeriod("到2013年末,", null, "2013年末", ReportingPeriod.Year(2013), PeriodTraits.Point);
    }

    [Theory]
    [InlineData("2016年至2018年", "2016年至2018年")]
    [InlineData("2016-2018年累计", "2016-2018年")]
    [InlineData("2016—2018年", "2016—2018年")]
    [InlineData("2016年到2018年", "2016年到2018年")]
    public void Issue12_Periods_AYearRangeIsADateRangeOfWholeYears(string text, string expression) =>
        AssertPeriod(text, 2013, expression, Range(2016, 1, 2018, 12), PeriodTraits.None);

    [Fact]
    public void Issue12_Periods_ABackwardYearRangeIsFoundButNotResolved() =>
        AssertPeriod("2018年至2016年", 2013, "2018年至2016年", null, PeriodTraits.None);

    // ---- Relative expressions ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("全年完成固定资产投资35.5亿元", "全年", 0)]                 // data/reports/000_…txt, line 24
    [InlineData("今年我区经济社会发展的主要目标", "今年", 0)]                 // data/reports/003_…txt, line 23
    [InlineData("本年度", "本年度", 0)]
    [InlineData("本年实现", "本年", 0)]
    [InlineData("完成本年目标", "本年", 0)]
    [InlineData("去年,严格按照《干部选拔任用条例》", "去年", -1)]          // data/reports/000_…txt, line 41
    [InlineData("比上年增长7.5%", "上年", -1)]
    [InlineData("上一年度", "上一年度", -1)]
    [InlineData("为明年园区实现300亿产能规模", "明年", 1)]                // data/reports/003_…txt, line 37
    [InlineData("下一年", "下一年", 1)]
    [InlineData("开发区工作总结及下年工作安排", "下年", 1)]              // data/reports/004_…txt, line 3
    [InlineData("三项指标均超额完成年度目标", "年度", 0)]                 // data/reports/003_…txt, line 8
    public void Issue12_Periods_ARelativeYearResolvesAgainstTheReferenceYear(string text, string expression, int offset)
    {
        AssertPeriod(text, 2013, expression, ReportingPeriod.Year(2013 + offset), PeriodTraits.Relative);
        AssertPeriod(text, null, expression, null, PeriodTraits.Relative);
    }

    [Theory]
    [InlineData("上半年,虽然取得了一定的成绩", "上半年")]   // data/reports/002_…txt, line 58
    [InlineData("下半年", "下半年")]
    [InlineData("一季度", "一季度")]
    [InlineData("第一季度", "第一季度")]
    [InlineData("1季度", "1季度")]
    [InlineData("前三季度", "前三季度")]
    [InlineData("1-9月", "1-9月")]
    [InlineData("1—9月", "1—9月")]
    [InlineData("1至9月", "1至9月")]
    [InlineData("1~9月", "1~9月")]
    [InlineData("1-9月份", "1-9月份")]
    [InlineData("一至九月", "一至九月")]
    [InlineData("前4月", "前4月")]
    [InlineData("前4个月", "前4个月")]
    [InlineData("4月份", "4月份")]
    [InlineData("方米办公、孵化、研发场所9月底全部投入使用", "9月底")]   // data/reports/000_…txt, line 30
    [InlineData("9月末", "9月末")]
    [InlineData("力争年底前开工建设", "年底")]                           // data/reports/001_…txt, line 120
    [InlineData("年末", "年末")]
    public void Issue12_Periods_AMonthPartAloneIsOfTheReferenceYearAndUnresolvedWithoutOne(string text, string expression)
    {
        var expected = expression switch
        {
            "上半年" => ReportingPeriod.HalfYear(2013, 1),
            "下半年" => ReportingPeriod.HalfYear(2013, 2),
            "一季度" or "第一季度" or "1季度" => ReportingPeriod.Quarter(2013, 1),
            "前三季度" or "1-9月" or "1—9月" or "1至9月" or "1~9月" or "1-9月份" or "一至九月" => ReportingPeriod.YearToDate(2013, 9),
            "前4月" or "前4个月" => ReportingPeriod.YearToDate(2013, 4),
            "4月份" => ReportingPeriod.Month(2013, 4),
            "9月底" or "9月末" => ReportingPeriod.Month(2013, 9),
            _ => ReportingPeriod.Year(2013),
        };
        var traits = PeriodTraits.Relative | (expression is "9月底" or "9月末" or "年底" or "年末" ? PeriodTraits.Point : PeriodTraits.None);
        AssertPeriod(text, 2013, expression, expected, traits);
        AssertPeriod(text, null, expression, null, traits);
    }

    [Fact]
    public void Issue12_Periods_ARelativeYearTakesWhatFollowsIt()
    {
        // data/reports/000_…txt, line 30: "计划明年6月份投入使用" in the 2013 summary is June 2014.
        AssertPeriod("计划明年6月份投入使用", 2013, "明年6月份", ReportingPeriod.Month(2014, 6), PeriodTraits.Relative);
        AssertPeriod("今年上半年", 2013, "今年上半年", ReportingPeriod.HalfYear(2013, 1), PeriodTraits.Relative);
        AssertPeriod("去年1-9月", 2013, "去年1-9月", ReportingPeriod.YearToDate(2012, 9), PeriodTraits.Relative);
        AssertPeriod("去年底", 2013, "去年底", ReportingPeriod.Year(2012), PeriodTraits.Relative | PeriodTraits.Point);
        AssertPeriod("今年年底", 2013, "今年年底", ReportingPeriod.Year(2013), PeriodTraits.Relative | PeriodTraits.Point);
        AssertPeriod("截至一季度末", 2013, "一季度末", ReportingPeriod.Quarter(2013, 1), PeriodTraits.Relative | PeriodTraits.Point);
        AssertPeriod("2012年前三季度末", null, "2012年前三季度末", ReportingPeriod.YearToDate(2012, 9), PeriodTraits.Point);
        AssertPeriod("今年初步完成", 2013, "今年", ReportingPeriod.Year(2013), PeriodTraits.Relative);
    }

    [Fact]
    public void Issue12_Periods_AMonthRangeNotFromJanuaryIsADateRange()
    {
        // data/reports/004_…txt, line 25: "8-12月份任开发区分局副局长".
        AssertPeriod("8-12月份任开发区分局副局长", 2020, "8-12月份", Range(2020, 8, 2020, 12), PeriodTraits.Relative);
        AssertPeriod("1-1月", 2020, "1-1月", ReportingPeriod.Month(2020, 1), PeriodTraits.Relative);
        AssertPeriod("9-3月", 2020, "9-3月", null, PeriodTraits.Relative);
    }

    [Fact]
    public void Issue12_Periods_SamePeriodSinceAndRecentYearsAreFlagged()
    {
        AssertPeriod("比去年同期增长", 2013, "去年同期", null, PeriodTraits.Relative | PeriodTraits.SamePeriod);
        AssertPeriod("较上年同期", 2013, "上年同期", null, PeriodTraits.Relative | PeriodTraits.SamePeriod);
        // data/reports/004_…txt, line 64: "今年以来,开发区在县委、县政府的坚强领导下".
        AssertPeriod("今年以来,开发区在县委", 2022, "今年以来", ReportingPeriod.Year(2022), PeriodTraits.Relative | PeriodTraits.Since);
        AssertPeriod("2011年以来", 2013, "2011年以来", Range(2011, 1, 2013, 12), PeriodTraits.Since);
        AssertPeriod("2011年至今", 2013, "2011年至今", Range(2011, 1, 2013, 12), PeriodTraits.Since);
        AssertPeriod("十二五以来", 2013, "十二五以来", Range(2011, 1, 2013, 12), PeriodTraits.Since);
        AssertPeriod("3月以来", 2013, "3月以来", Range(2013, 3, 2013, 12), PeriodTraits.Relative | PeriodTraits.Since);
        AssertPeriod("2014年以来", 2013, "2014年以来", null, PeriodTraits.Since);
        AssertPeriod("今年以来", null, "今年以来", null, PeriodTraits.Relative | PeriodTraits.Since);
        // data/reports/004_…txt, line 9: "近年来,受扬子鳄保护区问题整改".
        AssertPeriod("5、抓载体平台建设。近年来,受扬子鳄保护区问题整改", 2020, "近年来", null, PeriodTraits.Recent);
        AssertPeriod("近三年累计", 2020, "近三年", null, PeriodTraits.Recent);
        AssertPeriod("近3年来", 2020, "近3年来", null, PeriodTraits.Recent);
    }

    // ---- Five-year plans --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("实现了“十二五”开局之年经济发展的开门红", "“十二五”", 12)]        // data/reports/001_…txt, line 32
    [InlineData("紧紧围绕我区十二五“333行动计划”", "十二五", 12)]              // data/reports/001_…txt, line 98
    [InlineData("奋力实施高新区\"十四五\"规划", "\"十四五\"规划", 14)]           // data/reports/002_…txt, line 58
    [InlineData("“十二五”期间", "“十二五”期间", 12)]
    [InlineData("十四五时期", "十四五时期", 14)]
    [InlineData("“十五”计划", "“十五”计划", 10)]
    [InlineData("第十四个五年规划", "第十四个五年规划", 14)]
    public void Issue12_Periods_AFiveYearPlanIsItsPeriod(string text, string expression, int plan)
    {
        AssertPeriod(text, null, expression, ReportingPeriod.FiveYearPlan(plan), PeriodTraits.None);
        AssertPeriod(text, 2013, expression, ReportingPeriod.FiveYearPlan(plan), PeriodTraits.None);
    }

    [Fact]
    public void Issue12_Periods_TheEndOfAPlanIsAPoint() =>
        AssertPeriod("十二五末", null, "十二五末", ReportingPeriod.FiveYearPlan(12), PeriodTraits.Point);

    [Theory]
    [InlineData("引进十五家企业")]
    [InlineData("二十五家")]
    [InlineData("三五个项目")]
    public void Issue12_Periods_ANumberEndingIn五IsNoPlan(string text) =>
        Assert.False(PeriodScanner.TryRead(text, 0, 2013, out _));

    // ---- Blanks, dates and what is no period --------------------------------------------------------------------

    [Theory]
    [InlineData("经济开发区20XX年计划总结", "20XX年")]   // data/reports/003_…txt, line 2
    [InlineData("20xx年", "20xx年")]
    [InlineData("20XX年度", "20XX年度")]
    [InlineData("20XX年上半年", "20XX年上半年")]
    [InlineData("工作安排2\n20**年度,根据局党组安排", "20**年度")]   // data/reports/004_…txt, line 24–25
    public void Issue12_Periods_ABlankYearIsAPeriodExpressionWithNoPeriod(string text, string expression)
    {
        AssertPeriod(text, 2013, expression, null, PeriodTraits.Blank);
    }

    [Theory]
    [InlineData("3月20日启动整合移交")]                       // data/reports/000_…txt, line 26
    [InlineData("时间:2014-01-09 15:43  来源:鄂尔多斯")]      // data/reports/000_…txt, line 6
    [InlineData("(2012年1月12日)")]                          // data/reports/001_…txt, line 22
    [InlineData("成文日期: 2012-01-13")]                     // data/reports/001_…txt, line 6
    [InlineData("完成固定资产投资35.5亿元,增长492%")]
    [InlineData("规模以上年产值")]
    [InlineData("索引号 11330208591592676Q/2012-17104")]   // data/reports/001_…txt, line 1
    [InlineData("增长13月")]
    [InlineData("要围绕“三年初见成效、五年形成")]              // data/reports/003_…txt, line 36
    [InlineData("几年底")]
    [InlineData("各年度")]
    [InlineData("")]
    public void Issue12_Periods_DatesAndOtherNumbersAreNoPeriods(string text) =>
        Assert.False(PeriodScanner.TryRead(text, 0, 2013, out var match), $"found {match}");

    [Theory]
    [InlineData("安全年度考核")]
    [InlineData("说明年度报告")]
    public void Issue12_Periods_ARelativeWordInsideAnotherWordIsNotRead(string text) =>
        // Not 全年 of 安全 nor 明年 of 说明: what is left is 年度, annual, the reference year.
        AssertPeriod(text, 2013, "年度", ReportingPeriod.Year(2013), PeriodTraits.Relative);

    [Fact]
    public void Issue12_Periods_ADateIsPassedOverAndThePeriodAfterItFound()
    {
        var text = "时间:2014-01-09 15:43 ... 3月20日启动,全年完成";
        AssertPeriod(text, 2013, "全年", ReportingPeriod.Year(2013), PeriodTraits.Relative);
    }

    [Fact]
    public void Issue12_Periods_ASentenceOfARealReportReadsInOrder()
    {
        // data/reports/004_…txt, line 69 (a 2022 report: "现将2022年重点工作完成情况汇报如下", line 64).
        const string text = "服务宇海幼教装备有限公司复产达能,1-5月实现产值2010万元,全程代跑上规程序,完成企业上规,并兑现上规奖励,"
                            + "1-11月累计产值万元。亚资科技股份有限公司:1-11月累计产值万元,同比增长%。";
        var periods = ReadAll(text, 2022).Select(m => (text.Substring(m.Start, m.Length), m.Period)).ToList();
        Assert.Equal(
            [("1-5月", (ReportingPeriod?)ReportingPeriod.YearToDate(2022, 5)), ("1-11月", ReportingPeriod.YearToDate(2022, 11)),
             ("1-11月", ReportingPeriod.YearToDate(2022, 11))],
            periods);
    }

    [Fact]
    public void Issue12_Periods_StartIsHonouredAndANumberIsNotReadFromItsMiddle()
    {
        const string text = "2013年1-9月";
        Assert.True(PeriodScanner.TryRead(text, 5, 2020, out var match));
        Assert.Equal((5, 4, ReportingPeriod.YearToDate(2020, 9)), (match.Start, match.Length, match.Period));
        Assert.False(PeriodScanner.TryRead("2013年", 1, 2020, out _));
        Assert.False(PeriodScanner.TryRead(text, text.Length, 2020, out _));
        Assert.False(PeriodScanner.TryRead(text, text.Length + 5, 2020, out _));
        Assert.True(PeriodScanner.TryRead(text, -3, 2020, out match));
        Assert.Equal(0, match.Start);
        // Inside 十二五期间, 二五期间 is not the 2nd plan.
        Assert.False(PeriodScanner.TryRead("十二五期间", 1, 2020, out _));
    }

    [Fact]
    public void Issue12_Periods_ScanningAReportAllocatesNothing()
    {
        var text = ReadingText.Normalise(File.ReadAllText(SeedReports.PathOf("001_c81c4cc377fa0bf5.txt"))).Text;
        var count = Scan(text);   // warm-up: static tables, JIT
        var total = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var k = 0; k < 20; k++)
        {
            total += Scan(text);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(20 * count, total);
        Assert.True(count > 30, $"{count} periods");
        // 20 scans of 33,000 characters and nearly 40 periods each: an allocation per character or per period would be
        // hundreds of kilobytes. The runtime's tiered compilation may allocate a little on this thread, hence not 0.
        Assert.True(allocated < 4096, $"{allocated} bytes allocated");

        static int Scan(string text)
        {
            var n = 0;
            for (var start = 0; PeriodScanner.TryRead(text, start, 2011, out var match); start = match.End)
            {
                n++;
            }
            return n + (PeriodScanner.ReferenceYear(text) is null ? 0 : 1);
        }
    }

    [Fact]
    public void Issue12_Periods_EveryCharacterAnExpressionStartsWithIsAnAnchor()
    {
        // The scan jumps from anchor to anchor: a start character left out would hide its expressions.
        foreach (var c in "0123456789Xx*_×全今本当去明上下年近第前" + ReportingPeriod.OpeningQuotes)
        {
            Assert.True(PeriodScanner.IsAnchor(c), c.ToString());
        }
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(!ChineseNumerals.IsNumeralChar(c) || PeriodScanner.IsAnchor(c), c.ToString());
        }
        Assert.False(PeriodScanner.IsAnchor('的'));
        Assert.False(PeriodScanner.IsAnchor('a'));
    }

    // ---- The reference year --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("000_6a522123856b6a66.txt", 2013)]   // title "市高新区2013年度领导班子工作总结" (line 5); dated 2014-01-09
    [InlineData("001_c81c4cc377fa0bf5.txt", 2011)]   // title "宁波国家高新区2011年工作总结和2012年工作安排报告" (line 14)
    [InlineData("002_210ef8c315323606.txt", 2024)]   // title "2024年上半年园区管委会主任工作总结" (line 1)
    [InlineData("003_79fffe570bc6bca6.txt", 2013)]   // "回顾总结开发区2013年主要工作,研究部署2014年工作任务" (line 6); titles "20XX年" and "2014计划总结" name no year
    [InlineData("004_1a1286fd04ac96d3.txt", null)]   // four reports (2020–2022) in one file; its first part names only "2019年度" in passing
    public void Issue12_ReferenceYear_OfEachBundledReport(string file, int? expected)
    {
        var source = File.ReadAllText(SeedReports.PathOf(file));
        Assert.Equal(expected, PeriodScanner.ReferenceYear(ReadingText.Normalise(source).Text));
    }

    [Theory]
    [InlineData("市高新区2013年度领导班子工作总结\n时间:2014-01-09", 2013)]
    [InlineData("关于宁波国家高新区2011年工作总结和2012年工作安排的报告", 2011)]
    [InlineData("2012年工作安排报告", 2012)]
    [InlineData("2013年1-9月工作总结", 2013)]
    [InlineData("现将2022年重点工作完成情况汇报如下", 2022)]          // data/reports/004_…txt, line 64
    [InlineData("回顾总结开发区2013年主要工作,研究部署2014年工作任务", 2013)]
    [InlineData("标题\n2011年,在市委、市政府的正确领导下", 2011)]
    [InlineData("2014年1月9日工作总结", null)]
    [InlineData("时间:2014-01-09 15:43\n(2014年1月)", null)]
    [InlineData("在2019年度省级以上开发区综合考核中,排名上升25位", null)]
    [InlineData("经济开发区20XX年计划总结\n经济开发区2014计划总结", null)]
    [InlineData("1985年工作总结", null)]
    [InlineData("", null)]
    public void Issue12_ReferenceYear_IsTheYearATitleOrAnOpeningReportsOn(string text, int? expected) =>
        Assert.Equal(expected, PeriodScanner.ReferenceYear(text));

    [Fact]
    public void Issue12_ReferenceYear_ATitleYearBeyondTheFirstThousandCharactersIsNotRead()
    {
        var text = new string('。', 1000) + "2013年工作总结";
        Assert.Null(PeriodScanner.ReferenceYear(text));
        Assert.Equal(2013, PeriodScanner.ReferenceYear(text[10..]));
    }
}
