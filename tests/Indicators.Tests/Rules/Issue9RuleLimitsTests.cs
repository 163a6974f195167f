using System.Text;
using FsCheck;
using FsCheck.Fluent;
using static Indicators.Tests.Rules.M;

namespace Indicators.Tests.Rules;

/// <summary>Regression tests of issue 9's rule-language items: overflow, stack guards, bounded echoes and bounded binder work.</summary>
public class Issue9RuleLimitsTests
{
    private static void AssertBounded(Diagnostic d, int bound = 600)
    {
        Assert.True(d.Message.Length <= bound, $"{d.Code}: English message of {d.Message.Length} characters");
        Assert.True(d.ChineseMessage.Length <= bound, $"{d.Code}: Chinese message of {d.ChineseMessage.Length} characters");
        Assert.True((d.Excerpt?.Length ?? 0) <= 2 * bound, $"{d.Code}: excerpt of {d.Excerpt?.Length} characters");
    }

    /// <summary>Runs <paramref name="action"/> on a thread with a small stack, so a missing guard shows without a huge input.</summary>
    private static T OnSmallStack<T>(Func<T> action, int stackBytes = 512 * 1024)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, stackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The action failed on the small stack.", failure);
        }
        return result;
    }

    // ---- 6 ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void Issue9_06_OverflowingWeightSumIsADiagnostic()
    {
        // The reproducer: unclosed blocks and two weights whose sum is ∞.
        var result = RulePlan.Compile("scheme S{category C 1e308{category C2 1e308{");
        Assert.Null(result.Value);
        var overflow = Assert.Single(result.Diagnostics, d => d.Code == "RL3009");
        Assert.True(overflow.Line > 0, "the diagnostic has a place");
        Assert.Contains("C2", overflow.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", overflow.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("∞", overflow.ChineseMessage, StringComparison.Ordinal);

        // Closed blocks, entries whose points overflow within a category, and a total beyond range.
        var entries = RulePlan.Compile("""
            scheme T total 1e308 {
              category C 1e308 {
                GDP 1e308 by capped_ratio();
                Exports 1e308 by capped_ratio();
              }
            }
            """);
        Assert.Null(entries.Value);
        Assert.Contains(entries.Diagnostics, d => d.Code == "RL3009" && d.Line == 4);
        Assert.All(entries.Diagnostics, d => Assert.DoesNotContain("Infinity", d.Message, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Issue9_06_TheSchemeBuilderReportsOverflowingWeightsInsteadOfThrowing()
    {
        static AssessmentSchemeBuilder Builder(double w1, double w2, IndicatorWeight e1, IndicatorWeight e2) =>
            AssessmentScheme.CreateBuilder("S", 100)
                .Category("C", w1, c => c.Indicator("GDP", ScoringMethods.CappedRatio(), e1).Indicator("Exports", ScoringMethods.CappedRatio(), e2))
                .Category("C2", w2, c => c.Indicator("RdExpenditure", ScoringMethods.CappedRatio(), IndicatorWeight.Points(w2)));
        var categories = Builder(1e308, 1e308, IndicatorWeight.Points(5e307), IndicatorWeight.Points(5e307)).TryBuild();
        Assert.Contains("category weights add up beyond the range of a number", categories.Diagnostics.Select(d => d.Message));
        var points = Builder(1e308, 1, IndicatorWeight.Points(1e308), IndicatorWeight.Points(1e308)).TryBuild();
        Assert.Contains("category 'C' has indicator weights that add up beyond the range of a number", points.Diagnostics.Select(d => d.Message));
        var multipliers = Builder(1e308, 1, IndicatorWeight.Multiplier(10), IndicatorWeight.Multiplier(10)).TryBuild();
        Assert.Contains(multipliers.Diagnostics.Select(d => d.Message), p => p.Contains("beyond the range of a number", StringComparison.Ordinal));
    }

    // ---- 7 ---------------------------------------------------------------------------------------------------------

    private const string ReadmePlan = "indicator 研发强度测算 = [R&D经费] / 营业收入 unit %;";

    [Fact]
    public void Issue9_07_OverflowingResultIsMissingInBothPaths()
    {
        var plan = RulePlan.Compile(ReadmePlan).Value!;
        var evaluation = plan.Evaluate(RuleZone.Create().With("RdExpenditure", 1e308).With("OperatingRevenue", 1));
        var result = evaluation.Find("研发强度测算")!;
        Assert.Null(result.Value);
        Assert.Equal("out of range: the result is beyond ±1.8e308 in its unit", result.MissingReason);
        Assert.Equal("结果超出范围：超过 ±1.8e308（按其单位）", result.Explanation.GetMissingReason(ExplanationLanguage.Chinese));
        Assert.DoesNotContain("Infinity", evaluation.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("∞", evaluation.ToString(ExplanationLanguage.Chinese), StringComparison.Ordinal);

        var dataset = new BulkDataset(2, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], 1, 2024, ["RdExpenditure", "OperatingRevenue"]);
        dataset.SetActual(0, 0, 0, 1e308);
        dataset.SetActual(0, 1, 0, 1);
        dataset.SetActual(1, 0, 0, 12.6);
        dataset.SetActual(1, 1, 0, 480);
        var bulk = plan.EvaluateBulk(dataset);
        Assert.Null(bulk.GetValue(0, "研发强度测算", 0));
        Assert.Equal(2.625, bulk.GetValue(1, "研发强度测算", 0)!.Value, 12);

        // A percent whose inside value is finite but whose shown value is not (a node of the explanation), and a
        // target whose conversion overflows.
        var percent = RulePlan.Compile("""
            indicator P unit %;
            indicator Q = P * 1e10 * 0.5;
            indicator M unit 万亿元;
            indicator Half = M / 2;
            target M "达到5元";
            """).Value!;
        var e = percent.Evaluate(RuleZone.Create().With("P", 1e300).With("M", 1e308));
        Assert.Null(e.Find("Q")!.Value);
        Assert.NotNull(e.Find("Q")!.MissingReason);
        Assert.Equal(5e307, e.Find("Half")!.Value);
        Assert.Null(e.Targets[0].Actual);
        Assert.NotNull(e.Targets[0].MissingReason);
        _ = e.ToString(ExplanationLanguage.Chinese);
    }

    // ---- 8 ---------------------------------------------------------------------------------------------------------

    private static RuleExpression FlatSum(int terms)
    {
        RuleExpression e = N("GDP");
        for (var i = 1; i < terms; i++)
        {
            e = Add(e, N("GDP"));
        }
        return e;
    }

    [Fact]
    public void Issue9_08_DeepTreesAreGuardedInTheBinderTheEvaluatorAndTheirWriters()
    {
        var raised = RuleEnvironment.Default.WithLimits(RuleLimits.Default with { MaxNestingDepth = 1_000_000 });

        // The reproducer in text: a flat sum of 5,000 terms. Whatever the stack, it is a plan or one RL4001, and a
        // plan evaluates to a value or to missing with a reason.
        var text = "indicator S = " + string.Join("+", Enumerable.Repeat("GDP", 5_000)) + ";";
        var (textResult, textValue) = OnSmallStack(() =>
        {
            var compiled = RulePlan.Compile(text, raised);
            var value = compiled.Value?.Evaluate(RuleZone.Create().With("GDP", 1)).Find("S");
            _ = value?.Explanation.ToString();
            return (compiled, value);
        }, 256 * 1024);
        if (textResult.Value is null)
        {
            var d = Assert.Single(textResult.Diagnostics);
            Assert.Equal("RL4001", d.Code);
            Assert.DoesNotContain("1000000", d.Message, StringComparison.Ordinal);
            Assert.Contains("stack", d.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(textValue!.Value == 5_000 || textValue.MissingReason is not null);
        }

        // A model of 20,000 terms: the binder stops at the stack with RL4001 naming the stack, not the depth limit.
        var binder = OnSmallStack(() => RulePlan.Compile(Set(Derived("S", FlatSum(20_000))), raised), 256 * 1024);
        var rl4001 = Single(binder, "RL4001");
        Assert.Contains("stack", rl4001.Message, StringComparison.Ordinal);
        Assert.Contains("栈", rl4001.ChineseMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("1000000", rl4001.Message, StringComparison.Ordinal);

        // Compiled on a large stack, evaluated (and explained, and compiled for bulk) on a small one: missing with a
        // reason, not a dead process.
        var plan = OnSmallStack(() => RulePlan.Compile(Set(Derived("S", FlatSum(3_000))), raised).Value!, 64 * 1024 * 1024);
        var evaluated = OnSmallStack(() =>
        {
            var e = plan.Evaluate(RuleZone.Create().With("GDP", 1));
            _ = e.ToString();
            return e.Find("S")!;
        }, 256 * 1024);
        Assert.Null(evaluated.Value);
        Assert.Contains("stack", evaluated.MissingReason, StringComparison.Ordinal);
        var large = OnSmallStack(() => plan.Evaluate(RuleZone.Create().With("GDP", 1)).Find("S")!.Value, 64 * 1024 * 1024);
        Assert.Equal(3_000, large);
        var dataset = new BulkDataset(1, [1.0], [Polarity.Positive], 1, 2024, ["GDP"]);
        dataset.SetActual(0, 0, 0, 1);
        Assert.Equal(3_000, OnSmallStack(() => plan.EvaluateBulk(dataset).GetValue(0, "S", 0), 256 * 1024));
    }

    [Fact]
    public void Issue9_08_RL4001_names_the_limit_actually_hit()
    {
        var raised = RuleLimits.Default with { MaxNestingDepth = 1_000_000 };
        var text = "indicator S = " + new string('(', 200_000) + "GDP" + new string(')', 200_000) + ";";
        var parsed = OnSmallStack(() => RuleSet.Parse(text, limits: raised), 256 * 1024);
        var d = Assert.Single(parsed.Diagnostics);
        Assert.Equal("RL4001", d.Code);
        Assert.DoesNotContain("1000000", d.Message, StringComparison.Ordinal);
        Assert.Contains("stack", d.Message, StringComparison.Ordinal);
        Assert.Contains("栈", d.ChineseMessage, StringComparison.Ordinal);

        var byLimit = Assert.Single(RuleSet.Parse("indicator S = " + new string('(', 100) + "GDP" + new string(')', 100) + ";").Diagnostics);
        Assert.Equal("the expression is nested more than 64 deep", byLimit.Message);
    }

    // ---- 9 ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void Issue9_09_PrintingADeepModelNeverThrows()
    {
        RuleExpression not = N("Flag");
        RuleExpression negate = N("GDP");
        for (var i = 0; i < 100_000; i++)
        {
            not = new RuleUnaryExpression(RuleUnaryOperator.Not, not);
            negate = new RuleUnaryExpression(RuleUnaryOperator.Negate, negate);
        }
        var rules = new RuleSet([Derived("Deep", negate)], checks: [new CheckDeclaration("deep", not)]);
        var text = OnSmallStack(rules.ToText, 256 * 1024);
        Assert.Equal(text, OnSmallStack(rules.ToString, 256 * 1024));
        Assert.StartsWith("indicator Deep = --", text, StringComparison.Ordinal);
        Assert.Contains("check deep: not not not", text, StringComparison.Ordinal);
        Assert.Equal(100_000, text.Count(c => c == '-'));
        Assert.Equal(100_000, CountOf(text, "not "));
        Assert.Equal(new string('-', 100_000) + "GDP", OnSmallStack(negate.ToString, 256 * 1024));
    }

    [Fact]
    public void Issue9_09_DeepModelsCompareAndHashWithoutRecursion()
    {
        static RuleSet Deep(string leaf)
        {
            RuleExpression e = N(leaf);
            for (var i = 0; i < 100_000; i++)
            {
                e = i % 3 == 0 ? new RuleUnaryExpression(RuleUnaryOperator.Negate, e) : i % 3 == 1 ? Add(e, Num(i)) : Call("abs", e);
            }
            return new RuleSet([Derived("Deep", e)]);
        }
        var (equal, sameHash, different) = OnSmallStack(() =>
        {
            var a = Deep("GDP");
            var b = Deep("GDP");
            return (a.Equals(b) && a == b, a.GetHashCode() == b.GetHashCode(), a.Equals(Deep("Exports")));
        }, 256 * 1024);
        Assert.True(equal);
        Assert.True(sameHash);
        Assert.False(different);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    // ---- 15 --------------------------------------------------------------------------------------------------------

    public static TheoryData<string> HugeEchoes() =>
    [
        "target GDP \"{X}\";",
        "target {X} \"增长8%\";",
        "indicator A = {X} + 1;",
        "indicator A = [{X}] + 1;",
        "indicator A = {X}(GDP);",
        "indicator A unit \"{X}\";",
        "indicator A = 3{X};",
        "indicator A = GDP; indicator A = GDP; indicator [{X}] = GDP; indicator [{X}] = GDP;",
        "scheme S total 100{X} { }",
        "scheme {X} { category C 100 { GDP 100 by {X}(); } }",
        "scheme S extends {X} { }",
        "scheme S { category {X} 100 { GDP 100 by capped_ratio({X}: 1); } }",
        "scheme S { category C 100 { GDP 100 by capped_ratio(cap: {X}); } }",
        "scheme S { category C 100 { {X} 100 by capped_ratio(); } } ",
        "scheme S { category C { {X}; } }",
        "scheme {X} { category C 50 { GDP 100 by capped_ratio(); } }",
        "check {X}: GDP; check {X}: GDP > 0;",
        "indicator {X} = {X} + 1;",
        "scheme S \"{X}\" { category C { GDP 1 by capped_ratio(); } grade G 0; veto V \"v\" grade {X}; }",
        "indicator [{X}",
        "indicator A = \"{X}",
        "scheme S { category C 100 { GDP 100 {X} } }",
        "scheme S { category C 100 { GDP 100 by capped_ratio() missing {X}; } }",
    ];

    [Theory]
    [MemberData(nameof(HugeEchoes))]
    public void Issue9_15_RuleDiagnosticsQuoteBoundedExcerpts(string template)
    {
        // The reproducer's 4 MiB string shrunk to 128 Ki characters (the bound is the same); letters only, so the
        // piece is a name, a unit suffix or a string wherever it stands.
        var huge = new string('甲', 1 << 17);
        var result = RulePlan.Compile(template.Replace("{X}", huge, StringComparison.Ordinal));
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => AssertBounded(d));
    }

    [Fact]
    public void Issue9_15_The_4_MiB_string_in_a_target_is_a_window_in_RL2008()
    {
        var wording = "增长" + new string('x', 4 * 1024 * 1024 - 100);
        var result = RulePlan.Compile("target GDP \"" + wording + "\";");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("RL2008", d.Code);
        AssertBounded(d);
        Assert.Contains("\"增长xxxx", d.Message, StringComparison.Ordinal);
        Assert.Contains("…", d.Message, StringComparison.Ordinal);
        Assert.Contains("…", d.ChineseMessage, StringComparison.Ordinal);
    }

    // ---- 16 --------------------------------------------------------------------------------------------------------

    [Fact]
    public void Issue9_16_BinderDiagnosticsAreCappedAndLinear()
    {
        // The reproducer: a scheme of 9,000 entries, 8,100 of them undeclared names (about 380 KB of text).
        var text = new StringBuilder("scheme S {\n  category C 100 {\n");
        for (var i = 0; i < 9_000; i++)
        {
            text.Append("    ").Append(i % 10 == 0 ? "GDP" : "Undeclared" + i).Append(" 1 by capped_ratio() target 3;\n");
        }
        text.Append("  }\n}\n");
        var source = text.ToString();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = RulePlan.Compile(source);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 200L * 1024 * 1024, $"compiling allocated {allocated:N0} bytes");
        Assert.Null(result.Value);
        Assert.Equal(101, result.Diagnostics.Count);
        Assert.Equal(100, result.Diagnostics.Count(d => d.Code == "RL2001"));
        var rest = result.Diagnostics[^1];
        Assert.Equal("RL4005", rest.Code);
        Assert.Matches(@"^\d[\d,]* more errors are not shown$", rest.Message);
        Assert.Matches(@"^另有 \d[\d,]* 个错误未列出$", rest.ChineseMessage);
    }

    /// <summary>A text of <paramref name="declared"/> indicators and a scheme of <paramref name="entries"/> entries, each
    /// naming an undeclared indicator one letter away from a declared one (so every error looks for a suggestion).</summary>
    private static string NearMisses(int declared, int entries, int nameLength)
    {
        var pad = new string('x', nameLength);
        var text = new StringBuilder();
        for (var i = 0; i < declared; i++)
        {
            text.Append("indicator N").Append(i).Append(pad).Append(";\n");
        }
        text.Append("scheme S {\n  category C 100 {\n");
        for (var i = 0; i < entries; i++)
        {
            text.Append("    N").Append(i).Append(pad).Append('y').Append(" 1 by capped_ratio();\n");
        }
        return text.Append("  }\n}\n").ToString();
    }

    [Property(MaxTest = 8)]
    public Property Issue9_16_Compiling_costs_memory_linear_in_the_text_and_reports_at_most_101_diagnostics(NearMissCase c)
    {
        var text = NearMisses(c.Declared, c.Entries, c.NameLength);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = RulePlan.Compile(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var bound = 2_000L * text.Length + 16 * 1024 * 1024;
        return (result.Diagnostics.Count <= 101 && allocated < bound)
            .Label($"{result.Diagnostics.Count} diagnostics, {allocated:N0} bytes for {text.Length:N0} characters (bound {bound:N0})");
    }
}
