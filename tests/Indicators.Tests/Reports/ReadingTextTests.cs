using FsCheck.Xunit;

namespace Indicators.Tests.Reports;

/// <summary>The reading normalisation (issue 12, item 3): traditional → simplified, full-width → half-width, zero-width
/// characters dropped, and the map from the normalised text back to the source.</summary>
public class ReadingTextTests
{
    [Property]
    public bool Issue12_ReadingText_LengthsAndIndexMapsAreConsistent(ReportTextCase c)
    {
        var read = ReadingText.Normalise(c.Text);
        var mapped = Enumerable.Range(0, read.Text.Length + 1).Select(read.SourceIndex).ToArray();
        var increasing = mapped.Zip(mapped.Skip(1), (a, b) => a < b).All(x => x);
        var eachFromItsSource = Enumerable.Range(0, read.Text.Length)
            .All(i => read.Text[i] == ReadingText.Normalise(c.Text[read.SourceIndex(i)]) && !ReadingText.IsDropped(c.Text[read.SourceIndex(i)]));
        var unmappedAreDropped = Enumerable.Range(0, c.Text.Length).Except(mapped).All(i => ReadingText.IsDropped(c.Text[i]));
        return read.Source == c.Text
               && read.Text.Length == c.Text.Length - c.Text.Count(ReadingText.IsDropped)
               && mapped[^1] == c.Text.Length
               && increasing && eachFromItsSource && unmappedAreDropped;
    }

    [Property]
    public bool Issue12_ReadingText_NormalisingTwiceIsNormalisingOnce(ReportTextCase c)
    {
        var once = ReadingText.Normalise(c.Text).Text;
        return ReadingText.Normalise(once).Text == once;
    }

    [Property]
    public bool Issue12_ReadingText_PlainTextIsUnchanged(PlainReportTextCase c)
    {
        var read = ReadingText.Normalise(c.Text);
        return read.Text == c.Text && Enumerable.Range(0, c.Text.Length + 1).All(i => read.SourceIndex(i) == i);
    }

    [Property]
    public bool Issue12_ReadingText_SpansMapToTheSourceCharactersTheyCameFrom(ReportTextCase c)
    {
        var read = ReadingText.Normalise(c.Text);
        for (var start = 0; start <= read.Text.Length; start++)
        {
            for (var end = start; end <= read.Text.Length; end++)
            {
                var (sourceStart, sourceEnd) = read.SourceSpan(start, end);
                var kept = c.Text[sourceStart..sourceEnd].Where(ch => !ReadingText.IsDropped(ch)).Select(ReadingText.Normalise);
                if (!kept.SequenceEqual(read.Text[start..end])
                    || (end > start && (ReadingText.IsDropped(c.Text[sourceStart]) || ReadingText.IsDropped(c.Text[sourceEnd - 1]))))
                {
                    return false;
                }
            }
        }
        return true;
    }

    [Fact]
    public void Issue12_ReadingText_TheTableIsOneToOneAndSimplifiedFormsAreNotKeys()
    {
        var table = ReadingText.TraditionalToSimplified;
        Assert.True(table.Count >= 300, $"{table.Count} characters");
        Assert.All(table, pair =>
        {
            Assert.NotEqual(pair.Key, pair.Value);
            Assert.False(table.ContainsKey(pair.Value), $"{pair.Key} → {pair.Value}, itself a key");
            Assert.False(char.IsSurrogate(pair.Key) || char.IsSurrogate(pair.Value));
        });
    }

    [Theory]
    // 001_c81c4cc377fa0bf5.txt, "2011年,全区实现地区生产总值170亿元,同比增长25%", written in traditional script and full width.
    [InlineData("２０１１年，全區實現地區生產總值１７０億元，同比增長２５％", "2011年，全区实现地区生产总值170亿元，同比增长25%")]
    // 003_79fffe570bc6bca6.txt, "全社会固定资产投资289.2亿元,同比增长18.7%", traditional, full-width digits, ideographic space.
    [InlineData("全社會固定資產投資　２８９．２億元,同比增長１８．７％", "全社会固定资产投资 289.2亿元,同比增长18.7%")]
    // 004_1a1286fd04ac96d3.txt, "今年创业园计划总投资5875万元", traditional.
    [InlineData("今年創業園計劃總投資5875萬元", "今年创业园计划总投资5875万元")]
    [InlineData("ＧＤＰ（Ａ類）點數", "GDP(A类)点数")]
    public void Issue12_ReadingText_TraditionalAndFullWidthReadAsSimplifiedHalfWidth(string source, string expected)
    {
        var read = ReadingText.Normalise(source);
        Assert.Equal(expected, read.Text);
        Assert.Equal(source.Length, read.Text.Length);
    }

    [Fact]
    public void Issue12_ReadingText_ZeroWidthCharactersAreSkippedAndSpansStillPointIntoTheSource()
    {
        // 004_1a1286fd04ac96d3.txt, "预计全年可完成规上工业总产值亿元", pasted with a zero-width space and a BOM inside.
        const string source = "\uFEFF预计全年可完成规上\u200B工业总产值亿元";
        var read = ReadingText.Normalise(source);
        Assert.Equal("预计全年可完成规上工业总产值亿元", read.Text);
        var start = read.Text.IndexOf("规上工业总产值", StringComparison.Ordinal);
        var (sourceStart, sourceEnd) = read.SourceSpan(start, start + "规上工业总产值".Length);
        Assert.Equal("规上\u200B工业总产值", source[sourceStart..sourceEnd]);
    }
}
