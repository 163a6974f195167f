using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Rules;

/// <summary>
/// Fuzz tests of the whole rule-text path — parse, compile, evaluate one zone, evaluate in bulk, print — on extreme
/// numbers (1e308, −0, 5e-324, the largest double, huge and out-of-range literals) and on deep and long inputs, the
/// inputs of issue 9's items 6, 7, 8, 9, 15 and 16. Each input gives a plan or diagnostics, values or missing with a
/// reason, bulk equal to scalar — never an exception, an infinity, or a dead process.
/// </summary>
public class RuleTextFuzzTests
{
    internal static readonly string[] Codes = ["GDP", "Exports", "A", "B", "P", "R&D经费", "OperatingRevenue"];

    private static readonly Gen<string> Numbers = Gen.Elements(
        "0", "1", "3", "1e308", "1.7976931348623157e308", "5e-324", "1e-300", "0.5", "1e10", "1e999",
        new string('9', 400), "2.5e307");

    /// <summary>Formulas of one kind each, so that most type-check: plain numbers (A, B), money (GDP, Exports, R&amp;D
    /// spending, in 亿元, 万亿元, 元 or 万元) or percentages (P) scaled by plain numbers.</summary>
    internal static Gen<(string Formula, string Unit)> Formula(int depth) =>
        Gen.Choose(0, 2).SelectMany(kind => kind switch
        {
            0 => Typed(depth, Gen.Elements("A", "B"), Numbers, plus: true).SelectMany(f => Gen.Elements("", "%").Select(u => (f, u))),
            1 => Typed(depth, Gen.Elements("GDP", "Exports", "[R&D经费]"), from n in Numbers from u in Gen.Elements("亿元", "万亿元", "元", "万元") select n + u, plus: true)
                .SelectMany(f => Gen.Elements("", "亿元", "万元", "万亿元").Select(u => (f, u))),
            _ => Typed(depth, Gen.Constant("P"), Numbers.Select(n => n + "%"), plus: false).SelectMany(f => Gen.Elements("", "%").Select(u => (f, u))),
        });

    private static Gen<string> Typed(int depth, Gen<string> names, Gen<string> literals, bool plus)
    {
        var leaf = Gen.Frequency((3, names), (2, literals));
        if (depth == 0)
        {
            return leaf;
        }
        var sub = Typed(depth - 1, names, literals, plus);
        var signed = Gen.Frequency((4, Numbers), (1, Gen.Elements("-0", "-1e308", "-5e-324")));
        return Gen.Frequency(
            (2, leaf),
            (plus ? 3 : 0, from l in sub from op in Gen.Elements(" + ", " - ") from r in sub select l + op + r),
            (3, from l in sub from op in Gen.Elements(" * ", " / ") from r in signed select "(" + l + ")" + op + r),
            (1, sub.Select(x => "-(" + x + ")")),
            (1, from f in Gen.Elements("min", "max", "coalesce") from a in sub from b in sub select f + "(" + a + ", " + b + ")"),
            (1, sub.Select(a => "abs(" + a + ")")),
            (1, from a in sub from b in sub from c in sub select "if(" + a + " > " + b + ", " + a + ", " + c + ")"));
    }

    /// <summary>No scheme, a consistent one, or one of extreme weights (which may be consistent: 1e308 alone is finite).</summary>
    private static readonly Gen<string> Schemes = Gen.OneOf(
        Gen.Constant(""),
        Gen.Elements(
            "scheme S total 100 { category C1 60 { GDP 30 by capped_ratio() target 3; Exports 30 by capped_ratio() target 3; } category C2 40 { D1 *1 by capped_ratio() target 3; } }",
            "scheme S total 1e308 { category C1 1e308 { GDP *1e308 by capped_ratio() target 3; Exports *1e308 by capped_ratio() target 3; } }",
            "scheme S total 1.7976931348623157e308 { category C1 1e308 { GDP 1e308 by capped_ratio() target 3; } category C2 7.976931348623157e307 { D1 *5e-324 by capped_ratio() target 3; } }"),
        from w1 in Numbers
        from w2 in Numbers
        from e1 in Numbers
        from e2 in Numbers
        from total in Numbers
        from m in Gen.Elements("*", "")
        select "scheme S total " + total + " {\n  category C1 " + w1 + " { GDP " + m + e1 + " by capped_ratio() target 3; Exports " + m + e2
            + " by capped_ratio() target 3; }\n  category C2 " + w2 + " { D1 1 by capped_ratio() target 3; }\n}");

    internal static readonly Gen<string> Texts =
        from d1 in Formula(3)
        from d2 in Formula(3)
        from unitA in Gen.Elements("", "", "个", "%")
        from unitP in Gen.Elements("%", "pp", "")
        from scheme in Schemes
        select string.Join("\n",
            "indicator A" + (unitA.Length > 0 ? " unit " + Quote(unitA) : "") + ";",
            "indicator B;",
            "indicator P" + (unitP.Length > 0 ? " unit " + Quote(unitP) : "") + ";",
            "indicator D1 = " + d1.Formula + (d1.Unit.Length > 0 ? " unit " + Quote(d1.Unit) : "") + ";",
            "indicator D2 = " + d2.Formula + (d2.Unit.Length > 0 ? " unit " + Quote(d2.Unit) : "") + ";",
            "indicator G = growth(GDP) + growth(D1) unit %;",
            "indicator 研发强度测算 = [R&D经费] / 营业收入 unit %;",
            "check c: present(D1) and not present(D2) or G > 3%;",
            scheme);

    private static string Quote(string unit) => unit == "%" ? unit : "\"" + unit + "\"";

    internal static readonly Gen<double> Values = Gen.Elements(
        0.0, -0.0, 1.0, -1.0, 2.5, 1e308, -1e308, double.MaxValue, double.Epsilon, 1e-300, 1.7e306, 480, 12.6);

    /// <summary>Compiles, evaluates one zone and the same figures in bulk, and prints; returns the failure, or null.</summary>
    private static string? Run(string text, double[] current, double[] previous)
    {
        var compiled = RulePlan.Compile(text);
        foreach (var d in compiled.Diagnostics)
        {
            if (!d.Code.StartsWith("RL", StringComparison.Ordinal) || d.Message.Length > 2_000 || d.ChineseMessage.Length > 2_000
                || d.Message.Contains("Infinity", StringComparison.Ordinal) || d.Message.Contains('∞'))
            {
                return "diagnostic " + d;
            }
        }
        if (compiled.Value is not { } plan)
        {
            return compiled.Diagnostics.Count > 0 ? null : "no plan and no diagnostic";
        }
        _ = plan.Rules.ToText();
        var zone = RuleZone.Create();
        for (var i = 0; i < Codes.Length; i++)
        {
            zone = zone.With(Codes[i], current[i], previous[i]);
        }
        var scalar = plan.Evaluate(zone);
        var english = scalar.ToString();
        var chinese = scalar.ToString(ExplanationLanguage.Chinese);
        if (english.Contains("Infinity", StringComparison.Ordinal) || english.Contains("NaN", StringComparison.Ordinal) || chinese.Contains('∞'))
        {
            return "explanation " + english;
        }
        var dataset = new BulkDataset(1, [.. Codes.Select(_ => 1.0)], [.. Codes.Select(_ => Polarity.Positive)], 2, 2023, Codes);
        for (var i = 0; i < Codes.Length; i++)
        {
            dataset.SetActual(0, i, 0, previous[i]);
            dataset.SetActual(0, i, 1, current[i]);
        }
        var bulk = new RuleBulkResults(plan, dataset);
        RuleBulk.Evaluate(plan, dataset, bulk, new BulkOptions { MaxDegreeOfParallelism = 1 });
        foreach (var result in scalar.Indicators)
        {
            if (result.Value is { } v && !double.IsFinite(v))
            {
                return result.Name + " = " + v.ToString(CultureInfo.InvariantCulture);
            }
            if (result.Value is null && result.MissingReason is null)
            {
                return result.Name + " is missing without a reason";
            }
            var inBulk = bulk.GetValue(0, result.Name, 1);
            if (inBulk is null != result.Value is null
                || (inBulk is { } b && BitConverter.DoubleToInt64Bits(b) != BitConverter.DoubleToInt64Bits(result.Value!.Value)))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{result.Name}: scalar {result.Value:R} ({result.MissingReason}), bulk {inBulk:R}");
            }
        }
        for (var c = 0; c < scalar.Checks.Count; c++)
        {
            if (scalar.Checks[c].Status != bulk.GetCheckStatus(0, c, 1))
            {
                return "check " + scalar.Checks[c].Name;
            }
        }
        return null;
    }

    [Property(MaxTest = 1000)]
    public Property Rule_texts_with_extreme_numbers_compile_and_evaluate_the_same_in_both_paths_without_exceptions(ExtremeRuleText c) =>
        Run(c.Text, c.Current, c.Previous) is not { } failure ? true.ToProperty() : false.Label(failure + "\n" + c.Text);

    [Fact]
    public void Generated_rule_texts_reach_evaluation()
    {
        // Guards the property above: as many texts as it checks, and at least a tenth must compile, not only give diagnostics.
        string? lastDiagnostics = null;
        var plans = Texts.Sample(1000).Count(text =>
        {
            var compiled = RulePlan.Compile(text);
            lastDiagnostics = compiled.Value is null ? compiled.ToString() : lastDiagnostics;
            return compiled.Value is not null;
        });
        Assert.True(plans >= 100, $"only {plans} of 1000 texts compiled; the last diagnostics: {lastDiagnostics}");
    }

    [Property(MaxTest = 500)]
    public Property Formulas_with_extreme_numbers_parse_alone_as_in_a_definition_and_cut_ones_give_placed_diagnostics(CutFormula c)
    {
        var lone = RuleSet.ParseExpression(c.Formula);
        const string Prefix = "indicator D = ";
        var defined = RuleSet.Parse(Prefix + c.Formula + ";");
        // The same expression, or the same diagnostics at the same places of the formula (an out-of-range literal).
        if (lone.Success != defined.Success || (lone.Success && lone.Value != defined.Value!.Indicators[0].Formula)
            || !lone.Diagnostics.Select(d => (d.Code, d.Position + Prefix.Length, d.Message)).SequenceEqual(defined.Diagnostics.Select(d => (d.Code, d.Position, d.Message))))
        {
            return false.Label("whole: " + c.Formula);
        }
        var start = c.CutAt % c.Formula.Length;
        var text = c.Formula.Remove(start, Math.Min(c.Formula.Length - start, c.CutLength % 6));
        var cut = RuleSet.ParseExpression(text);
        var placed = cut.Success == (cut.Value is not null) && cut.Success == (cut.Diagnostics.Count == 0)
            && cut.Diagnostics.All(d => d.Position >= 0 && d.Position + d.Length <= text.Length && d.Message.Length > 0);
        return placed.Label("cut: " + text);
    }

    /// <summary>Deep and long shapes: flat chains, nested parentheses, unary signs, not, calls.</summary>
    internal static readonly Gen<string> DeepFormulas =
        from shape in Gen.Choose(0, 5)
        from n in Gen.Choose(1, 3_000)
        select shape switch
        {
            0 => string.Join(" + ", Enumerable.Repeat("GDP", n)),
            1 => new string('(', n) + "GDP" + new string(')', n),
            2 => string.Concat(Enumerable.Repeat("-", n)) + "GDP",
            3 => string.Concat(Enumerable.Repeat("abs(", n)) + "GDP" + new string(')', n),
            4 => string.Join(" * ", Enumerable.Repeat("1%", n)),
            _ => string.Concat(Enumerable.Repeat("2 ^ ", n)) + "0.5",
        };

    [Property(MaxTest = 25)]
    public Property Deep_and_long_rule_texts_give_a_plan_or_RL4001_on_a_small_stack_and_never_overflow_it(DeepRuleText c)
    {
        string? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var environment = RuleEnvironment.Default.WithLimits(RuleLimits.Default with { MaxNestingDepth = c.Depth });
                var text = "indicator S = " + c.Formula + ";\ncheck deep: not not not (S > 0);";
                var compiled = RulePlan.Compile(text, environment);
                if (compiled.Value is not { } plan)
                {
                    // The formula too deep for the stack is RL4001; the check then names an unknown S.
                    failure = compiled.Diagnostics.Any(d => d.Code == "RL4001") && compiled.Diagnostics.All(d => d.Code is "RL4001" or "RL2001") ? null : compiled.ToString();
                    return;
                }
                _ = plan.Rules.ToText();
                var evaluation = plan.Evaluate(RuleZone.Create().With("GDP", 1, 1));
                _ = evaluation.ToString();
                var s = evaluation.Find("S")!;
                if (s.Value is null && s.MissingReason is null)
                {
                    failure = "missing without a reason";
                }
                var dataset = new BulkDataset(1, [1.0], [Polarity.Positive], 1, 2024, ["GDP"]);
                dataset.SetActual(0, 0, 0, 1);
                _ = plan.EvaluateBulk(dataset).GetValue(0, "S", 0);
            }
            catch (Exception e)
            {
                failure = e.ToString();
            }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        return failure is null ? true.ToProperty() : false.Label(failure);
    }
}
