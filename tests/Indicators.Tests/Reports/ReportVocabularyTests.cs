namespace Indicators.Tests.Reports;

/// <summary>Indicator names, synonyms and abbreviations (issue 12, item 3). Sentences are quoted verbatim from the seeds,
/// /work/shared/seeds (the project's shared material), with their file.</summary>
public class ReportVocabularyTests
{
    private static readonly ReportVocabulary Standard = ReportVocabulary.Standard;

    private static string[] Found(string text) =>
        Standard.FindAll(ReadingText.Normalise(text).Text).Select(m => $"{m.Name}={m.Code}").ToArray();

    [Theory]
    [InlineData("地区生产总值", "GDP")]
    [InlineData("国内生产总值", "GDP")]
    [InlineData("GDP", "GDP")]
    [InlineData("生产总值", "GDP")]
    [InlineData("ＧＤＰ", "GDP")]
    [InlineData("規模以上工業總產值", "IndustrialOutput")]
    [InlineData("规模以上工业总产值", "IndustrialOutput")]
    [InlineData("规上工业总产值", "IndustrialOutput")]
    [InlineData("规上工业增加值", "IndustrialValueAdded")]
    [InlineData("规模以上工业增加值", "IndustrialValueAdded")]
    [InlineData("规上服务业营业收入", "ServiceRevenue")]
    [InlineData("规模以上工业企业", "IndustrialEnterprises")]
    [InlineData("固投", "FixedAssetInvestment")]
    [InlineData("固定资产投资", "FixedAssetInvestment")]
    [InlineData("全社会固定资产投资", "FixedAssetInvestment")]
    [InlineData("全社会固投", "FixedAssetInvestment")]
    [InlineData("工业固投", "IndustrialInvestment")]
    [InlineData("一般公共预算收入", "GeneralBudgetRevenue")]
    [InlineData("公共财政预算收入", "GeneralBudgetRevenue")]
    [InlineData("地方财政收入", "GeneralBudgetRevenue")]
    [InlineData("财政一般预算收入", "GeneralBudgetRevenue")]
    [InlineData("一般公共预算支出", "GeneralBudgetExpenditure")]
    [InlineData("公共财政预算支出", "GeneralBudgetExpenditure")]
    [InlineData("单位国内生产总值能耗", "EnergyPerGdp")]
    [InlineData("外贸出口总额", "Exports")]        // 003: "外贸出口总额同比增长7.5%以上"
    [InlineData("外贸进出口", "ImportsExports")]
    [InlineData("  研发投入强度 ", "RdIntensity")]
    public void Issue12_Names_SynonymsAndAbbreviationsMapToTheirCatalogueCode(string name, string code)
    {
        Assert.True(IndicatorCatalog.Standard.Contains(code));
        Assert.Equal(code, Standard.CodeOf(name));
    }

    [Theory]
    [InlineData("财政收入")]        // 000: "完成财政收入1020万元" — 一般预算 or 总收入, the text does not say
    [InlineData("财政总收入")]      // 003: a total, not 一般公共预算收入
    [InlineData("技工贸总收入")]
    [InlineData("销售收入")]
    [InlineData("工业增加值")]      // all enterprises, not 规上
    [InlineData("规上")]
    [InlineData("规模以上")]
    [InlineData("生产")]
    [InlineData("GDP增幅")]
    [InlineData("gdp")]
    [InlineData("")]
    public void Issue12_Names_UnknownNamesHaveNoCode(string name) => Assert.Null(Standard.CodeOf(name));

    [Fact]
    public void Issue12_Names_EveryNameInTheTableIsFoundAtItsOwnPosition()
    {
        Assert.All(Standard.Names, name =>
        {
            var text = "，" + name + "，";
            var match = Standard.MatchAt(text, 1);
            Assert.Equal(new NameMatch(1, name.Length, name, Standard.CodeOf(name)!), match);
            Assert.Contains(match!.Value, Standard.FindAll(text));
        });
    }

    [Fact]
    public void Issue12_Names_EveryNameWrittenInTraditionalScriptAndFullWidthHasTheSameCode()
    {
        var traditional = ReadingText.TraditionalToSimplified.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.First().Key);
        static char Wide(char c) => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c;
        var changed = 0;
        Assert.All(Standard.Names, name =>
        {
            var written = new string(name.Select(c => Wide(traditional.GetValueOrDefault(c, c))).ToArray());
            changed += written == name ? 0 : 1;
            Assert.Equal(Standard.CodeOf(name), Standard.CodeOf(written));
            Assert.Equal(Standard.CodeOf(name), Standard.MatchAt(ReadingText.Normalise("，" + written).Text, 1)?.Code);
        });
        Assert.True(changed > Standard.Names.Count() * 9 / 10, $"{changed} of {Standard.Names.Count()} names have a traditional or full-width form");
    }

    [Fact]
    public void Issue12_Names_EveryCatalogueNameAndAliasIsInTheTableWithItsCode()
    {
        Assert.All(IndicatorCatalog.Standard, definition =>
        {
            Assert.Equal(definition.Code, Standard.CodeOf(definition.ChineseName));
            Assert.All(definition.Aliases, alias => Assert.Equal(definition.Code, Standard.CodeOf(alias)));
        });
    }

    [Fact]
    public void Issue12_Names_TheLongestNameAtAPositionWins()
    {
        Assert.Equal("RdIntensity", Standard.MatchAt("研发投入强度为3.2%", 0)?.Code);
        Assert.Equal("RdExpenditure", Standard.MatchAt("研发投入1000万元", 0)?.Code);
        Assert.Equal("IndustrialOutput", Standard.MatchAt("规模以上工业总产值", 0)?.Code);
        Assert.Equal("TotalIndustrialOutput", Standard.MatchAt("规模以上工业总产值", 4)?.Code);
        Assert.Null(Standard.MatchAt("规模以上工业总产值", 9));
    }

    [Theory]
    [InlineData("符合GDPR要求", new string[0])]
    [InlineData("ＧＤＰ增长8%", new[] { "GDP=GDP" })]
    [InlineData("人均GDP1.2万元", new[] { "GDP=GDP" })]
    [InlineData("地区GDP增长", new[] { "地区GDP=GDP" })]
    [InlineData("R&D经费支出占GDP比重", new[] { "R&D经费支出=RdExpenditure", "GDP=GDP" })]
    [InlineData("CR&D经费", new string[0])]
    public void Issue12_Names_ALatinNameIsAWordOfItsOwn(string text, string[] expected) => Assert.Equal(expected, Found(text));

    [Fact]
    public void Issue12_Names_Seed001_GdpBudgetRevenueAndInvestment()
    {
        // 001_c81c4cc377fa0bf5.txt
        const string sentence = "2011年,全区实现地区生产总值170亿元,同比增长25%;实现技工贸总收入850亿元,同比增长32%,完成财政一般预算收入31.2亿元,同比增长27%;完成固定资产投资60.3亿元,同比增长13%";
        Assert.Equal(["地区生产总值=GDP", "财政一般预算收入=GeneralBudgetRevenue", "固定资产投资=FixedAssetInvestment"], Found(sentence));
    }

    [Fact]
    public void Issue12_Names_Seed003_MainIndicatorsWithLocalFiscalRevenue()
    {
        // 003_79fffe570bc6bca6.txt
        const string sentence = "主要指标实现稳步增长:地区生产总值同比增长7.2%;完成财政总收入114.23亿元,同比增长8.75%,地方财政收入50.9亿元,同比增长6.21%;合同外资13.9亿美元,实到外资6.7亿美元,实到内资52.1亿元,三项指标均超额完成年度目标;全社会固定资产投资289.2亿元,同比增长18.7%;外贸出口58.4亿美元,同比增长11.3%;社会消费品零售总额53.3亿元,同比增长19.3%;规上工业销售产值1555.1亿元,工业增加值同比增长7.2%";
        Assert.Equal(
            ["地区生产总值=GDP", "地方财政收入=GeneralBudgetRevenue", "全社会固定资产投资=FixedAssetInvestment", "外贸出口=Exports", "社会消费品零售总额=RetailSales", "规上工业销售产值=IndustrialSalesOutput"],
            Found(sentence));
    }

    [Fact]
    public void Issue12_Names_Seed004_AbbreviationsAndBlanks()
    {
        // 004_1a1286fd04ac96d3.txt (the figures are blank; the names are still found)
        const string sentence = "预计全年可完成规上工业总产值亿元,同比增长6%;完成规上工业增加值亿元,同比增长6%;规上服务业营业收入亿元,同比增长5%;限额以上消费品零售额 亿元,同比增长15%;高新技术产值亿元,同比增长%;战略性新兴产业产值亿元,同比增长%;完成固定资产投资亿元;税收亿元";
        Assert.Equal(
            ["规上工业总产值=IndustrialOutput", "规上工业增加值=IndustrialValueAdded", "规上服务业营业收入=ServiceRevenue", "固定资产投资=FixedAssetInvestment"],
            Found(sentence));
        // 004: "影响了工业固投等经济指标"; "支撑我县GDP的增幅"
        Assert.Equal(["工业固投=IndustrialInvestment"], Found("受存量土地和厂房、扬子鳄保护区问题整改等因素影响,大部分项目建设停滞,影响了工业固投等经济指标"));
        Assert.Equal(["GDP=GDP"], Found("力争全年销售收入突破500亿元大关,领跑全市,支撑我县GDP的增幅"));
    }

    [Fact]
    public void Issue12_Names_TraditionalScriptFindsTheNameAndItsSourceSpan()
    {
        // 001_c81c4cc377fa0bf5.txt, "实现地区生产总值210亿元,同比增长23.5%", in traditional script with a zero-width space.
        const string source = "實現地區\u200B生產總值210億元,同比增長23.5%";
        var read = ReadingText.Normalise(source);
        var match = Assert.Single(Standard.FindAll(read.Text));
        Assert.Equal("GDP", match.Code);
        var (start, end) = read.SourceSpan(match.Start, match.Start + match.Length);
        Assert.Equal("地區\u200B生產總值", source[start..end]);
    }

    [Fact]
    public void Issue12_Names_Seed003InTraditionalScriptGivesTheSameCodesWithSourceSpans()
    {
        // 003_79fffe570bc6bca6.txt, "今年我区经济社会发展的主要目标是:地区生产总值同比增长8%以上;规模以上工业销售产值同比增长6%以上;
        // 工业增加值同比增长8%以上;全社会固定资产投资同比增长15%以上;地方财政收入同比增长8%以上", in traditional script and full width.
        const string source = "今年我區經濟社會發展的主要目標是：地區生產總值同比增長８％以上；規模以上工業銷售產值同比增長６％以上；"
                              + "工業增加值同比增長８％以上；全社會固定資產投資同比增長１５％以上；地方財政收入同比增長８％以上";
        var found = Standard.FindAll(ReadingText.Normalise(source)).ToList();
        Assert.Equal(["GDP", "IndustrialSalesOutput", "FixedAssetInvestment", "GeneralBudgetRevenue"], found.Select(f => f.Match.Code));
        Assert.Equal(["地區生產總值", "規模以上工業銷售產值", "全社會固定資產投資", "地方財政收入"], found.Select(f => source[f.SourceStart..f.SourceEnd]));
    }

    [Fact]
    public void Issue12_Names_WithSynonymExtendsTheTableWithItsAbbreviatedForms()
    {
        var extended = Standard.WithSynonym("技工贸总收入", "OperatingRevenue").WithSynonym("规模以上工业总产出", "IndustrialOutput");
        Assert.Equal("OperatingRevenue", extended.CodeOf("技工贸总收入"));
        Assert.Equal("OperatingRevenue", extended.CodeOf("技工貿總收入"));
        Assert.Equal("IndustrialOutput", extended.CodeOf("规上工业总产出"));
        Assert.Null(Standard.CodeOf("技工贸总收入"));
        Assert.Equal(["技工贸总收入=OperatingRevenue"], extended.FindAll("实现技工贸总收入850亿元").Select(m => $"{m.Name}={m.Code}"));
        Assert.Same(extended, extended.WithSynonym("技工贸总收入", "OperatingRevenue"));
    }

    [Fact]
    public void Issue12_Names_WithSynonymRefusesAnotherIndicatorsNameAndUnknownCodes()
    {
        Assert.Throws<ArgumentException>(() => Standard.WithSynonym("地区生产总值", "FixedAssetInvestment"));
        Assert.Throws<ArgumentException>(() => Standard.WithSynonym("规上工业总产值", "TotalIndustrialOutput"));
        Assert.Throws<ArgumentException>(() => Standard.WithSynonym("技工贸总收入", "NoSuchCode"));
        Assert.Throws<ArgumentException>(() => Standard.WithSynonym(" ", "GDP"));
        Assert.Throws<ArgumentException>(() => Standard.WithSynonym("\u200B", "GDP"));
    }

    [Fact]
    public void Issue12_Names_AVocabularyForACustomCatalogueKeepsOnlyItsCodes()
    {
        var catalog = IndicatorCatalog.Empty.With(IndicatorCatalog.Standard["FixedAssetInvestment"]);
        var vocabulary = ReportVocabulary.For(catalog);
        Assert.Equal("FixedAssetInvestment", vocabulary.CodeOf("固投"));
        Assert.Null(vocabulary.CodeOf("地方财政收入"));
        Assert.Null(vocabulary.CodeOf("地区生产总值"));
    }
}
