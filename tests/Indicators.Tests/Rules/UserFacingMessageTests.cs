using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Rules;

/// <summary>
/// Issue 9, item 20: diagnostics and explanations use the names the user wrote, point at the offending token, and are
/// wholly in the chosen language.
/// </summary>
public partial class UserFacingMessageTests
{
    private static Outcome<RulePlan> Compile(string text) => RulePlan.Compile(text, sourceName: "t.rules");

    private static Diagnostic[] All(Outcome<RulePlan> result, string code) => [.. result.Diagnostics.Where(d => d.Code == code)];

    /// <summary>The text the caret underlines.</summary>
    private static string Underlined(string text, Diagnostic d) => text.Substring((int)d.Position, d.Length);

    [Fact]
    public void Issue9_20_Rl3004NamesUserIndicators()
    {
        const string text = "indicator 甲 unit 亿元;\nindicator 乙 unit 亿元;\nscheme S total 100 {\n  category 经济 90 { 甲 4 by capped_ratio(); 乙 4 by capped_ratio(); }\n  category 空 10 { }\n}";
        var result = Compile(text);
        var problems = All(result, "RL3004");
        Assert.Equal(2, problems.Length);

        var sum = problems[0];
        Assert.Equal("scheme 'S': category '经济' has indicator points 甲 4, 乙 4 that sum to 8, not the category weight 90", sum.Message);
        Assert.Equal("考核方案“S”：类别“经济”中各指标分值（甲 4，乙 4）合计8，不等于类别权重90", sum.ChineseMessage);
        Assert.Equal((4, 15, "90"), (sum.Line, sum.Column, Underlined(text, sum))); // the category's weight

        var empty = problems[1];
        Assert.Equal("scheme 'S': category '空' has no indicators", empty.Message);
        Assert.Equal("考核方案“S”：类别“空”没有指标", empty.ChineseMessage);
        Assert.Equal((5, 12, "空"), (empty.Line, empty.Column, Underlined(text, empty))); // the category, not the scheme line
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("Rule", StringComparison.Ordinal) || d.ChineseMessage.Contains("Rule", StringComparison.Ordinal));
    }

    [Fact]
    public void Issue9_20_Rl3004PointsAtTheItemItConcerns()
    {
        const string text = "scheme S total 100 {\n  category 经济 60 { GDP 60 by capped_ratio(); }\n  category 开放 30 { Exports 30 by capped_ratio(); }\n  grade 优秀 90;\n  grade 良好 95;\n}";
        var result = Compile(text);
        var problems = All(result, "RL3004");
        var total = Assert.Single(problems, d => d.Message.Contains("not the declared total", StringComparison.Ordinal));
        Assert.Equal("100", Underlined(text, total));
        Assert.Equal("考核方案“S”：各类别权重（经济 60，开放 30）合计90，不等于方案总分100", total.ChineseMessage);
        var order = Assert.Single(problems, d => d.Message.Contains("declare grades best first", StringComparison.Ordinal));
        Assert.Equal(5, order.Line);
        Assert.Equal("考核方案“S”：等级“良好”的分数线95不低于上一等级的90；请从高到低声明等级", order.ChineseMessage);
    }

    [Fact]
    public void Issue9_20_ExplanationsNameUserIndicators()
    {
        var result = Compile("indicator 研发强度 unit %;\nscheme S total 100 {\n  category 创新 100 { 研发强度 100 by efficacy_coefficient(); }\n}");
        Assert.True(result.Success, result.ToString());
        var plan = result.Value!;
        var code = plan.Indicators.Single(i => i.Name == "研发强度").Code;
        Assert.StartsWith("Rule", code, StringComparison.Ordinal); // generated: the name is not a code
        var assessed = plan.Schemes["S"].Evaluate([AssessmentZone.Of("开发区甲").WithValue(code, 2.5), AssessmentZone.Of("开发区乙").WithValue(code, 3.1)]);
        foreach (var language in new[] { ExplanationLanguage.Chinese, ExplanationLanguage.English })
        {
            var explanation = assessed.Explain(assessed[0].Id, language);
            Assert.DoesNotContain(code, explanation, StringComparison.Ordinal);
            Assert.Contains("   研发强度" + (language == ExplanationLanguage.Chinese ? "：" : ":"), explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Issue9_20_AnIndicatorWhoseNameIsTakenIsStillNotCalledByItsCode()
    {
        // 甲's title is 研发, so the indicator named 研发 needs another catalogue name: a number, not its generated code.
        var result = Compile("indicator 甲 \"研发\" unit 亿元;\nindicator 研发 unit 亿元;\nscheme S total 100 {\n  category 创新 100 { 甲 50 by capped_ratio() target 1; 研发 50 by capped_ratio() target 1; }\n}");
        Assert.True(result.Success, result.ToString());
        var codes = result.Value!.Indicators.Where(i => i.Name is "甲" or "研发").Select(i => i.Code).ToArray();
        var zone = AssessmentZone.Of("开发区甲").WithValue(codes[0], 1).WithValue(codes[1], 1);
        var assessed = result.Value.Schemes["S"].Evaluate([zone]);
        var explanation = assessed.Explain(assessed[0].Id, ExplanationLanguage.Chinese);
        Assert.Contains("   甲 研发：", explanation, StringComparison.Ordinal);
        Assert.Contains("   研发 研发（2）：", explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("Rule", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue9_20_Rl2013PointsAtUnitAndListsUnits()
    {
        const string text = "indicator 用水量 unit 立方米;";
        var d = Assert.Single(Compile(text).Diagnostics);
        Assert.Equal("RL2013", d.Code);
        Assert.Equal("立方米", Underlined(text, d));
        Assert.Equal("indicator 用水量 unit 立方米;\n" + new string(' ', 22) + "^^^^^^", d.Excerpt); // CJK characters are two columns wide
        Assert.StartsWith("'立方米' is not a unit (unknown unit \"立方米\"); did you mean '平方米'? Units are 元, 美元, 港元, 欧元, 日元, 平方米, 亩, 公顷, 平方公里, 米, 公斤, 吨, 吨标准煤, 千瓦时 or a counting noun",
            d.Message, StringComparison.Ordinal);
        Assert.StartsWith("“立方米”不是计量单位，是否指“平方米”？计量单位可用元、美元、港元、欧元、日元、平方米、亩、公顷、平方公里、米、公斤、吨、吨标准煤、千瓦时或计数单位",
            d.ChineseMessage, StringComparison.Ordinal);

        // Each side of a quotient is matched on its own; a unit nothing resembles gets the list only.
        var quotient = Assert.Single(Compile("indicator X unit \"万元/立方米\";").Diagnostics);
        Assert.Contains("did you mean '万元/平方米'?", quotient.Message, StringComparison.Ordinal);
        var nothing = Assert.Single(Compile("indicator X unit 斤两;").Diagnostics);
        Assert.StartsWith("“斤两”不是计量单位。计量单位可用", nothing.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue9_20_Rl2007SaysCurrency()
    {
        // 实际使用外资 is in 万美元; declaring the formula's unit 亿元 is a currency problem, not a "money" one.
        const string formula = "indicator 外资 = ActualForeignInvestment unit 亿元;";
        var d = Assert.Single(Compile(formula).Diagnostics);
        Assert.Equal("RL2007", d.Code);
        Assert.Equal("亿元", Underlined(formula, d));
        Assert.Equal("the formula of '外资' gives 万美元 (money), which does not fit its unit 亿元; the currency differs: USD vs CNY; convert the values into CNY with an exchange rate (ExchangeRate) first", d.Message);
        Assert.Equal("“外资”的公式结果为万美元 (货币)，与其单位亿元不符：币种不同（美元与人民币），请先按汇率换算为人民币", d.ChineseMessage);

        const string declared = "indicator GDP unit 万美元;";
        var unit = Assert.Single(Compile(declared).Diagnostics);
        Assert.Equal(("RL2007", "万美元"), (unit.Code, Underlined(declared, unit)));
        Assert.EndsWith("; the currency differs: USD vs CNY; convert the values into CNY with an exchange rate (ExchangeRate) first", unit.Message, StringComparison.Ordinal);
        Assert.EndsWith("：币种不同（美元与人民币），请先按汇率换算为人民币", unit.ChineseMessage, StringComparison.Ordinal);

        // Another dimension is not a currency problem.
        var area = Assert.Single(Compile("indicator X = GDP unit 亩;").Diagnostics);
        Assert.Equal("RL2007", area.Code);
        Assert.DoesNotContain("currency", area.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("币种", area.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue9_20_AliasMatchIsReported()
    {
        const string text = "indicator 研发两倍 = 研发经费 * 2 + 研发经费;\nindicator 总量 = 地区生产总值 + GDP;";
        var result = Compile(text);
        Assert.True(result.Success, result.ToString()); // information, not an error
        var d = Assert.Single(result.Diagnostics); // once per name; the code and the Chinese name are no alias
        Assert.Equal(("RL2020", DiagnosticSeverity.Information, 1, 18, "研发经费"), (d.Code, d.Severity, d.Line, d.Column, Underlined(text, d)));
        Assert.Equal("'研发经费' matched the catalogue indicator RdExpenditure (R&D经费支出) by its alias", d.Message);
        Assert.Equal("“研发经费”按别名匹配到指标体系中的指标RdExpenditure（R&D经费支出）", d.ChineseMessage);
        Assert.Equal("t.rules(1,18): info RL2020: '研发经费' matched the catalogue indicator RdExpenditure (R&D经费支出) by its alias", d.ToString(ExplanationLanguage.English));

        // In a scheme entry it points at the entry's name.
        const string scheme = "scheme S total 100 {\n  category 创新 100 { 研发经费 100 by capped_ratio() target 5; }\n}";
        var entry = Assert.Single(Compile(scheme).Diagnostics);
        Assert.Equal(("RL2020", "研发经费"), (entry.Code, Underlined(scheme, entry)));
    }

    // ------------------------------------------------------------------ every Chinese message is Chinese

    [GeneratedRegex(@"“[^”]*”|\[[^\]]*\]|U\+[0-9A-F]{4,6}|\\.|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Quotations();

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex AsciiWord();

    /// <summary>Words a Chinese message may quote as code: keywords, functions, scoring methods and their parameters, catalogue codes.</summary>
    private static readonly HashSet<string> CodeWords = new(
        RuleSyntax.Keywords.Concat(BuiltIns.Names).Concat(RuleEnvironment.Default.ScoringMethodNames).Concat(IndicatorCatalog.Standard.Select(d => d.Code))
            .Concat(RuleEnvironment.Default.ScoringMethodNames.SelectMany(n => RuleEnvironment.Default.TryGetScoringMethod(n, out var m) ? m.Parameters : [])),
        StringComparer.Ordinal);

    /// <summary>The ASCII words of a Chinese message that are neither quoted, nor code, nor written in the rule text: English that leaked in.</summary>
    internal static List<string> EnglishIn(string chineseMessage, string source)
    {
        var written = new HashSet<string>(AsciiWord().Matches(source).Select(m => m.Value), StringComparer.Ordinal);
        return [.. AsciiWord().Matches(Quotations().Replace(chineseMessage, " ")).Select(m => m.Value)
            .Where(w => w.Length > 1 && !written.Contains(w) && !CodeWords.Contains(w))];
    }

    /// <summary>Texts that between them raise every binding diagnostic and many syntax ones.</summary>
    private static readonly string[] Corpus =
    [
        "indicator X = GDPP;",
        "indicator A = B;\nindicator B = A;",
        "indicator L unit 亩;\nindicator X = GDP - L;",
        "check c: growth(GDP) > 2pp;",
        "indicator X = abs(GDP, GDP);",
        "indicator X = round(GDP, -1);",
        "indicator X = GDP / Employees unit %;",
        "indicator X = ActualForeignInvestment unit 亿元;",
        "indicator GDP unit 万美元;",
        "target GDP \"增长八成\";",
        "indicator X = delete(GDP);",
        "indicator X = target(GDP);",
        "target GDP \"增长8%\";\nindicator X = completion(GDP);",
        "scheme S total 100 {\n  category 经济 100 { GDP 100 by capped(1); }\n}",
        "scheme S total 100 {\n  category 经济 100 { GDP 100 by capped_ratio(limit: 1); }\n}",
        "scheme S total 100 {\n  category 经济 100 { GDP 100 by capped_ratio(cap: 0); }\n}",
        "scheme S total 100 {\n  category 经济 100 { GDP 100 by efficacy_coefficient(satisfactory: 1, unacceptable: 1); }\n}",
        "scheme S total 100 {\n  category 经济 100 { GDP 100 by eighty_percent(); }\n}",
        "indicator X;\nindicator X;",
        "indicator GDP;\nindicator 地区生产总值;",
        "indicator X unit 斤两;",
        "indicator X unit 立方米;",
        "check c: GDP;",
        "scheme P extends Q { }",
        "scheme A extends B { }\nscheme B extends A { }",
        "scheme S total 100 {\n  category 经济 100 { GDP 100 by capped_ratio(); }\n}\nscheme P extends S { category 新 { GDP 1 by capped_ratio(); } }",
        "scheme S total 100 {\n  category 经济 90 { GDP 90 by capped_ratio(); }\n}",
        "scheme S total 100 {\n  category 经济 100 { GDP 100 by capped_ratio(); }\n}\nscheme S total 100 {\n  category 经济 100 { GDP 100 by capped_ratio(); }\n}",
        "scheme S total 100 {\n  category 经济 100 { GDP 100; }\n}",
        "scheme S total 100 {\n  category 经济 100 { GDP by capped_ratio(); }\n}",
        "scheme S total 100 {\n  category 经济 100 { GDP 50 by capped_ratio(); GDP 50 by capped_ratio(); }\n  category 空 10 { }\n  category 混 0 { Exports 1 by capped_ratio(); Imports *2 by capped_ratio(); }\n}",
        "scheme S total 100 {\n  category 经济 100 { GDP 100 by capped_ratio(); }\n  bonus aid \"援建\" 0;\n  bonus aid \"重复\" 1;\n  deduction d \"扣分\" -1;\n  veto v \"否决\" grade 优秀;\n  grade 良好 80;\n  tier 第一档 3;\n  rank competition ties 20;\n}",
        "indicator 研发两倍 = 研发经费 * 2;",
        "indicator 研发投入 = 研发经费 * 2;",
        "indicator X = 1 +;\nindcator A;\nindicator total;\ncheck c: 1 < 2 < 3;\nindicator A \"open\nindicator B # ;\nindicator [C;\nindicator D /* never closed",
        "scheme S total 100分 { tier A 2.5; rank competition; rank dense; category C 1 { X 1 by f() by g(); } }",
        "indicator X = 1e999;",
        "target GDP \"a\\q\";",
        // The codes of numbers beside percentages (RL2015), repeated unit conversions (RL2016), % on another unit (RL2017)
        // and entries their method cannot score (RL3008, given target refused; derived indicator without one).
        "indicator 增速 = growth(GDP) unit %;\ncheck 增速快: growth(GDP) >= 8;",
        "indicator 专利密度 = InventionPatentsGranted / Employees * 10000 unit \"件/万人\";",
        "scheme S total 100 { category C 100 { GDP 100 by capped_ratio() target 3%; } }",
        "scheme S total 100 { category C 100 { GDP 100 by capped_ratio() target 0; } }",
        "indicator 外贸占比 = Exports / GDP unit %;\nscheme S total 100 { category C 100 { 外贸占比 100 by guaranteed_stretch(0.6) target 30; } }",
    ];

    [Fact]
    public void Issue9_20_EveryChineseMessageIsWhollyChinese()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Corpus)
        {
            foreach (var d in Compile(text).Diagnostics)
            {
                codes.Add(d.Code);
                Assert.True(EnglishIn(d.ChineseMessage, text) is [], d.Code + ": " + d.ChineseMessage + " (English: " + string.Join(", ", EnglishIn(d.ChineseMessage, text)) + ")");
            }
        }
        var nullText = Assert.Single(RulePlan.Compile((string?)null).Diagnostics);
        Assert.Empty(EnglishIn(nullText.ChineseMessage, ""));
        codes.Add(nullText.Code);

        // The limits, with small ones: nesting, statements, text length, errors, evaluation steps.
        var limits = new RuleLimits { MaxNestingDepth = 3, MaxStatements = 2, MaxTextLength = 400, MaxEvaluationSteps = 2 };
        var small = RuleEnvironment.Default.WithLimits(limits);
        string[] limited = ["indicator X = GDP + GDP + GDP + GDP + GDP;", "indicator A;\nindicator B;\nindicator C;", new string(' ', 401),
            string.Concat(Enumerable.Repeat("# ", 150))];
        foreach (var text in limited)
        {
            foreach (var d in RulePlan.Compile(text, small).Diagnostics)
            {
                codes.Add(d.Code);
                Assert.True(EnglishIn(d.ChineseMessage, text) is [], d.Code + ": " + d.ChineseMessage);
            }
        }
        var evaluation = RulePlan.Compile("indicator X = GDP * 2 + GDP;", RuleEnvironment.Default.WithLimits(limits with { MaxNestingDepth = 64 })).Value!.Evaluate(RuleZone.Create().With("GDP", 1));
        foreach (var d in evaluation.Diagnostics)
        {
            codes.Add(d.Code);
            Assert.True(EnglishIn(d.ChineseMessage, "") is [], d.Code + ": " + d.ChineseMessage);
        }
        // The corpus reaches every binding diagnostic, so the check above covers each one's Chinese message.
        string[] binding = ["RL2001", "RL2002", "RL2003", "RL2004", "RL2005", "RL2006", "RL2007", "RL2008", "RL2009", "RL2010", "RL2011", "RL2012", "RL2013", "RL2014",
            "RL2015", "RL2016", "RL2017", "RL3008", "RL2020", "RL3001", "RL3002", "RL3003", "RL3004", "RL3005", "RL3006", "RL3007", "RL1001", "RL1002", "RL1003", "RL1004", "RL1005", "RL1006",
            "RL1010", "RL1011", "RL1012", "RL1013", "RL1015", "RL1016", "RL1017", "RL1000", "RL4001", "RL4002", "RL4003", "RL4004", "RL4005"];
        Assert.Empty(binding.Except(codes));
    }

    private static readonly Gen<string> Names = Gen.Elements("GDP", "研发经费", "甲", "X", "Exports", "ActualForeignInvestment", "GDPP", "地区GDP", "[R&D经费]", "Employees", "地区生产总值");

    private static readonly Gen<string> UnitTexts = Gen.Elements("亿元", "万美元", "%", "立方米", "斤两", "亩", "\"万元/亩\"", "pp", "个百分点", "万人", "\"件/万人\"", "\"元/立方米\"");

    private static readonly Gen<string> Expressions =
        from a in Names
        from b in Names
        from op in Gen.Elements("+", "-", "*", "/", ">", "and")
        from shape in Gen.Choose(0, 4)
        select shape switch
        {
            0 => a,
            1 => a + " " + op + " " + b,
            2 => "growth(" + a + ")",
            3 => "completion(" + a + ")",
            _ => a + " " + op + " 8%",
        };

    internal static readonly Gen<string> Statements = Gen.OneOf(
        from n in Names from u in UnitTexts select "indicator " + n + " unit " + u + ";",
        from n in Names from e in Expressions from u in UnitTexts select "indicator 新" + n.Trim('[', ']') + " = " + e + " unit " + u + ";",
        from n in Names from w in Gen.Elements("增长8%", "增长八成", "下降3%", "达到100亿元") select "target " + n + " \"" + w + "\";",
        from e in Expressions select "check c: " + e + ";",
        from n in Names
        from m in Names
        from w in Gen.Choose(0, 120)
        from v in Gen.Choose(0, 120)
        from method in Gen.Elements("capped_ratio()", "efficacy_coefficient()", "benchmark_ratio(0)", "base_step(1)", "bogus()", "capped_ratio(limit: 1)",
            "interpolation()", "rank_ladder(share: -1)", "completion_steps(points: 0)")
        from extra in Gen.Elements("", "  category 空 10 { }\n", "  grade 优秀 90;\n  grade 良好 95;\n", "  veto v \"否决\" grade 无;\n")
        select "scheme S total 100 {\n  category 经济 " + w + " { " + n + " " + v + " by " + method + "; " + m + " 10 by capped_ratio(); }\n" + extra + "}");

    [Property(MaxTest = 200)]
    public void Chinese_messages_of_random_rule_texts_are_wholly_Chinese(RuleStatements statements)
    {
        var text = statements.Text;
        foreach (var d in Compile(text).Diagnostics)
        {
            Assert.True(EnglishIn(d.ChineseMessage, text) is [], d.Code + ": " + d.ChineseMessage + "\n" + text);
            Assert.DoesNotMatch(@"\bRule\d+\b", d.Message);
            Assert.DoesNotMatch(@"\bRule\d+\b", d.ChineseMessage);
        }
    }
}
