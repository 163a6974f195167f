namespace Indicators.Tests.Reports.Reading;

/// <summary>其中 parts that add up exactly to their whole close the breakdown.</summary>
public class ReportReaderBreakdownTests
{
    // data/reports/000, line 27: 11 + 55 + 12 + 2 + 21 = 101, so 50多个 and 近80个 after it are not parts of the 101.
    private const string Seed000 =
        "目前园区已累计引进各类项目101个,其中产业化项目11个,创业孵化项目55个,研究院所12个(院士工作站3个),信息咨询企业2个" +
        "引进各类服务业企业21个达成意向性项目50多个,储备项目近80个。";

    [Fact]
    public void Issue12_ReportReader_PartsThatAddUpToTheirWholeCloseTheBreakdown()
    {
        var facts = ReportReader.Standard.Read(Seed000, 2013).Facts;
        var whole = Assert.Single(facts, f => f.Value?.Value == 101);
        Assert.Equal([11.0, 55, 12, 2, 21], facts.Where(f => f.Parent == whole).Select(f => f.Value!.Value.Value));
        Assert.Null(Assert.Single(facts, f => f.Value?.Value == 50).Parent);
        Assert.Null(Assert.Single(facts, f => f.Value?.Value == 80).Parent);
        // 院士工作站3个 is a part of 研究院所12个 (the brackets), not of the 101.
        Assert.Equal(12, Assert.Single(facts, f => f.Value?.Value == 3).Parent?.Value?.Value);
    }

    [Fact]
    public void Issue12_ReportReader_PartsShortOfTheirWholeKeepTheScopeOpen()
    {
        // Realistic: 11 + 55 = 66 of 101, so 12个 is still a part.
        var facts = ReportReader.Standard.Read("累计引进各类项目101个,其中产业化项目11个,创业孵化项目55个,研究院所12个。", 2013).Facts;
        var whole = Assert.Single(facts, f => f.Value?.Value == 101);
        Assert.Equal(3, facts.Count(f => f.Parent == whole));
    }
}
