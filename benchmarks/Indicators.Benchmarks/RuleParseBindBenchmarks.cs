using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Indicators.Rules;

namespace Indicators.Benchmarks;

/// <summary>
/// Parsing and binding (解析与绑定) a generated 1,000-rule text, two shapes: <see cref="DerivedFormulas"/> — 20 base
/// indicators and 1,000 derived formulas, each reading an earlier derived indicator and base indicators through
/// arithmetic and built-in functions; <see cref="SchemeEntries"/> — 1,000 declared indicators and one scheme with
/// 1,000 scored entries over 10 categories with scoring methods and arguments. Issue 5 asks for under 50 ms.
/// </summary>
[MemoryDiagnoser]
public class RuleParseBindBenchmarks
{
    private const int Rules = 1000;
    private string derivedText = null!;
    private string schemeText = null!;

    /// <summary>Generates both texts and checks they compile without diagnostics.</summary>
    [GlobalSetup]
    public void Setup()
    {
        derivedText = DerivedText();
        schemeText = SchemeText();
        foreach (var text in new[] { derivedText, schemeText })
        {
            var compiled = RulePlan.Compile(text);
            if (!compiled.Success || compiled.Diagnostics.Count > 0)
            {
                throw new InvalidOperationException(compiled.ToString());
            }
        }
    }

    /// <summary>1,000 derived formulas: parse, then bind (names, types and units, dependency order).</summary>
    [Benchmark]
    public RulePlan? DerivedFormulas() => RulePlan.Compile(derivedText).Value;

    /// <summary>A scheme of 1,000 entries: parse, then bind into an <see cref="AssessmentScheme"/>.</summary>
    [Benchmark]
    public RulePlan? SchemeEntries() => RulePlan.Compile(schemeText).Value;

    /// <summary>1,000 derived formulas alone, parsed but not bound.</summary>
    [Benchmark]
    public RuleSet? ParseOnly() => RuleSet.Parse(derivedText).Value;

    internal static string DerivedText()
    {
        var text = new StringBuilder();
        for (var b = 0; b < 20; b++)
        {
            text.Append(CultureInfo.InvariantCulture, $"indicator B{b} \"基础指标{b}\" unit 万元;").AppendLine();
        }
        text.AppendLine("indicator D0 = B0 / B1;");
        for (var i = 1; i < Rules; i++)
        {
            int a = i % 20, b = (i * 7 + 3) % 20, c = (i * 13 + 5) % 20;
            // Each reads its predecessor and a derived indicator about half-way back, so the order is a long chain.
            text.Append(CultureInfo.InvariantCulture,
                $"indicator D{i} \"派生{i}\" = (D{i - 1} + D{i / 2}) / 2 + max(B{a}, B{b}) / (B{c} + 1万元) * 0.5 - round(B{a} / B{b}, 2);").AppendLine();
        }
        return text.ToString();
    }

    internal static string SchemeText()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Rules; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"indicator X{i} \"考核指标{i}\" unit 万元{(i % 5 == 0 ? " reverse" : "")};").AppendLine();
        }
        text.AppendLine("scheme Big \"千项指标方案\" total 100 {");
        for (var c = 0; c < 10; c++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  category 类别{c} 10 {{").AppendLine();
            for (var k = 0; k < Rules / 10; k++)
            {
                var i = c * (Rules / 10) + k;
                var method = (i % 4) switch
                {
                    0 => "capped_ratio(1.2)",
                    1 => "efficacy_coefficient()",
                    2 => "base_step(base: 2, step: 0.1, per: 2, mode: floor)",
                    _ => "benchmark_ratio()",
                };
                text.Append(CultureInfo.InvariantCulture, $"    X{i} *{1 + (i % 3) * 0.1:R} by {method} missing reweight target {100 + i};").AppendLine();
            }
            text.AppendLine("  }");
        }
        return text.AppendLine("  grade 优秀 90;").AppendLine("  rank competition;").AppendLine("}").ToString();
    }
}
