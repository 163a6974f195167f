using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Indicators.Reports;
using Indicators.Tool.Audit;
using Indicators.Data;
using Indicators.Tool.Output;
using NodaTime;

namespace Indicators.Tool.Tests;

/// <summary>The pieces of the output: the format's words, the excerpt's marks, the table's alignment, decoding.</summary>
public sealed class AuditOutputTests
{
    [Fact]
    public void Issue12_Audit_every_check_is_named_in_camelCase_and_every_enum_member_has_a_word()
    {
        foreach (var kind in Enum.GetValues<ConsistencyCheckKind>())
        {
            var name = kind.ToString();
            Assert.Equal(char.ToLowerInvariant(name[0]) + name[1..], AuditWords.Check(kind));
        }
        Assert.Equal(["actual", "estimate", "target", "ytd", "cumulative"], Enum.GetValues<ReportFactKind>().Select(AuditWords.Kind));
        Assert.Equal(["unverifiable", "consistent", "borderline", "inconsistent"], Enum.GetValues<ConsistencyVerdict>().Select(AuditWords.Verdict));
        Assert.Equal([null, "确保", "力争", "冲刺"], Enum.GetValues<TargetModality>().Select(AuditWords.Modality));
        Assert.Equal(
            [null, "以上", "以下", "以内", "左右", "突破", "近", "余", "超过", "不到"],
            Enum.GetValues<Qualifier>().Select(AuditWords.Qualifier));
    }

    [Fact]
    public void Issue12_Audit_a_period_is_a_year_or_a_range_of_months()
    {
        Assert.Null(AuditWords.Period(null));
        Assert.Equal("2013", AuditWords.Period(ReportingPeriod.Year(2013)));
        Assert.Equal("2013-01..2013-09", AuditWords.Period(ReportingPeriod.YearToDate(2013, 9)));
        Assert.Equal("2013-07..2013-09", AuditWords.Period(ReportingPeriod.Quarter(2013, 3)));
        Assert.Equal("2013-01..2013-06", AuditWords.Period(ReportingPeriod.HalfYear(2013, 1)));
        Assert.Equal("2013-05..2013-05", AuditWords.Period(ReportingPeriod.Month(2013, 5)));
        // 十四五 is 2021–2025; 2016年至2018年 is three whole years, not one.
        Assert.Equal("2021-01..2025-12", AuditWords.Period(ReportingPeriod.FiveYearPlan(14)));
        Assert.Equal("2016-01..2018-12", AuditWords.Period(ReportingPeriod.DateRange(new LocalDate(2016, 1, 1), new LocalDate(2018, 12, 31))));
        Assert.Equal("2013", AuditWords.Period(ReportingPeriod.DateRange(new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31))));
    }

    [Fact]
    public void Issue12_Audit_a_figure_is_written_with_its_stated_decimals_and_qualifier()
    {
        Assert.Equal("63.0", AuditWords.Written(StatedFigure.Rounded(63.0m)));
        Assert.Equal("35.5", AuditWords.Written(StatedFigure.Rounded(35.5m)));
        Assert.Equal("近10", AuditWords.Written(StatedFigure.Rounded(10m, Qualifier.Nearly)));
        Assert.Equal("170余", AuditWords.Written(StatedFigure.Rounded(170m, Qualifier.Over)));
        Assert.Equal("-3.7", AuditWords.Written(StatedFigure.Rounded(-3.7m)));
        Assert.Equal("3", AuditWords.Written(StatedFigure.Exact(3)));
    }

    [Fact]
    public void Issue12_Audit_the_excerpt_marks_the_figure()
    {
        // data/reports/000_6a522123856b6a66.txt, line 24, from 全年: 固 is at 4, 元 ends at 16, 增长492% is [17, 23).
        const string text = "全年完成固定资产投资35.5亿元,增长492%,";
        Assert.Equal("全年完成【固定资产投资35.5亿元】,增长492%,", AuditTable.Excerpt(text, 4, 16, [(4, 16)]));
        // Two facts of one finding, each marked; overlapping marks make one pair.
        Assert.Equal("全年完成【固定资产投资35.5亿元】,【增长492%】,", AuditTable.Excerpt(text, 4, 23, [(4, 16), (17, 23)]));
        Assert.Equal("全年完成【固定资产投资35.5亿元,增长492%】,", AuditTable.Excerpt(text, 4, 23, [(4, 16), (10, 23)]));
    }

    [Fact]
    public void Issue12_Audit_a_long_excerpt_is_cut_with_an_ellipsis_on_one_line()
    {
        var text = new string('甲', 40) + "\n投资35.5亿元\r\n" + new string('乙', 40);
        var start = 41;
        var end = start + 8;
        Assert.Equal("…" + new string('甲', 15) + " 【投资35.5亿元】  " + new string('乙', 14) + "…", AuditTable.Excerpt(text, start, end, [(start, end)]));
    }

    [Fact]
    public void Issue12_Audit_table_columns_line_up_by_display_width()
    {
        var table = new TextTable("id", "indicator", "value");
        table.Add("f1", "固定资产投资", "35.5亿元");
        table.Add("f2", "GDP", "8");
        using var writer = new StringWriter();
        table.WriteTo(writer);
        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        // The value column starts after the widest indicator: 固定资产投资 is 12 columns wide, plus two spaces.
        Assert.Equal(["id  indicator     value", "f1  固定资产投资  35.5亿元", "f2  GDP           8"], lines);
        Assert.Equal(12, TextTable.Width("固定资产投资"));
        Assert.Equal("固定资…", TextTable.Fit("固定资产投资", 7));
    }

    [Property(MaxTest = 300)]
    public void Issue12_Audit_decoding_any_bytes_gives_text_or_one_error_line(byte[] bytes)
    {
        var file = TextFile.Decode("r.txt", bytes);
        Assert.True(file.Text is null != (file.Error is null));
        if (file.Error is { } error)
        {
            Assert.StartsWith("r.txt: ", error, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error);
        }
    }

    [Property(MaxTest = 300)]
    public void Issue12_Audit_UTF8_text_decodes_to_itself_with_or_without_a_BOM(NonNull<string> generated)
    {
        // Lone surrogates cannot be encoded; a leading U+FEFF would be taken for the BOM.
        var text = new string([.. generated.Get.Where(c => !char.IsSurrogate(c))]).TrimStart('\uFEFF');
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(text, TextFile.Decode("r.txt", bytes).Text);
        Assert.Equal(text, TextFile.Decode("r.txt", [.. Encoding.UTF8.Preamble, .. bytes]).Text);
    }
}
