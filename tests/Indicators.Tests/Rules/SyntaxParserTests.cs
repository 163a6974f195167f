namespace Indicators.Tests.Rules;

public class SyntaxParserTests
{
    private static RuleSet ParseOk(string text)
    {
        var result = RuleSet.Parse(text);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return result.Value!;
    }

    private static RuleExpression Formula(string expression) => ParseOk($"indicator X = {expression};").Indicators[0].Formula!;

    private static NumberLiteral N(double value, string? unit = null) => new(value, unit);

    private static NameReference R(string name) => new(name);

    private static RuleBinaryExpression B(RuleBinaryOperator op, RuleExpression left, RuleExpression right) => new(op, left, right);

    private static RuleUnaryExpression Neg(RuleExpression operand) => new(RuleUnaryOperator.Negate, operand);

    private static void AssertSingle(string text, string code, int line, int column, string message, string chineseMessage)
    {
        var d = Single(text);
        Assert.Equal((code, line, column, message, chineseMessage), (d.Code, d.Line, d.Column, d.Message, d.ChineseMessage));
    }

    private static Diagnostic Single(string text)
    {
        var result = RuleSet.Parse(text);
        Assert.False(result.Success);
        return Assert.Single(result.Diagnostics);
    }

    // ------------------------------------------------------------ statements (docs/rule-language.md, "Reference: statements")

    [Fact]
    public void Indicator_declarations_with_every_part()
    {
        var rules = ParseOk("""
            indicator RdSpending "研发经费" unit 万元;
            indicator RdIntensity "研发投入强度" = RdSpending / OperatingRevenue unit %;
            indicator Energy unit "吨标准煤/万元" reverse;
            indicator 企业数 positive;
            indicator [R&D经费];
            """);
        Assert.Equal(
        [
            new IndicatorDeclaration("RdSpending", "研发经费", "万元"),
            new IndicatorDeclaration("RdIntensity", "研发投入强度", "%", null, B(RuleBinaryOperator.Divide, R("RdSpending"), R("OperatingRevenue"))),
            new IndicatorDeclaration("Energy", null, "吨标准煤/万元", Polarity.Reverse),
            new IndicatorDeclaration("企业数", null, null, Polarity.Positive),
            new IndicatorDeclaration("R&D经费"),
        ], rules.Indicators);
    }

    [Fact]
    public void Targets_and_checks()
    {
        var rules = ParseOk("""
            target GDP "增长8%以上";
            target Exports “确保8%、力争10%”;
            check rd_within_revenue: RdSpending <= OperatingRevenue "研发经费不应超过营业收入";
            check positive_gdp: GDP > 0;
            """);
        Assert.Equal([new TargetDeclaration("GDP", "增长8%以上"), new TargetDeclaration("Exports", "确保8%、力争10%")], rules.Targets);
        Assert.Equal(
        [
            new CheckDeclaration("rd_within_revenue", B(RuleBinaryOperator.LessOrEqual, R("RdSpending"), R("OperatingRevenue")), "研发经费不应超过营业收入"),
            new CheckDeclaration("positive_gdp", B(RuleBinaryOperator.Greater, R("GDP"), N(0))),
        ], rules.Checks);
    }

    [Fact]
    public void A_scheme_with_every_item_kind()
    {
        var rules = ParseOk("""
            scheme S "标题" extends Base total 110 {
              category 对外开放 30 cap 32 {
                ActualForeignInvestment *1.2 by efficacy_coefficient() missing reweight;
                ImportsExports ×0.8 by benchmark_ratio(benchmark: 1.5);
                GDP 3 by base_step(base: 2, step: 0.1, per: 2, mode: floor, max: -1) missing zero target 8 stretch 10 baseline -2;
                Tax;
              }
              category 科技创新 15;
              category 空 { }
              bonus 国家级荣誉 "获国家级荣誉" 1 each cap 2;
              bonus 试点 "试点示范" 0.5 once;
              bonus 其他 "其他" 1;
              bonuscap 3;
              deduction 环保督察 "中央生态环保督察反馈问题" 0.3;
              veto 重大事故 "发生重大及以上生产安全事故" exclude;
              veto 造假 "数据造假" zero;
              veto 信访 "重大信访" grade 合格;
              grade 优秀 90;
              tier 第一档 8;
              tier 其他档 rest;
              rank dense ties 2 within 地区;
            }
            """);
        var expected = new SchemeDeclaration("S", "标题", "Base", 110,
            [
                new CategoryDeclaration("对外开放", 30, 32,
                [
                    new ScoredIndicatorDeclaration("ActualForeignInvestment", IndicatorWeight.Multiplier(1.2), new ScoringMethodReference("efficacy_coefficient"), MissingDataPolicy.Reweight),
                    new ScoredIndicatorDeclaration("ImportsExports", IndicatorWeight.Multiplier(0.8), new ScoringMethodReference("benchmark_ratio", [new RuleArgument("benchmark", N(1.5))])),
                    new ScoredIndicatorDeclaration("GDP", IndicatorWeight.Points(3),
                        new ScoringMethodReference("base_step",
                        [
                            new RuleArgument("base", N(2)), new RuleArgument("step", N(0.1)), new RuleArgument("per", N(2)),
                            new RuleArgument("mode", R("floor")), new RuleArgument("max", N(-1)),
                        ]),
                        MissingDataPolicy.ScoreZero, 8, 10, -2),
                    new ScoredIndicatorDeclaration("Tax"),
                ]),
                new CategoryDeclaration("科技创新", 15),
                new CategoryDeclaration("空", null, null, []),
            ],
            [
                new BonusDeclaration("国家级荣誉", "获国家级荣誉", 1, BonusKind.PerEvent, 2),
                new BonusDeclaration("试点", "试点示范", 0.5, BonusKind.Fixed),
                new BonusDeclaration("其他", "其他", 1),
            ],
            3,
            [new DeductionDeclaration("环保督察", "中央生态环保督察反馈问题", 0.3)],
            [
                new VetoDeclaration("重大事故", "发生重大及以上生产安全事故", VetoForm.ExcludeFromRanking),
                new VetoDeclaration("造假", "数据造假", VetoForm.ScoreZero),
                new VetoDeclaration("信访", "重大信访", VetoForm.CapGrade, "合格"),
            ],
            [new GradeDeclaration("优秀", 90), new GradeDeclaration("第一档", null, 8), new GradeDeclaration("其他档")],
            new RankingDeclaration(RankingMethod.Dense, 2, "地区"));
        Assert.Equal(expected, Assert.Single(rules.Schemes));
        Assert.Null(expected.Categories[1].Indicators);
        Assert.Empty(expected.Categories[2].Indicators!);
    }

    [Fact]
    public void Scoring_method_arguments_may_be_named_with_keywords()
    {
        // capped_ratio(cap) and eighty_percent(per_point, cap, share): 'cap' is a keyword but names a parameter.
        var rules = ParseOk("scheme S { category C 10 { GDP 10 by capped_ratio(cap: 120%); } }");
        var argument = Assert.Single(rules.Schemes[0].Categories[0].Indicators![0].Method!.Arguments);
        Assert.Equal(new RuleArgument("cap", N(120, "%")), argument);
    }

    [Fact]
    public void The_specification_example_parses()
    {
        // docs/rule-language.md, the opening example, with its elided parts filled in.
        var rules = ParseOk("""
            // 研发投入强度 = R&D经费 / 营业收入
            indicator RdSpending "研发经费" unit 万元;
            indicator RdIntensity "研发投入强度" = RdSpending / OperatingRevenue unit %;

            target GDP "增长8%以上";
            check rd_within_revenue: RdSpending <= OperatingRevenue "研发经费不应超过营业收入";

            scheme Mofcom2021 "国家级经开区综合发展水平考核评价办法（2021年版）" total 100 {
              category 对外开放 30 {
                ActualForeignInvestment *1.2 by efficacy_coefficient() missing reweight;
                ImportsExports *1.2 by benchmark_ratio();
              }
              category 科技创新 15 { RdIntensity 1 by capped_ratio(1.2); /* filled in */ }
              bonus 国家级荣誉 "获国家级荣誉" 1 each cap 2;
              bonuscap 3;
              deduction 环保督察 "中央生态环保督察反馈问题" 0.3;
              veto 重大事故 "发生重大及以上生产安全事故，取消当年评价资格" exclude;
              grade 优秀 90;
              rank competition within 地区;
            }

            scheme Jiangsu2024 "江苏省开发区综合考核（示例）" extends Mofcom2021 {
              category 对外开放 25;          // override a weight
              category 统筹协调 15 { GDP 15 by interpolation(); }      // override or add entries
            }
            """);
        Assert.Equal(2, rules.Indicators.Count);
        Assert.Equal(2, rules.Schemes.Count);
        Assert.Equal("Mofcom2021", rules.Schemes[1].Extends);
        Assert.Equal(new CategoryDeclaration("对外开放", 25), rules.Schemes[1].Categories[0]);
        Assert.Equal(new RankingDeclaration(RankingMethod.Competition, null, "地区"), rules.Schemes[0].Ranking);
        Assert.Equal(rules, ParseOk(rules.ToText()));
    }

    // ------------------------------------------------------------ text (docs/rule-language.md, "Reference: text")

    [Fact]
    public void Numbers_with_unit_suffixes()
    {
        Assert.Equal(N(8, "%"), Formula("8%"));
        Assert.Equal(N(2.6, "pp"), Formula("2.6pp"));
        Assert.Equal(N(2.6, "个百分点"), Formula("2.6个百分点"));
        Assert.Equal(N(100, "亿元"), Formula("100亿元"));
        Assert.Equal(N(0.5, "吨标准煤/万元"), Formula("0.5吨标准煤/万元"));
        Assert.Equal(N(1.5e6), Formula("1.5e6"));
        Assert.Equal(N(1, "e"), Formula("1e"));
        Assert.Equal(N(12), Formula("１２"));
    }

    [Fact]
    public void Names_comments_and_strings()
    {
        var rules = ParseOk("""
            /* a block
               comment */ indicator [total] "a \"quoted\" \\ line\nbreak"; // to the end
            indicator _x1 “中文引号”;
            """);
        Assert.Equal(new IndicatorDeclaration("total", "a \"quoted\" \\ line\nbreak"), rules.Indicators[0]);
        Assert.Equal(new IndicatorDeclaration("_x1", "中文引号"), rules.Indicators[1]);
    }

    [Fact]
    public void Full_width_punctuation_reads_as_ascii() =>
        // Chinese input methods type （ ） ， ； ： and ％.
        Assert.Equal(
            ParseOk("check c: min(a, 5%) > 0; scheme S { category C 1 { X 1 by m(k: 1); } }"),
            ParseOk("check c： min（a， 5％） > 0； scheme S { category C 1 { X 1 by m（k： 1）； } }"));

    [Fact]
    public void Windows_line_breaks_give_the_same_places()
    {
        var d = Single("indicator A;\r\ntarget GDP \"x\"\r\nscheme S { }");
        Assert.Equal(("RL1010", 3, 1), (d.Code, d.Line, d.Column));
        Assert.Equal("scheme S { }\n^^^^^^", d.Excerpt);
    }

    [Fact]
    public void Keywords_name_functions_before_a_parenthesis() =>
        Assert.Equal(new CallExpression("target", R("GDP")), Formula("target(GDP)"));

    // ------------------------------------------------------------ expressions

    [Fact]
    public void Precedence_and_associativity()
    {
        Assert.Equal(B(RuleBinaryOperator.Subtract, B(RuleBinaryOperator.Subtract, R("a"), R("b")), R("c")), Formula("a - b - c"));
        Assert.Equal(B(RuleBinaryOperator.Subtract, R("a"), B(RuleBinaryOperator.Subtract, R("b"), R("c"))), Formula("a - (b - c)"));
        Assert.Equal(B(RuleBinaryOperator.Power, N(2), B(RuleBinaryOperator.Power, N(3), N(2))), Formula("2^3^2"));
        Assert.Equal(Neg(B(RuleBinaryOperator.Power, N(2), N(2))), Formula("-2^2"));
        Assert.Equal(B(RuleBinaryOperator.Power, N(-2), N(2)), Formula("(-2)^2"));
        Assert.Equal(B(RuleBinaryOperator.Add, R("a"), B(RuleBinaryOperator.Multiply, R("b"), R("c"))), Formula("a + b × c"));
        Assert.Equal(
            B(RuleBinaryOperator.Or, B(RuleBinaryOperator.And, new RuleUnaryExpression(RuleUnaryOperator.Not, B(RuleBinaryOperator.Less, R("a"), N(1))), new BooleanLiteral(true)), new BooleanLiteral(false)),
            Formula("not a < 1 and true or false"));
        Assert.Equal(new CallExpression("min", R("a"), new CallExpression("if", R("c"), N(1), N(2))), Formula("min(a, if(c, 1, 2))"));
        Assert.Equal(new CallExpression("present"), Formula("present()"));
    }

    [Fact]
    public void A_minus_before_a_number_is_a_negative_literal() =>
        // The rule chosen so that a model's negative literal round-trips (docs/rule-language.md).
        Assert.Equal(B(RuleBinaryOperator.Subtract, R("a"), N(-5, "%")), Formula("a - -5%"));

    [Theory]
    [InlineData("a - (b - c)")]
    [InlineData("a - b - c")]
    [InlineData("a / (b * c)")]
    [InlineData("2^3^2")]
    [InlineData("(2^3)^2")]
    [InlineData("-2^2")]
    [InlineData("(-2)^2")]
    [InlineData("-(5)")]
    [InlineData("--5")]
    [InlineData("a - -5")]
    [InlineData("2^-5")]
    [InlineData("not (a and b)")]
    [InlineData("not a and b")]
    [InlineData("(a < b) == false")]
    [InlineData("-(not a)")]
    [InlineData("(a or b) and c")]
    [InlineData("[R&D经费] / [营业 收入] * 100%")]
    [InlineData("target(GDP) + [not](x)")]
    public void Expressions_print_with_the_fewest_parentheses(string text) =>
        Assert.Equal(text, RulePrinter.Print(Formula(text)));

    [Fact]
    public void Printing_a_negated_literal_keeps_the_model() =>
        Assert.Equal("-(5)", RulePrinter.Print(Neg(N(5))));

    [Fact]
    public void Canonical_text_of_a_scheme()
    {
        var text = """
            indicator [R&D经费] "研发经费" unit 万元;
            target GDP "增长8%以上";
            scheme S "t" total 100 {
              category 对外开放 30 {
                GDP *1.2 by capped_ratio(cap: 1.2) missing reweight target 8;
              }
              category B 5;
              bonus X "x" 1 each cap 2;
              bonuscap 3;
              veto V "v" grade 合格;
              tier T rest;
              rank competition;
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(text, ParseOk(text).ToText());
        Assert.Equal(text, ParseOk(text).ToString());
    }

    // ------------------------------------------------------------ diagnostics

    [Fact]
    public void Missing_semicolon_after_a_target()
    {
        const string Text = "target GDP \"增长8%以上\"\nscheme S { }";
        AssertSingle(Text, "RL1010", 2, 1, "expected ';' after the target's wording, found 'scheme'", "目标措辞后应为“;”，实际为“scheme”");
        Assert.Equal("<text>(2,1): error RL1010: expected ';' after the target's wording, found 'scheme'", Single(Text).ToString(ExplanationLanguage.English));
    }

    [Fact]
    public void Unknown_word_after_missing_names_the_allowed_words() =>
        AssertSingle("scheme S {\n  category C 10 {\n    GDP 10 missing maybe;\n  }\n}", "RL1011", 3, 20,
            "expected 'error', 'zero' or 'reweight' after 'missing', found 'maybe'", "“missing”后应为“error”、“zero”或“reweight”，实际为“maybe”");

    [Theory]
    [InlineData("target GDP 增长8%;", "RL1010", 12, "expected a string (\"…\" or “…”) after the target's indicator, found '增长8'", "目标指标后应为字符串（\"…\"或“…”），实际为“增长8”")]
    [InlineData("check c a > b;", "RL1010", 9, "expected ':' after the check's name, found 'a'", "校验名称后应为“:”，实际为“a”")]
    [InlineData("indicator X = min(a b);", "RL1010", 21, "expected ',' or ')' in the call of 'min', found 'b'", "调用“min”时应为“,”或“)”，实际为“b”")]
    [InlineData("scheme S { veto V \"v\" cancel; }", "RL1011", 23, "expected 'zero', 'exclude', 'grade' or 'honours' after the veto's wording, found 'cancel'", "否决项措辞后应为“zero”、“exclude”、“grade”或“honours”，实际为“cancel”")]
    [InlineData("scheme S { rank fair; }", "RL1011", 17, "expected 'competition' or 'dense' after 'rank', found 'fair'", "“rank”后应为“competition”或“dense”，实际为“fair”")]
    [InlineData("indicator X unit 万元 reverse positive;", "RL1010", 29, "expected ';' after the polarity, found 'positive'", "指标方向后应为“;”，实际为“positive”")]
    public void Typical_mistakes(string text, string code, int column, string message, string chineseMessage) =>
        AssertSingle(text, code, 1, column, message, chineseMessage);

    [Fact]
    public void Four_separate_errors_give_four_diagnostics_with_their_places()
    {
        var result = RuleSet.Parse("""
            indicator A = 1 + ;
            indicator B unit 万元;
            scheme S {
              category C 10 {
                GDP 0 by capped_ratio(1.2);
                Exports 5;
              }
              grade 优秀;
            }
            check c: a < b < c;
            """, "s.rules");
        Assert.Equal(
        [
            ("RL1010", 1, 19, "expected an expression, found ';'", "应为表达式，实际为“;”"),
            ("RL1014", 5, 9, "a weight must be greater than 0", "权重必须大于0"),
            ("RL1010", 8, 11, "expected a number after the grade's name (its minimum total), found ';'", "等次名称后（最低总分）应为数值，实际为“;”"),
            ("RL1017", 10, 16, "comparisons do not chain: write 'a < b and b < c'", "比较不能连写：请写成“a < b and b < c”"),
        ], result.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.Message, d.ChineseMessage)));
        // Everything else parsed: B, the scheme with its category and Exports (GDP's bad weight is dropped, the entry kept).
        Assert.Equal([new IndicatorDeclaration("B", null, "万元")], result.Value!.Indicators);
        var entries = result.Value!.Schemes[0].Categories[0].Indicators!;
        Assert.Equal(["GDP", "Exports"], entries.Select(e => e.Indicator));
        Assert.Null(entries[0].Weight);
        Assert.Empty(result.Value!.Schemes[0].Grades);
        Assert.Empty(result.Value!.Checks);
        Assert.Equal("s.rules(10,16): error RL1017: comparisons do not chain: write 'a < b and b < c'", result.Diagnostics[3].ToString(ExplanationLanguage.English));
    }

    [Fact]
    public void Lexical_errors_are_reported_and_parsing_goes_on()
    {
        var result = RuleSet.Parse("indicator A \"open\nindicator B # ;\nindicator [C;\nindicator D /* never closed");
        Assert.Equal(["RL1002", "RL1001", "RL1005", "RL1004"], result.Diagnostics.Where(d => d.Code != "RL1010").Select(d => d.Code));
        var hash = result.Diagnostics.Single(d => d.Code == "RL1001");
        Assert.Equal((2, 13), (hash.Line, hash.Column));
        Assert.Contains("'#' (U+0023)", hash.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e999", 5, "the number is out of range", "数值超出范围")]
    [InlineData("1.5e+999", 8, "the number is out of range", "数值超出范围")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901234567890", 70, "the number is too long", "数字过长")]
    public void An_invalid_number_is_one_error(string number, int length, string reason, string chineseReason)
    {
        var d = Single($"indicator X = {number};");
        Assert.Equal(("RL1006", 15, length), (d.Code, d.Column, d.Length));
        Assert.Equal("invalid number: " + reason, d.Message);
        Assert.Equal("数值无效：" + chineseReason, d.ChineseMessage);
    }

    [Fact]
    public void A_keyword_used_as_a_name_suggests_brackets()
    {
        AssertSingle("indicator total;", "RL1016", 1, 11,
            "expected a name after 'indicator', found the keyword 'total' (write [total] for a name spelled like it)",
            "“indicator”后应为名称，实际为关键字“total”（同名的名称请写成 [total]）");
    }

    [Fact]
    public void Unknown_statement_and_unknown_scheme_item()
    {
        var result = RuleSet.Parse("indcator A;\nscheme S { weight X 1; }");
        Assert.Equal(
        [
            ("RL1011", 1, 1, "expected a statement ('indicator', 'target', 'check', 'scheme' or 'table'), found 'indcator'"),
            ("RL1011", 2, 12, "expected a scheme item ('category', 'bonus', 'bonuscap', 'deduction', 'veto', 'grade', 'tier', 'rank', 'weights' or 'exit') in the scheme 'S', found 'weight'"),
        ], result.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.Message)));
        Assert.Single(result.Value!.Schemes);
    }

    [Fact]
    public void Units_integers_and_duplicates()
    {
        var result = RuleSet.Parse("scheme S total 100分 { tier A 2.5; rank competition; rank dense; category C 1 { X 1 by f() by g(); } }");
        Assert.Equal(["RL1012", "RL1013", "RL1015", "RL1015"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(100, result.Value!.Schemes[0].Total);
        Assert.Equal(RankingMethod.Dense, result.Value!.Schemes[0].Ranking!.Method);
        Assert.Equal("g", result.Value!.Schemes[0].Categories[0].Indicators![0].Method!.Name);
    }

    [Fact]
    public void An_unclosed_scheme_is_reported_at_the_end_and_kept()
    {
        var result = RuleSet.Parse("scheme S {\n  grade A 90;\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RL1010", 3, 1), (d.Code, d.Line, d.Column));
        Assert.Equal("expected '}' to close the scheme 'S', found the end of the text", d.Message);
        Assert.Single(result.Value!.Schemes[0].Grades);
    }

    [Fact]
    public void A_missing_closing_brace_is_one_error_and_the_next_items_still_parse()
    {
        var result = RuleSet.Parse("scheme S {\n  category C 10 {\n    GDP 10;\n  grade A 90;\n}\nindicator X;");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RL1010", 4, 3), (d.Code, d.Line, d.Column));
        Assert.Equal("expected '}' to close the category 'C', found 'grade'", d.Message);
        Assert.Equal("结束类别“C”时应为“}”，实际为“grade”", d.ChineseMessage);
        Assert.Single(result.Value!.Schemes[0].Grades);
        Assert.Single(result.Value!.Schemes[0].Categories[0].Indicators!);
        Assert.Single(result.Value!.Indicators);

        // An entry with an error right before the missing '}': still two diagnostics, and the grade parses.
        var entry = RuleSet.Parse("scheme S {\n  category C 10 {\n    GDP 10 by\n  grade A 90;\n}");
        Assert.Equal([("RL1016", 4, 3), ("RL1010", 4, 3)], entry.Diagnostics.Select(d => (d.Code, d.Line, d.Column)));
        Assert.Equal("expected a name after 'by' (a scoring method), found the keyword 'grade' (write [grade] for a name spelled like it)", entry.Diagnostics[0].Message);
        Assert.Equal("expected '}' to close the category 'C', found 'grade'", entry.Diagnostics[1].Message);
        Assert.Single(entry.Value!.Schemes[0].Grades);

        var scheme = RuleSet.Parse("scheme S {\n  grade A 90;\nindicator X;");
        Assert.Equal(("RL1010", 3, 1), (scheme.Diagnostics[0].Code, scheme.Diagnostics[0].Line, scheme.Diagnostics[0].Column));
        Assert.Single(scheme.Diagnostics);
        Assert.Single(scheme.Value!.Indicators);
    }

    [Fact]
    public void Null_and_empty_text()
    {
        var none = RuleSet.Parse(null);
        Assert.False(none.Success);
        Assert.Equal("RL1000", Assert.Single(none.Diagnostics).Code);
        Assert.Equal(RuleSet.Empty, none.Value!);
        Assert.Equal(RuleSet.Empty, ParseOk("  // nothing\n"));
    }

    [Fact]
    public void Diagnostics_carry_the_source_name_and_an_excerpt()
    {
        var result = RuleSet.Parse("indicator 研发 = 经费 +;", "a.rules");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("a.rules", d.SourceName);
        // The caret sits under ';' after four CJK characters (two columns each).
        Assert.Equal("indicator 研发 = 经费 +;\n" + new string(' ', 23) + "^", d.Excerpt);
    }

    // ------------------------------------------------------------ limits

    [Fact]
    public void Deep_parentheses_are_a_limit_diagnostic_not_a_stack_overflow()
    {
        var text = "indicator X = " + new string('(', 100_000) + "1" + new string(')', 100_000) + ";\nindicator Y;";
        var result = RuleSet.Parse(text);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("RL4001", d.Code);
        Assert.Equal("the expression is nested more than 64 deep", d.Message);
        Assert.Equal([new IndicatorDeclaration("Y")], result.Value!.Indicators);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("not ")]
    [InlineData("2^")]
    [InlineData("1+")]
    [InlineData("f(")]
    public void Long_chains_are_a_limit_diagnostic(string repeated)
    {
        var text = "check X: " + string.Concat(Enumerable.Repeat(repeated, 100_000)) + "a;";
        Assert.Equal("RL4001", Assert.Single(RuleSet.Parse(text).Diagnostics).Code);
    }

    [Fact]
    public void A_chain_longer_than_the_limit_says_how_to_split_it()
    {
        var limits = RuleLimits.Default with { MaxNestingDepth = 3 };
        Assert.True(RuleSet.Parse("indicator X = a + b + c + d;", limits: limits).Success);
        var result = RuleSet.Parse("indicator X = a + b + c + d + e;", limits: limits);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("RL4001", 1, 31), (d.Code, d.Line, d.Column));
        Assert.Equal("the expression is nested more than 3 deep; each further operator of a chain like a + b + c nests one level deeper, so split the chain into derived indicators", d.Message);
        Assert.Equal("表达式嵌套超过 3 层；a + b + c 这样的连写每多一个运算符加深一层，请拆分为派生指标", d.ChineseMessage);
    }

    [Fact]
    public void Nesting_within_the_limit_parses()
    {
        var limits = RuleLimits.Default with { MaxNestingDepth = 10 };
        Assert.True(RuleSet.Parse("indicator X = " + new string('(', 9) + "1" + new string(')', 9) + ";", limits: limits).Success);
        Assert.Equal("RL4001", Assert.Single(RuleSet.Parse("indicator X = " + new string('(', 11) + "1" + new string(')', 11) + ";", limits: limits).Diagnostics).Code);
        // Blocks count too: a category block is at depth 2.
        var shallow = RuleLimits.Default with { MaxNestingDepth = 1 };
        Assert.Equal("RL4001", Assert.Single(RuleSet.Parse("scheme S { category C { } }", limits: shallow).Diagnostics).Code);
    }

    [Fact]
    public void Statement_and_text_limits()
    {
        var many = RuleSet.Parse("indicator A; indicator B; indicator C;", limits: RuleLimits.Default with { MaxStatements = 2 });
        var d = Assert.Single(many.Diagnostics);
        Assert.Equal(("RL4002", 1, 27), (d.Code, d.Line, d.Column));
        Assert.Equal(2, many.Value!.Indicators.Count);
        var entries = RuleSet.Parse("scheme S { category C { a; b; } }", limits: RuleLimits.Default with { MaxStatements = 3 });
        Assert.Equal("RL4002", Assert.Single(entries.Diagnostics).Code);
        var longText = RuleSet.Parse("indicator A;", limits: RuleLimits.Default with { MaxTextLength = 5 });
        Assert.Equal("RL4004", Assert.Single(longText.Diagnostics).Code);
        Assert.Equal(RuleSet.Empty, longText.Value!);
    }

    [Theory]
    [InlineData("#")]
    [InlineData("indicator ")]
    public void A_long_text_of_garbage_reports_at_most_a_hundred_errors(string repeated)
    {
        // A mebicharacter of garbage (a quarter of the default limit): never hundreds of thousands of diagnostics.
        var text = new System.Text.StringBuilder().Insert(0, repeated, (1024 * 1024) / repeated.Length).ToString();
        var result = RuleSet.Parse(text);
        Assert.InRange(result.Diagnostics.Count, 1, 101);
        Assert.False(result.Success);
        if (result.Diagnostics.Count == 101)
        {
            Assert.Equal("RL4005", result.Diagnostics.Single(d => d.Code == "RL4005").Code);
        }
    }

    [Fact]
    public void Limits_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleLimits.Default with { MaxNestingDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleLimits.Default with { MaxTextLength = -1 });
        Assert.Equal(64, RuleLimits.Default.MaxNestingDepth);
        Assert.Equal(4 * 1024 * 1024, RuleLimits.Default.MaxTextLength);
    }

    [Fact]
    public void The_source_map_has_every_node()
    {
        var text = "indicator X = a + f(2%, b); scheme S { category C 1 { GDP 1 by m(k: -1); } }";
        var parsed = RuleParser.Parse(text, null, null);
        Assert.Empty(parsed.Diagnostics);
        var result = parsed.ToOutcome();
        var map = parsed.SourceMap;
        string At(object node)
        {
            Assert.True(map.TryGetSpan(node, out var start, out var length));
            return text.Substring(start, length);
        }
        var formula = (RuleBinaryExpression)result.Value!.Indicators[0].Formula!;
        Assert.Equal("indicator X = a + f(2%, b);", At(result.Value!.Indicators[0]));
        Assert.Equal("a + f(2%, b)", At(formula));
        Assert.Equal("f(2%, b)", At(formula.Right));
        Assert.Equal("2%", At(((CallExpression)formula.Right).Arguments[0]));
        var entry = result.Value!.Schemes[0].Categories[0].Indicators![0];
        Assert.Equal("GDP 1 by m(k: -1);", At(entry));
        Assert.Equal("m(k: -1)", At(entry.Method!));
        Assert.Equal("k: -1", At(entry.Method!.Arguments[0]));
        Assert.Equal("-1", At(entry.Method!.Arguments[0].Value));
        Assert.Equal("category C 1 { GDP 1 by m(k: -1); }", At(result.Value!.Schemes[0].Categories[0]));
    }
}
