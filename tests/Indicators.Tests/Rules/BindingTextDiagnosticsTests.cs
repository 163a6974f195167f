namespace Indicators.Tests.Rules;

/// <summary>Every binding diagnostic, from text: the exact code, line and column (the offending token's first character: a name, a unit, a weight, else the node's).</summary>
public class BindingTextDiagnosticsTests
{
    private const string Scheme = "scheme S total 100 {\n  category 经济 100 { GDP 100 by capped_ratio(); }\n}\n";

    [Theory]
    [InlineData("RL2001", "indicator X = GDPP;", 1, 15)]
    [InlineData("RL2002", "indicator A = B;\nindicator B = A;", 1, 11)]
    [InlineData("RL2003", "indicator L unit 亩;\nindicator X = GDP - L;", 2, 15)]
    [InlineData("RL2004", "check c: growth(GDP) > 2pp;", 1, 10)]
    [InlineData("RL2005", "indicator X = abs(GDP, GDP);", 1, 15)]
    [InlineData("RL2006", "indicator X = round(GDP, -1);", 1, 26)]
    [InlineData("RL2007", "indicator X = GDP / Employees unit %;", 1, 36)]
    [InlineData("RL2008", "target GDP \"增长八成\";", 1, 1)]
    [InlineData("RL2009", "indicator X = delete(GDP);", 1, 15)]
    [InlineData("RL2010", "scheme S total 100 {\n  category 经济 100 { GDP 100 by capped(1); }\n}", 2, 32)]
    [InlineData("RL2011", "scheme S total 100 {\n  category 经济 100 { GDP 100 by capped_ratio(limit: 1); }\n}", 2, 45)]
    [InlineData("RL2012", "indicator X;\nindicator X;", 2, 11)]
    [InlineData("RL2013", "indicator X unit 斤两;", 1, 18)]
    [InlineData("RL2014", "check c: GDP;", 1, 10)]
    [InlineData("RL3001", "scheme P extends Q { }", 1, 1)]
    [InlineData("RL3002", "scheme A extends B { }\nscheme B extends A { }", 1, 1)]
    [InlineData("RL3003", Scheme + "scheme P extends S { category 新 { GDP 1 by capped_ratio(); } }", 4, 31)]
    [InlineData("RL3004", "scheme S total 100 {\n  category 经济 90 { GDP 90 by capped_ratio(); }\n}", 1, 16)]
    [InlineData("RL3005", Scheme + Scheme, 4, 8)]
    [InlineData("RL3006", "scheme S total 100 {\n  category 经济 100 { GDP 100; }\n}", 2, 21)]
    [InlineData("RL3007", "scheme S total 100 {\n  category 经济 100 { GDP by capped_ratio(); }\n}", 2, 21)]
    public void Each_binding_diagnostic_has_its_code_line_and_column(string code, string text, int line, int column)
    {
        var result = RulePlan.Compile(text, sourceName: "t.rules");
        Assert.False(result.Success);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.NotEmpty(d.Message);
        Assert.NotEmpty(d.ChineseMessage);
        Assert.Empty(UserFacingMessageTests.EnglishIn(d.ChineseMessage, text)); // wholly Chinese but for quoted code
        Assert.StartsWith(FormattableString.Invariant($"t.rules({line},{column}): error {code}: "), d.ToString(), StringComparison.Ordinal);
    }
}
