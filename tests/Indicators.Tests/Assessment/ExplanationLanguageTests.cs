using System.Text.RegularExpressions;

namespace Indicators.Tests.Assessment;

/// <summary>Issue 9, item 22: a Chinese explanation is wholly Chinese (method names and arithmetic labels), the English one stays English.</summary>
public partial class ExplanationLanguageTests
{
        [GeneratedRegex(@"\d+(?:\.\d+)?(?:E[+-]?\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();

    [GeneratedRegex("[A-Za-z]", RegexOptions.CultureInvariant)]
    private static partial Regex AsciiLetter();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}|[，。；：（）]", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();

    /// <summary>Every built-in method, with parameters that suit an indicator of the given polarity.</summary>
    internal static IScoringMethod[] BuiltIns(bool reverse) =>
    [
        ScoringMethods.AllOrNothing(1),
        ScoringMethods.CappedRatio(1.2),
        ScoringMethods.BaseStep(2, 0.5, 3, StepMode.Floor),
        ScoringMethods.BaseStep(2, 0.5, 3, StepMode.Proportional, 4),
        ScoringMethods.EightyPercentAtTarget(0.5, 1.2),
        ScoringMethods.Interpolation(),
        ScoringMethods.EfficacyCoefficient(),
        reverse ? ScoringMethods.EfficacyCoefficient(2, 300) : ScoringMethods.EfficacyCoefficient(300, 2),
        ScoringMethods.BenchmarkRatio(),
        ScoringMethods.BenchmarkRatio(80),
        ScoringMethods.RankLadder(),
        ScoringMethods.RankLadderByPoints(0.2),
        ScoringMethods.GuaranteedStretch(0.6),
        ScoringMethods.CompletionSteps(),
    ];

    /// <summary>A scheme of one indicator scored by <paramref name="method"/>, evaluated for <paramref name="values"/>.</summary>
    private static AssessmentResult Assess(string code, IScoringMethod method, double target, double stretch, double baseline, double[] values) =>
        AssessmentScheme.CreateBuilder("示例考核", 100)
            .Category("经济发展", 100, c => c.Indicator(code, method, IndicatorWeight.Points(100), MissingDataPolicy.ScoreZero, new ZoneTargets(target, stretch, baseline)))
            .Build()
            .Evaluate([.. values.Select((v, i) => AssessmentZone.Of("开发区" + (char)('甲' + i)).WithValue(code, v))]);

    /// <summary>The text with numbers and the codes the user wrote taken out: what is left must be Chinese.</summary>
    private static string WithoutNumbersAndCodes(string text, params string[] codes)
    {
        foreach (var code in codes)
        {
            text = text.Replace(code, " ", StringComparison.Ordinal);
        }
        return Numbers().Replace(text, " ");
    }

    [Fact]
    public void Issue9_22_ChineseExplanationIsWhollyChinese()
    {
        // The issue's reproducer: "方法 efficacy-coefficient", "(efficacy coefficient: 60 + 40 × …)".
        var result = Assess("GDP", ScoringMethods.EfficacyCoefficient(), 100, 120, 80, [3, 5]);
        var chinese = result.Explain(result[0].Id, ExplanationLanguage.Chinese);
        Assert.Contains("方法 功效系数法", chinese, StringComparison.Ordinal);
        Assert.Contains("（功效系数法：60 + 40 × (3 - 3) / (5 - 3)", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("efficacy", chinese, StringComparison.Ordinal);
        Assert.False(AsciiLetter().IsMatch(WithoutNumbersAndCodes(chinese, "GDP")), chinese);
        var english = result.Explain(result[0].Id, ExplanationLanguage.English);
        Assert.Contains("method efficacy-coefficient", english, StringComparison.Ordinal);
        Assert.Contains("(efficacy coefficient: 60 + 40 × (3 - 3) / (5 - 3)", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue9_22_EveryBuiltInMethodHasAChineseNameAndAnEnglishOne()
    {
        foreach (var method in BuiltIns(reverse: false))
        {
            var chinese = method.GetName(ExplanationLanguage.Chinese);
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", chinese);
            Assert.Equal(method.Name, method.GetName(ExplanationLanguage.English));
        }
        Assert.Equal("功效系数法", ScoringMethods.EfficacyCoefficient().GetName(ExplanationLanguage.Chinese));
        Assert.Equal("标杆值法", ScoringMethods.BenchmarkRatio().GetName(ExplanationLanguage.Chinese));
        Assert.Equal("插值法", ScoringMethods.Interpolation().GetName(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void A_users_method_without_a_Chinese_name_falls_back_to_its_name_and_explanation()
    {
        var result = Assess("GDP", RatioToTarget.Instance, 100, 120, 80, [50]);
        var chinese = result.Explain(result[0].Id, ExplanationLanguage.Chinese);
        Assert.Contains("方法 test-ratio", chinese, StringComparison.Ordinal);
        Assert.Null(result[0].Categories[0].Indicators[0].Score!.Value.ChineseExplanation);
        Assert.Contains("（100 × min(50/100, 1)）", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_method_can_give_a_Chinese_name_and_explanation()
    {
        var result = Assess("GDP", new Halved(), 100, 120, 80, [50]);
        var chinese = result.Explain(result[0].Id, ExplanationLanguage.Chinese);
        Assert.Contains("方法 减半计分，得分 50（得分 50）", chinese, StringComparison.Ordinal);
        Assert.Contains("method halved, points 50 (points 50)", result.Explain(result[0].Id, ExplanationLanguage.English), StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public void Every_built_in_methods_Chinese_explanation_is_Chinese_and_English_one_English(ExplainedMethod c)
    {
        // The reverse indicator's stretch target and base lie on the other side of its target.
        var code = c.Reverse ? "EnergyPerGdp" : "GDP";
        var (stretch, baseline) = c.Reverse ? (c.Target - c.Below * c.Target / 100, c.Target + c.Above) : (c.Target + c.Above, c.Target - c.Below * c.Target / 100);
        var method = BuiltIns(c.Reverse)[c.Pick];
        var result = Assess(code, method, c.Target, stretch, baseline, c.Values);
        foreach (var zone in result)
        {
            var chinese = zone.Explain(ExplanationLanguage.Chinese);
            var left = WithoutNumbersAndCodes(chinese, code);
            Assert.False(AsciiLetter().IsMatch(left), chinese);
            var score = zone.Categories[0].Indicators[0].Score!.Value;
            Assert.NotNull(score.ChineseExplanation);
            Assert.False(Chinese().IsMatch(score.Explanation), score.Explanation);
            Assert.DoesNotContain("Infinity", score.Explanation, StringComparison.Ordinal);
            Assert.Contains("method " + method.Name, zone.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
        }
    }

    private sealed class Halved : IScoringMethod
    {
        public string Name => "halved";

        public bool IsRelative => false;

        public string GetName(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "减半计分" : Name;

        public IndicatorScore Score(in ScoringInput input) =>
            new(input.Weight / 2, null, Name, "points " + (input.Weight / 2).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                ChineseExplanation = "得分 " + (input.Weight / 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
    }
}
