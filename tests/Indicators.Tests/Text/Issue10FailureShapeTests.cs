using System.Text;

namespace Indicators.Tests.Text;

/// <summary>
/// Issue 10, item 2: one failure shape. Rule compile, scheme build, CSV, zbulk and observations all answer with an
/// <see cref="Outcome{T}"/> of <see cref="Diagnostic"/>s: a stable code, the source, the line and column of the place
/// (for CSV, inside the value that failed to parse), both languages; nothing thrown for bad content.
/// </summary>
public class Issue10FailureShapeTests
{
    private const string Header = "zone,indicator,period,kind,value,unit\n";

    [Fact]
    public void Issue10_Csv_AValueErrorPointsInsideTheValue()
    {
        const string row = "A,GDP,2023,actual,12x.5,亿元";
        var result = BulkCsv.Parse(Header + row + "\n", IndicatorCatalog.Standard);

        var inner = Quantity.Parse("12x.5");
        Assert.False(inner.Success);
        Assert.True(inner.Error.Position > 0, "the number reader stops inside the value, past '12'");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("BK2007", DiagnosticSeverity.Error, "value"), (error.Code, error.Severity, error.Field));
        Assert.Equal(2, error.Line);
        // The value starts after the fourth comma; the column is that start plus the inner parse error's position.
        int valueColumn = 1 + row.IndexOf("12x.5", StringComparison.Ordinal);
        Assert.Equal(valueColumn + inner.Error.Position, error.Column);
        Assert.Equal('x', row[error.Column - 1]);
        Assert.Equal(row + "\n" + new string(' ', error.Column - 1) + "^", error.Excerpt);
        Assert.StartsWith($"<text>(2,{error.Column}): error BK2007: unparsable value", error.ToString(ExplanationLanguage.English), StringComparison.Ordinal);
        Assert.StartsWith("无法解析的数值", error.ChineseMessage, StringComparison.Ordinal);
        Assert.Null(result.Value);
        Assert.Throws<DiagnosticException>(() => result.GetValueOrThrow());
    }

    [Fact]
    public void Issue10_Csv_QuotesAndSpacesDoNotMoveTheColumn()
    {
        // The value is quoted, padded, and follows a field with a doubled quote: the column is still the bad character's.
        const string row = "\"A \"\"east\"\"\",GDP,2023,actual,\"  12x.5\",亿元";
        var error = Assert.Single(BulkCsv.Parse(Header + row + "\n", IndicatorCatalog.Standard).Diagnostics);
        Assert.Equal("BK2007", error.Code);
        Assert.Equal('x', row[error.Column - 1]);
        Assert.Equal(1 + row.IndexOf("12x.5", StringComparison.Ordinal) + Quantity.Parse("12x.5").Error!.Position, error.Column);
    }

    [Fact]
    public void Issue10_Csv_APeriodErrorKeepsTheParsersPosition_OnItsLine_InTheNamedFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "issue10-" + Guid.NewGuid().ToString("N") + ".csv");
        const string bad = "B,GDP,20x3,actual,1,亿元";
        File.WriteAllText(path, Header + "A,GDP,2023,actual,1,亿元\n" + bad + "\n", Encoding.UTF8);
        try
        {
            var result = BulkCsv.Read(path, IndicatorCatalog.Standard);
            var error = Assert.Single(result.Diagnostics);
            var inner = ReportingPeriod.Parse("20x3");
            Assert.False(inner.Success);
            Assert.Equal(("BK2004", path, 3, "period"), (error.Code, error.SourceName, error.Line, error.Field));
            Assert.Equal(1 + bad.IndexOf("20x3", StringComparison.Ordinal) + inner.Error.Position, error.Column);
            Assert.StartsWith(path + "(3,", error.ToString(ExplanationLanguage.English), StringComparison.Ordinal);
            // The valid row still loads: the value is there, with an error beside it.
            Assert.NotNull(result.Value);
            Assert.True(result.HasErrors);
            Assert.False(result.Success);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Issue10_Csv_ACsvWithAHeaderAndNoRowsHasNoValueAndSaysSo()
    {
        var result = BulkCsv.Parse(Header, IndicatorCatalog.Standard);
        Assert.Null(result.Value);
        Assert.Equal("BK3005", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Issue10_Zbulk_AFaultHasItsCodeTheFileTheFieldAndTheByte()
    {
        var stream = new MemoryStream();
        ZbulkFile.Write(stream, new BulkDataset(1, [100.0], [Polarity.Positive], 2, 2020));
        var bytes = stream.ToArray();

        var magic = (byte[])bytes.Clone();
        magic[3] ^= 0x20;
        var error = Assert.Single(ZbulkFile.Read(new MemoryStream(magic), "z.bin").Diagnostics);
        Assert.Equal(("ZB1001", "z.bin", "magic", 0L), (error.Code, error.SourceName, error.Field, error.Position));
        Assert.Equal((0, 0, null), (error.Line, error.Column, error.Excerpt));   // a binary file has no lines
        Assert.StartsWith("z.bin(byte 0): error ZB1001: field 'magic': ", error.ToString(ExplanationLanguage.English), StringComparison.Ordinal);

        var cut = ZbulkFile.Read(new MemoryStream(bytes[..^3]), "z.bin");
        var truncated = Assert.Single(cut.Diagnostics);
        Assert.Equal(("ZB1005", "target", (long)bytes.Length - 3), (truncated.Code, truncated.Field, truncated.Position));
        Assert.Contains("第 " + (bytes.Length - 3) + " 字节", truncated.ChineseMessage, StringComparison.Ordinal);
        Assert.Null(cut.Value);
    }

    [Fact]
    public void Issue10_RuleCompile_AnUnknownNameHasItsCodeSourceLineAndColumn()
    {
        const string text = "indicator A = GDP;\nindicator X = GDPP * 2;";
        var result = RulePlan.Compile(text, sourceName: "a.rules");
        var error = Assert.Single(result.Errors);
        Assert.Equal(("RL2001", "a.rules", 2), (error.Code, error.SourceName, error.Line));
        Assert.Equal(1 + "indicator X = ".Length, error.Column);
        Assert.StartsWith($"a.rules(2,{error.Column}): error RL2001: ", error.ToString(ExplanationLanguage.English), StringComparison.Ordinal);
        Assert.StartsWith($"a.rules(2,{error.Column}): error RL2001: " + error.ChineseMessage, error.ToString(ExplanationLanguage.Chinese), StringComparison.Ordinal);
        Assert.Null(result.Value);
        // Without a source name a text is "<text>".
        Assert.StartsWith("<text>(2,", Assert.Single(RulePlan.Compile(text).Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue10_SchemeBuild_EachProblemHasItsCodeAndTheSchemesName()
    {
        var outcome = AssessmentScheme.CreateBuilder("S", 100)
            .Category("A", -5, c => c.Indicator("GDP", ScoringMethods.CappedRatio(), IndicatorWeight.Points(5)))
            .Category("A", 105, c => c.Indicator("NoSuchIndicator", ScoringMethods.CappedRatio(), IndicatorWeight.Points(105)))
            .TryBuild();
        Assert.Null(outcome.Value);
        Assert.All(outcome.Diagnostics, d => Assert.Equal(("scheme 'S'", 0, 0), (d.SourceName, d.Line, d.Column)));
        var codes = outcome.Diagnostics.Select(d => d.Code).ToList();
        Assert.Contains("SB1002", codes);   // category 'A' declared twice
        Assert.Contains("SB1003", codes);   // a weight that is not positive
        Assert.Contains("SB1008", codes);   // an indicator not in the catalogue
        var thrown = Assert.Throws<DiagnosticException>(() => outcome.GetValueOrThrow());
        Assert.All(outcome.Diagnostics, d => Assert.Contains(d.ToString(ExplanationLanguage.English), thrown.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Issue10_Outcome_WarningsAloneAreASuccess()
    {
        // RL2020 is information: a name reached by an alias. The plan is there, and Success holds.
        var result = RulePlan.Compile("indicator X = 研发经费 * 2;");
        Assert.True(result.Success, result.ToString());
        Assert.Equal(DiagnosticSeverity.Information, Assert.Single(result.Diagnostics).Severity);
        Assert.False(result.HasErrors);
        Assert.Empty(result.Errors);
        Assert.Same(result.Value, result.GetValueOrThrow());
    }
}
