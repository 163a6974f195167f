using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Rules;

/// <summary>
/// Issue 9, items 1, 2 and 21: numbers beside percentages (RL2015, RL2017), a literal repeating the declared unit's
/// conversion (RL2016), and benchmark_ratio() against the best zone with unscorable entries refused at compile time (RL3008).
/// </summary>
public class Issue9RuleSemanticsTests
{
    private static Config Quick(int n) => Config.QuickThrowOnFailure.WithMaxTest(n).WithQuietOnSuccess(true);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static RulePlan Compile(string text)
    {
        var result = RulePlan.Compile(text, sourceName: "t.rules");
        Assert.True(result.Success, result.ToString());
        return result.Plan!;
    }

    private static RuleDiagnostic Single(string text, string code) => BindingTextTests.Only(text, code);

    private static int ColumnOf(string line, string token) => line.IndexOf(token, StringComparison.Ordinal) + 1;

    // ---- item 1 -----------------------------------------------------------------------------------------------------

    [Fact]
    public void Issue9_01_BareNumberBesidePercentageIsAnError()
    {
        // The issue's two formulas: the 3 beside RdIntensity (in %) and the 8 beside growth(GDP) meant a fraction.
        const string score = "indicator Score = if(RdIntensity >= 3, 1, 0);";
        var d = Single(score, "RL2015");
        Assert.Equal((1, ColumnOf(score, "3,")), (d.Line, d.Column));
        Assert.Contains("write 3%", d.Message, StringComparison.Ordinal);
        Assert.Contains("300%", d.Message, StringComparison.Ordinal);
        Assert.Contains("3%", d.ChineseMessage, StringComparison.Ordinal);
        Assert.Equal(1, d.Length); // the caret is on the literal alone

        const string fast = "check fast: growth(GDP) >= 8;";
        d = Single(fast, "RL2015");
        Assert.Equal(ColumnOf(fast, "8;"), d.Column);
        Assert.Contains("write 8%", d.Message, StringComparison.Ordinal);
        Assert.Contains("800%", d.Message, StringComparison.Ordinal);

        // A fraction written bare is refused too, with the percentage it stands for.
        d = Single("check fast: growth(GDP) >= 0.08;", "RL2015");
        Assert.Contains("8%", d.Message, StringComparison.Ordinal);
        // Beside percentage points the suggestion is pp; added, subtracted, among min/max candidates or if's branches alike.
        Assert.Contains("2pp", Single("check c: growth(GDP) - growth(Exports) > 2;", "RL2015").Message, StringComparison.Ordinal);
        Single("indicator X = growth(GDP) + 1;", "RL2015");
        Single("indicator X = 1 - growth(GDP);", "RL2015");
        Single("indicator X = min(growth(GDP), 3);", "RL2015");
        Single("indicator X = if(GDP > 0, growth(GDP), 5);", "RL2015");
        Single("check c: growth(GDP) != 16 / 2;", "RL2015");
        Single("check c: growth(GDP) < -3;", "RL2015");

        // Written with the unit, the formulas mean what the analyst meant: 4.2% >= 3% and 20% >= 8%.
        var plan = Compile("indicator Score = if(RdIntensity >= 3%, 1, 0);\ncheck fast: growth(GDP) >= 8%;");
        var evaluation = plan.Evaluate(RuleZone.Create("开发区01").With("RdIntensity", 4.2).With("GDP", 120, previousYear: 100));
        Assert.Equal(1, evaluation.Find("Score")!.Value);
        Assert.Equal(RuleCheckStatus.Passed, evaluation.Checks[0].Status);

        // Zero is zero in every unit; scaling a percentage by a number stays legal.
        Compile("check up: growth(GDP) > 0;\nindicator Floor = max(growth(GDP), 0);\nindicator Half = growth(GDP) * 0.5;\nindicator Per = growth(GDP) / 2;");

        // Schemes: a number is in the indicator's unit, and for an indicator in % it may carry the sign — the same number.
        const string scheme = "scheme S total 100 {{ category C 100 {{ RdIntensity 100 by interpolation() target {0} baseline {1}; }} }}";
        var bare = Compile(string.Format(CultureInfo.InvariantCulture, scheme, "3", "1")).Schemes["S"];
        var signed = Compile(string.Format(CultureInfo.InvariantCulture, scheme, "3%", "1%")).Schemes["S"];
        var zones = new[] { AssessmentZone.Of("开发区01").WithValue("RdIntensity", 2.5), AssessmentZone.Of("开发区02").WithValue("RdIntensity", 4.2) };
        Assert.Equal(bare.Evaluate(zones).Select(z => z.Total), signed.Evaluate(zones).Select(z => z.Total));
        Assert.Equal(75, bare.Evaluate(zones)[0].Total, 10);
        Assert.Equal("scheme S total 100 {\n  category C 100 {\n    RdIntensity 100 by interpolation() target 3% baseline 1%;\n  }\n}\n",
            RuleSet.Parse(string.Format(CultureInfo.InvariantCulture, scheme, "3%", "1%")).RuleSet.ToText());
        // On an indicator not measured in %, the sign is refused rather than guessed.
        Assert.Contains("亿元", Single("scheme S total 100 { category C 100 { GDP 100 by capped_ratio() target 8%; } }", "RL2017").Message, StringComparison.Ordinal);
    }

    private enum Operand { Percent, Points, Number, Bare }

    [Fact]
    public void Issue9_01_property_RL2015_exactly_when_a_bare_non_zero_number_meets_a_percentage()
    {
        var percents = new[] { "P", "growth(A)", "5%", "share(A, B)", "round(P, 1)", "target(P)" };
        var points = new[] { "(P - growth(A))", "2pp" };
        var numbers = new[] { "A", "A / B", "previous(A)" };
        var bareValues = Gen.Frequency(
            (3, Gen.Choose(-40, 40).Select(i => i / 4.0)),
            (1, Gen.Constant(0.0)),
            (1, Gen.Elements(1e-3, 100.0, 1e6)));
        Gen<(Operand Kind, string Text, double Value)> OperandOf(Operand kind) => kind switch
        {
            Operand.Percent => Gen.Elements(percents).Select(t => (kind, t, double.NaN)),
            Operand.Points => Gen.Elements(points).Select(t => (kind, t, double.NaN)),
            Operand.Number => Gen.Elements(numbers).Select(t => (kind, t, double.NaN)),
            _ => Gen.OneOf(
                bareValues.Select(v => (kind, Text(v), v)),
                from a in Gen.Choose(1, 9) from b in Gen.Choose(1, 9) select (kind, "(" + a + " * " + b + ")", (double)(a * b))),
        };
        var operand = Gen.Elements(Operand.Percent, Operand.Points, Operand.Number, Operand.Bare).SelectMany(OperandOf);
        var shapes = new[] { "+", "-", "<", "<=", ">", ">=", "==", "!=", "min", "max", "if" };
        var cases = from l in operand from r in operand from shape in Gen.Elements(shapes) select (l, r, shape);
        const string header = "indicator A; indicator B; indicator P unit %; target P \"4%\";\n";
        Check.One(Quick(400), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (l, r, shape) = c;
            var line = shape switch
            {
                "+" or "-" => "indicator X = " + l.Text + " " + shape + " " + r.Text + ";",
                "min" or "max" => "indicator X = " + shape + "(" + l.Text + ", " + r.Text + ");",
                "if" => "indicator X = if(A > 0, " + l.Text + ", " + r.Text + ");",
                _ => "check c: " + l.Text + " " + shape + " " + r.Text + ";",
            };
            static bool Rate(Operand k) => k is Operand.Percent or Operand.Points;
            var leftBare = l.Kind == Operand.Bare && l.Value != 0 && Rate(r.Kind);
            var rightBare = r.Kind == Operand.Bare && r.Value != 0 && Rate(l.Kind);
            var result = RulePlan.Compile(header + line, sourceName: "p.rules");
            var reported = result.Diagnostics.Where(d => d.Code == "RL2015").ToList();
            if (!leftBare && !rightBare)
            {
                return reported.Count == 0;
            }
            // The caret is on the bare number (inside its parentheses): the left operand's first column, or the right's.
            var column = leftBare ? line.IndexOf(l.Text, StringComparison.Ordinal) + 1 : line.LastIndexOf(r.Text, StringComparison.Ordinal) + 1;
            column += (leftBare ? l.Text : r.Text).StartsWith('(') ? 1 : 0;
            return reported.Count == 1 && reported[0].Line == 2 && reported[0].Column == column && !result.Success;
        }));
    }

    // ---- item 2 -----------------------------------------------------------------------------------------------------

    [Fact]
    public void Issue9_02_LiteralRepeatingUnitConversionIsDiagnosed()
    {
        // The issue's formula: 件/人 × 10000 declared in 件/万人, which already multiplies by 10000.
        const string density = "indicator PatentDensity \"万人发明专利授权量\" = InventionPatentsGranted / Employees * 10000 unit \"件/万人\";";
        var d = Single(density, "RL2016");
        Assert.Equal(ColumnOf(density, "10000"), d.Column);
        Assert.Contains("件/人", d.Message, StringComparison.Ordinal);
        Assert.Contains("drop '* 10000'", d.Message, StringComparison.Ordinal);
        Assert.Contains("件/人", d.ChineseMessage, StringComparison.Ordinal);
        // The same factor written as a division, a ratio shown in % or ‰, a quantity in a smaller unit: each repeats it.
        Single("indicator PatentDensity = InventionPatentsGranted / Employees / 0.0001 unit \"件/万人\";", "RL2016");
        Assert.Contains("drop '* 100'", Single("indicator ExportShare = Exports / GDP * 100 unit %;", "RL2016").Message, StringComparison.Ordinal);
        Single("indicator ExportShare = 100 * Exports / GDP unit %;", "RL2016");
        Single("indicator Ratio = Exports / GDP * 1000 unit \"‰\";", "RL2016");
        Single("indicator GdpWan = GDP * 10000 unit 万元;", "RL2016");
        Single("indicator Growth = growth(GDP) * 100 unit %;", "RL2016");

        // Without the repeated literal the unit converts once: 50 件 / 20000 人 = 25 件/万人; 2亿元 / 8亿元 = 25%.
        var plan = Compile("indicator PatentDensity = InventionPatentsGranted / Employees unit \"件/万人\";\nindicator ExportShare = Exports / GDP unit %;\n" +
                           "indicator Doubled = Exports / GDP * 2 unit %;");
        var evaluation = plan.Evaluate(RuleZone.Create().With("InventionPatentsGranted", 50).With("Employees", 20000).With("Exports", 2).With("GDP", 8));
        Assert.Equal(25, evaluation.Find("PatentDensity")!.Value!.Value, 10);
        Assert.Equal(25, evaluation.Find("ExportShare")!.Value!.Value, 10);
        Assert.Equal(50, evaluation.Find("Doubled")!.Value!.Value, 10);
        // No declared unit, no conversion to repeat.
        Compile("indicator Per10k = InventionPatentsGranted / Employees * 10000;");
    }

    [Fact]
    public void Issue9_02_property_RL2016_exactly_when_a_literal_repeats_the_declared_conversion_else_the_value_is_converted_once()
    {
        // (formula, declared unit, factor the unit applies, natural value for the zone below)
        var bases = new (string Formula, string Unit, double Factor, double Natural)[]
        {
            ("InventionPatentsGranted / Employees", "\"件/万人\"", 1e4, 50.0 / 20000),
            ("InventionPatentsGranted / Employees", "\"件/人\"", 1, 50.0 / 20000),
            ("Exports / GDP", "%", 100, 0.25),
            ("Exports / GDP", "\"‰\"", 1000, 0.25),
            ("GDP", "万元", 1e4, 8),
            ("GDP", "亿元", 1, 8),
        };
        var literals = new[] { 2.0, 10, 100, 1000, 1e4, 0.5, 0.01, 0.001, 1e-4, 3 };
        var cases = from b in Gen.Elements(bases)
                    from factors in (from value in Gen.Elements(literals) from divide in Gen.Elements(false, true) select (value, divide)).ArrayOf()
                    where factors.Length <= 3
                    select (b, factors);
        var zone = RuleZone.Create().With("InventionPatentsGranted", 50).With("Employees", 20000).With("Exports", 2).With("GDP", 8);
        Check.One(Quick(300), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (b, factors) = c;
            var formula = b.Formula + string.Concat(factors.Select(f => (f.divide ? " / " : " * ") + Text(f.value)));
            var result = RulePlan.Compile("indicator X = " + formula + " unit " + b.Unit + ";");
            var repeats = b.Factor != 1 && factors.Any(f => Math.Abs((f.divide ? 1 / f.value : f.value) - b.Factor) <= 1e-9 * b.Factor);
            if (repeats)
            {
                return !result.Success && result.Diagnostics.All(d => d.Code == "RL2016");
            }
            if (!result.Success)
            {
                return false;
            }
            var expected = factors.Aggregate(b.Natural * b.Factor, (v, f) => f.divide ? v / f.value : v * f.value);
            var value = result.Plan!.Evaluate(zone).Find("X")!.Value!.Value;
            return Math.Abs(value - expected) <= 1e-9 * Math.Abs(expected);
        }));
    }
}
