namespace Indicators.Tests.Rules;

public class DiagnosticExcerptTests
{
    [Fact]
    public void A_diagnostic_places_line_column_and_caret_under_CJK_text()
    {
        const string Text = "target GDP \"增长8%以上\";\nindicator 研发 = GDP + + 1;\n";
        var position = Text.IndexOf("+ +", StringComparison.Ordinal) + 2;
        var diagnostic = new Diagnostic("RL1000", DiagnosticSeverity.Error, "unexpected '+'", "意外的“+”", Text, position, 1, "a.rules");

        Assert.Equal(2, diagnostic.Line);
        Assert.Equal(22, diagnostic.Column);
        // 研发 takes four terminal columns, so the caret sits two further right than the character count.
        Assert.Equal("indicator 研发 = GDP + + 1;\n" + new string(' ', 23) + "^", diagnostic.Excerpt);
        Assert.Equal("a.rules(2,22): error RL1000: unexpected '+'", diagnostic.ToString(ExplanationLanguage.English));
        Assert.Equal("a.rules(2,22): error RL1000: 意外的“+”", diagnostic.ToString(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void The_excerpt_of_a_huge_one_line_text_is_a_window_around_the_place()
    {
        var text = new string('a', 1_000_000) + " ? " + new string('b', 1_000_000);
        var diagnostic = new Diagnostic("RL1001", DiagnosticSeverity.Error, "unexpected '?'", "意外的“?”", text, 1_000_001, 1);

        Assert.Equal(1, diagnostic.Line);
        Assert.Equal(1_000_002, diagnostic.Column);
        var lines = diagnostic.Excerpt!.Split('\n');
        Assert.True(lines[0].Length < 200, "the excerpt line is a window");
        Assert.Equal('?', lines[0][lines[1].IndexOf('^', StringComparison.Ordinal)]);
    }

    [Fact]
    public void An_expression_prints_as_rule_text()
    {
        var formula = new RuleBinaryExpression(RuleBinaryOperator.Divide, new NameReference("RdSpending"), new NameReference("营业收入"));

        Assert.Equal("RdSpending / 营业收入", formula.ToString());
        Assert.Equal(formula, RuleSet.Parse("indicator x = " + formula + ";").Value!.Indicators[0].Formula);
    }
}
