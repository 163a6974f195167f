namespace Indicators.Tests.Reports;

// Worked examples: sentences quoted from /work/shared/seeds/*.txt (file named in each test), and, for the forms no seed
// contains (traditional script, full-width digits, 个百分点, "24. 3", thousands separators), sentences written in the
// seeds' style and marked as such.
public class NumberScannerTests
{
    /// <summary>Every number of the text, in order, each read from the end of the one before.</summary>
    internal static List<ReportNumber> ReadAll(string text)
    {
        var numbers = new List<ReportNumber>();
        var at = 0;
        while (NumberScanner.TryRead(text, at, out var number))
        {
            numbers.Add(number);
            at = number.End;
        }
        return numbers;
    }

    /// <summary>The numbers as "text of the span = value unit (decimals or exact, qualifier)", for one readable assertion.</summary>
    private static string[] Describe(string text) =>
        ReadAll(text).Select(n => $"{text[n.Start..n.End]} = {n.Figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {n.Unit} "
                                   + (n.Figure.IsExact ? "exact" : "d" + n.Figure.Decimals) + (n.Figure.Qualifier == Qualifier.None ? "" : " " + n.Figure.Qualifier)).ToArray();

    [Fact]
    public void Issue12_NumberScanner_ReadsLevelsPercentsAndRunTogetherFigures()
    {
        // 000_6a522123856b6a66.txt, the trap "超额完成67%研发费用投入1000万元": two figures run together.
        Assert.Equal(
            ["35.5亿元 = 35.5 亿元 d1", "492% = 492 % d0", "5000万元 = 5000 万元 d0", "67% = 67 % d0", "1000万元 = 1000 万元 d0"],
            Describe("全年完成固定资产投资35.5亿元,增长492%,完成销售收入5000万元,超额完成67%研发费用投入1000万元"));
    }

    [Fact]
    public void Issue12_NumberScanner_CountsAreExactAndAUnitWithoutNumberIsNone()
    {
        // 001_c81c4cc377fa0bf5.txt: "产值亿元企业" and "亿元以上企业" have no number before 亿元.
        Assert.Equal(
            ["15家 = 15 家 exact", "75家 = 75 家 exact", "10亿元 = 10 亿元 d0", "7家 = 7 家 exact", "50亿元 = 50 亿元 d0", "3家 = 3 家 exact", "100亿元 = 100 亿元 d0", "1家 = 1 家 exact"],
            Describe("新增产值亿元企业15家,全区亿元以上企业达75家,其中10亿元以上7家、50亿元以上3家、100亿元以上1家。"));
        // 000_6a522123856b6a66.txt
        Assert.Equal(["311人 = 311 人 exact"], Describe("园区企业现从事研究开发工作的员工有311人"));
        Assert.Equal(["11项 = 11 项 exact", "4项 = 4 项 exact"], Describe("新申请专利技术11项,授权专利4项"));
    }

    [Fact]
    public void Issue12_NumberScanner_ReadsAreaAndTonnageUnits()
    {
        // 003_79fffe570bc6bca6.txt
        Assert.Equal(["17.5万方 = 17.5 万方 d1", "54.7万方 = 54.7 万方 d1"], Describe("全年建成投用创新平台17.5万方,累计已达54.7万方,平台"));
        Assert.Equal(["1446亩 = 1446 亩 d0", "1250亩 = 1250 亩 d0", "14万方 = 14 万方 d0"], Describe("全年征地1446亩、农转用报批1250亩、拆迁14万方,落实规模指标"));
        // 004_1a1286fd04ac96d3.txt
        Assert.Equal(["4个 = 4 个 exact", "3万吨 = 3 万吨 d0"], Describe("等4个项目已投产,有年产3万吨无缝钢管及铝制品"));
    }

    [Fact]
    public void Issue12_NumberScanner_ReadsChineseNumeralsFractionsAndDigitCounts()
    {
        // 001_c81c4cc377fa0bf5.txt
        var fraction = ReadAll("2个项目列入国家重点新产品计划,占全市立项总数的三分之一");
        Assert.Equal(2, fraction.Count);
        Assert.Equal(NumberForm.Fraction, fraction[1].Form);
        Assert.Equal(1.0 / 3, fraction[1].Figure.Value);
        Assert.Equal(["两家 = 2 家 exact"], Describe("成为全市首批两家专业孵化器"));
        // 003_79fffe570bc6bca6.txt: 两位数 is at least 10, a bound.
        var digitCount = ReadAll("其中20家企业实现两位数以上增长");
        Assert.Equal(["20家 = 20 家 exact", "两位数 = 10  exact AtLeast"], Describe("其中20家企业实现两位数以上增长"));
        Assert.Equal(NumberForm.DigitCount, digitCount[1].Form);
        // 001_c81c4cc377fa0bf5.txt: 十二五 is a plan's name, not a number; 六个 is.
        Assert.Empty(ReadAll("实现了“十二五”开局之年经济发展"));
        Assert.Equal(["六个 = 6 个 exact"], Describe("真贯彻落实“六个加快”战"));
        // 004_1a1286fd04ac96d3.txt and 003_79fffe570bc6bca6.txt: a lone 百 or 千 is an amount before 万 and 亿 …
        Assert.Equal(["千万元 = 1000 万元 exact", "11家 = 11 家 exact", "百万元 = 100 万元 exact", "22家 = 22 家 exact", "百亿元 = 100 亿元 exact", "1家 = 1 家 exact", "十亿元 = 10 亿元 exact", "5家 = 5 家 exact"],
            Describe("超千万元11家,超百万元22家。销售收入超百亿元1家(四邦)、超十亿元5家,"));
        Assert.Equal(["千万 = 1000 万 exact"], Describe("销售收入千万以上的高层次人才创办企业"));
        // … and an idiom before anything else (001_c81c4cc377fa0bf5.txt; 千家万户 written).
        Assert.Empty(ReadAll("展望未来,我们信心百倍。"));
        Assert.Empty(ReadAll("走进千家万户"));
        // Written in the seeds' style (no seed has them).
        Assert.Equal(["一百二十家 = 120 家 exact", "十二项 = 12 项 exact", "一百零五人 = 105 人 exact"], Describe("新增企业一百二十家，专利十二项，引进人才一百零五人"));
        var magnitude = ReadAll("打造百亿级产业集群");
        Assert.Equal(["百亿级 = 100 亿 exact AtLeast"], Describe("打造百亿级产业集群"));
        Assert.Equal(NumberForm.Magnitude, magnitude[0].Form);
        Assert.Equal(["百分之二十 = 20 % exact"], Describe("占百分之二十"));
    }

    [Fact]
    public void Issue12_NumberScanner_ReadsOverQualifierInsideTheNumber()
    {
        // 001_c81c4cc377fa0bf5.txt and 000_6a522123856b6a66.txt: 余/多 stand between the number and its unit.
        Assert.Equal(["20余家 = 20 家 exact Over"], Describe("已形成由20余家企业组成的上市培"));
        Assert.Equal(["670余家 = 670 家 exact Over"], Describe("等机构全年服务企业670余家,技术合作"));
        Assert.Equal(["50多个 = 50 个 exact Over"], Describe("达成意向性项目50多个,储备项目"));
    }

    [Fact]
    public void Issue12_NumberScanner_RedactionsAndBlanksAreNoNumber()
    {
        Assert.Empty(ReadAll("经济开发区20XX年计划总结"));            // 003_79fffe570bc6bca6.txt
        Assert.Empty(ReadAll("20**年度,根据局党组安排"));              // 004_1a1286fd04ac96d3.txt
        Assert.Empty(ReadAll("深入学习党的XX大和习近平总书记系列"));    // 002_210ef8c315323606.txt
        Assert.Empty(ReadAll("对全区x余个党支部实施"));                 // 004_1a1286fd04ac96d3.txt
        Assert.Empty(ReadAll("新建团组织x家"));                         // 004_1a1286fd04ac96d3.txt
        // 004_1a1286fd04ac96d3.txt, the blank "可完成规上工业总产值亿元": only the growth is a number.
        Assert.Equal(["6% = 6 % d0"], Describe("预计全年可完成规上工业总产值亿元,同比增长6%;"));
        // Written: a blank decimal, an underscore blank.
        Assert.Empty(ReadAll("完成1.X亿元"));
        Assert.Empty(ReadAll("完成__亿元，增长_%"));
    }

    [Fact]
    public void Issue12_NumberScanner_ReadsFullWidthTraditionalSpacedAndSeparatedNumbers()
    {
        // Written in the seeds' style: no seed has these forms, issue 12 lists them.
        Assert.Equal(["１２３．４億元 = 123.4 亿元 d1", "１２％ = 12 % d0"], Describe("實現營業收入１２３．４億元，增長１２％"));
        Assert.Equal(["24. 3% = 24.3 % d1"], Describe("同比增长24. 3%"));
        Assert.Equal(["24.\n3% = 24.3 % d1"], Describe("同比增长24.\n3%"));
        Assert.Equal(["5\n000萬元 = 5000 万元 d0"], Describe("完成销售收入5\n000萬元"));
        Assert.Equal(["1,234.5亿元 = 1234.5 亿元 d1", "25% = 25 % d0"], Describe("实现1,234.5亿元,增长25%"));
        Assert.Equal(["１，２３４家 = 1234 家 exact"], Describe("企业１，２３４家"));
        Assert.Equal(["3家 = 3 家 exact", "5个 = 5 个 exact"], Describe("新增3家,5个项目"));
        Assert.Equal(["2.6个百分点 = 2.6 个百分点 d1", "3个千分点 = 3 个千分点 d0", "0.5百分點 = 0.5 个百分点 d1"],
            Describe("比重提高2.6个百分点，回落3个千分点，高于0.5百分點"));
        Assert.Equal(["1200畝 = 1200 亩 d0", "8個 = 8 个 exact", "6倍 = 6 倍 d0", "150元 = 150 元 d0", "3.2 万元 = 3.2 万元 d1"],
            Describe("征地1200畝，項目8個，增长6倍，人均150元，税收3.2 万元"));
    }

    [Fact]
    public void Issue12_NumberScanner_DateAndTimePartsAreNotJoinedAcrossASpace()
    {
        // 000_6a522123856b6a66.txt, the page header: "09 15" is a date and a time, not 915.
        Assert.Equal(["2014 = 2014  d0", "01 = 1  d0", "09 = 9  d0", "15 = 15  d0", "43 = 43  d0"], Describe("时间:2014-01-09 15:43\u00a0\u00a0来源"));
    }

    [Fact]
    public void Issue12_NumberScanner_SpansCountUtf16UnitsFromTheStart()
    {
        const string text = "𠀀增长7.5%，年份2013年";
        Assert.True(NumberScanner.TryRead(text, 0, out var growth));
        Assert.Equal("7.5%", text[growth.Start..growth.End]);
        Assert.Equal(4, growth.Start);   // the supplementary character takes two UTF-16 units
        Assert.True(NumberScanner.TryRead(text, growth.End, out var year));
        Assert.Equal("2013", text[year.Start..year.End]);
        Assert.Equal("", year.Unit);
        Assert.False(NumberScanner.TryRead(text, year.End, out _));
        Assert.False(NumberScanner.TryRead(text, text.Length, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberScanner.TryRead(text, text.Length + 1, out _));
    }
}
