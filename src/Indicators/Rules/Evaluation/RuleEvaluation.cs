using System.Text;
using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// How a value was produced (计算说明): the expression, its value (or why it is missing) and the parts it was computed
/// from — each input's value and each sub-result — down to the zone's figures.
/// </summary>
public sealed class RuleExplanation
{
    private readonly RuleReason? reason;

    internal RuleExplanation(string expression, double? value, string? valueText, RuleReason? missingReason, IReadOnlyList<RuleExplanation> parts)
    {
        Expression = expression;
        Value = value;
        ValueText = valueText;
        reason = missingReason;
        Parts = parts;
    }

    /// <summary>The expression as rule text: <c>RdSpending / OperatingRevenue</c>.</summary>
    public string Expression { get; }

    /// <summary>The value in its unit (2.5 for 2.5%; 1 or 0 for a truth value), or <see langword="null"/> when missing.</summary>
    public double? Value { get; }

    /// <summary>The value with its unit (<c>2.5%</c>, <c>120亿元</c>, <c>true</c>), or <see langword="null"/> when missing.</summary>
    public string? ValueText { get; }

    /// <summary>Why the value is missing (<c>missing RdSpending</c>, <c>division by zero</c>, <c>current &lt; 0: 由盈转亏</c>), or <see langword="null"/>.</summary>
    public string? MissingReason => reason?.English;

    /// <summary>Why the value is missing, in <paramref name="language"/> (缺失原因), or <see langword="null"/>.</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The reason or null.</returns>
    public string? GetMissingReason(ExplanationLanguage language) => reason?.In(language);

    internal RuleReason? Reason => reason;

    /// <summary>The inputs and sub-results, in the order of the expression.</summary>
    public IReadOnlyList<RuleExplanation> Parts { get; }

    /// <summary>The explanation as indented lines in Chinese (the default language): <c>expression = value</c> or <c>expression：缺失（原因）</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(ExplanationLanguage.Chinese);

    /// <summary>The explanation as indented lines in <paramref name="language"/>: <c>expression = value</c>, or
    /// <c>expression: missing (reason)</c> / <c>expression：缺失（原因）</c>.</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The text.</returns>
    public string ToString(ExplanationLanguage language)
    {
        var text = new StringBuilder();
        Append(text, 0, language);
        return text.ToString().TrimEnd();
    }

    /// <summary>The deepest indentation written: a tree nested deeper (possible only with raised limits) keeps its lines
    /// at this indentation, so its text grows with its size, not with the square of its depth.</summary>
    private const int MaxIndent = 32;

    /// <summary>Writes the tree depth-first without recursion, so any depth of explanation is written on any stack.</summary>
    internal void Append(StringBuilder text, int indent, ExplanationLanguage language)
    {
        var pending = new Stack<(RuleExplanation Node, int Indent)>();
        pending.Push((this, indent));
        while (pending.TryPop(out var item))
        {
            var (node, level) = item;
            text.Append(' ', Math.Min(level, MaxIndent) * 2).Append(node.Expression);
            text.Append(node.ValueText is null ? Missing(node.reason, language) : " = " + node.ValueText).Append('\n');
            for (var i = node.Parts.Count - 1; i >= 0; i--)
            {
                var part = node.Parts[i];
                // A literal explains itself.
                if (part.Parts.Count > 0 || part.Expression != part.ValueText)
                {
                    pending.Push((part, level + 1));
                }
            }
        }
    }

    internal static string Missing(RuleReason? reason, ExplanationLanguage language) => language == ExplanationLanguage.Chinese
        ? "：缺失（" + reason?.Chinese + "）"
        : ": missing (" + reason?.English + ")";
}

/// <summary>The value of one derived indicator for one zone (派生指标结果), with its explanation.</summary>
public sealed class RuleIndicatorResult
{
    internal RuleIndicatorResult(PlanIndicator indicator, double? value, RuleExplanation explanation)
    {
        Indicator = indicator;
        Value = value;
        Explanation = explanation;
    }

    /// <summary>The indicator.</summary>
    public PlanIndicator Indicator { get; }

    /// <summary>The indicator's name.</summary>
    public string Name => Indicator.Name;

    /// <summary>The value in the indicator's unit (2.5 for 2.5%), or <see langword="null"/> when missing.</summary>
    public double? Value { get; }

    /// <summary>Why the value is missing, or <see langword="null"/>.</summary>
    public string? MissingReason => Explanation.MissingReason;

    /// <summary>How the value was computed.</summary>
    public RuleExplanation Explanation { get; }

    /// <summary>The result in one line in Chinese (the default language): <c>name = expression = value</c> or <c>name = expression：缺失（原因）</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(ExplanationLanguage.Chinese);

    /// <summary>The result in one line in <paramref name="language"/>: <c>name = expression = value</c>, or
    /// <c>name = expression: missing (reason)</c> / <c>name = expression：缺失（原因）</c>.</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The text.</returns>
    public string ToString(ExplanationLanguage language) =>
        Name + " = " + Explanation.Expression + (Explanation.ValueText is { } v ? " = " + v : RuleExplanation.Missing(Explanation.Reason, language));
}

/// <summary>The outcome of a consistency check (校验结果).</summary>
public enum RuleCheckStatus
{
    /// <summary>The condition holds (通过).</summary>
    Passed = 0,

    /// <summary>The condition does not hold (未通过).</summary>
    Failed = 1,

    /// <summary>The condition could not be evaluated because a value it needs is missing (未校验); never passed or failed.</summary>
    NotEvaluated = 2,
}

/// <summary>The outcome of one consistency check for one zone (校验结果).</summary>
public sealed class RuleCheckResult
{
    internal RuleCheckResult(CheckDeclaration check, RuleCheckStatus status, RuleExplanation explanation)
    {
        Check = check;
        Status = status;
        Explanation = explanation;
    }

    /// <summary>The check.</summary>
    public CheckDeclaration Check { get; }

    /// <summary>The check's name.</summary>
    public string Name => Check.Name;

    /// <summary>Passed, failed or not evaluated.</summary>
    public RuleCheckStatus Status { get; }

    /// <summary>For a failed check, its message (or "check X failed"); otherwise <see langword="null"/>.</summary>
    public string? Message => Status == RuleCheckStatus.Failed ? Check.Message ?? "check " + Check.Name + " failed" : null;

    /// <summary>For a check not evaluated, why; otherwise <see langword="null"/>.</summary>
    public string? MissingReason => Status == RuleCheckStatus.NotEvaluated ? Explanation.MissingReason : null;

    /// <summary>How the condition was evaluated.</summary>
    public RuleExplanation Explanation { get; }

    /// <summary>The outcome in words in Chinese (the default language): <c>c：通过</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(ExplanationLanguage.Chinese);

    /// <summary>The outcome in words: <c>c: passed</c> / <c>c：通过</c>.</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The text.</returns>
    public string ToString(ExplanationLanguage language) => language == ExplanationLanguage.Chinese
        ? Name + "：" + Status switch
        {
            RuleCheckStatus.Passed => "通过",
            RuleCheckStatus.Failed => "未通过——" + (Check.Message ?? "校验" + Check.Name + "未通过"),
            _ => "未校验（" + Explanation.GetMissingReason(language) + "）",
        }
        : Name + ": " + Status switch
        {
            RuleCheckStatus.Passed => "passed",
            RuleCheckStatus.Failed => "failed — " + Message,
            _ => "not evaluated (" + MissingReason + ")",
        };
}

/// <summary>The attainment of one target for one zone (目标完成情况).</summary>
public sealed class RuleTargetResult
{
    private readonly RuleReason? reason;

    internal RuleTargetResult(string indicator, Target target, double? actual, Attainment? attainment, RuleReason? missingReason)
    {
        Indicator = indicator;
        Target = target;
        Actual = actual;
        Attainment = attainment;
        reason = missingReason;
    }

    /// <summary>The indicator's name as the rules wrote it.</summary>
    public string Indicator { get; }

    /// <summary>The target.</summary>
    public Target Target { get; }

    /// <summary>The actual value judged (the growth rate in percent for a growth or decline target; the level in the target's unit otherwise), or <see langword="null"/>.</summary>
    public double? Actual { get; }

    /// <summary>The attainment (<see cref="Indicators.Attainment.Of"/>), or <see langword="null"/> when the actual is missing.</summary>
    public Attainment? Attainment { get; }

    /// <summary>Why the actual is missing, or <see langword="null"/>.</summary>
    public string? MissingReason => reason?.English;

    /// <summary>Why the actual is missing, in <paramref name="language"/>, or <see langword="null"/>.</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The reason or null.</returns>
    public string? GetMissingReason(ExplanationLanguage language) => reason?.In(language);

    /// <summary>The attainment explained in Chinese (the default language), or why it is missing.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(ExplanationLanguage.Chinese);

    /// <summary>The attainment explained in <paramref name="language"/> (<see cref="Attainment.Explain(ExplanationLanguage)"/>), or why it is missing.</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The text.</returns>
    public string ToString(ExplanationLanguage language) => Attainment is { } a
        ? Indicator + ExplainText.Pick(language, ": ", "：") + a.Explain(language)
        : Indicator + RuleExplanation.Missing(reason, language);
}

/// <summary>
/// The result of evaluating a <see cref="RulePlan"/> for one zone (规则求值结果): every derived indicator's value with its
/// explanation, every check's outcome, every target's attainment, and any limit reached (RL4003) as a diagnostic.
/// </summary>
public sealed partial class RuleEvaluation
{
    internal RuleEvaluation(RuleZone zone, IReadOnlyList<RuleIndicatorResult> indicators, IReadOnlyList<RuleCheckResult> checks,
        IReadOnlyList<RuleTargetResult> targets, IReadOnlyList<Diagnostic> diagnostics)
    {
        Zone = zone;
        Indicators = indicators;
        Checks = checks;
        Targets = targets;
        Diagnostics = diagnostics;
    }

    /// <summary>The zone evaluated.</summary>
    public RuleZone Zone { get; }

    /// <summary>The derived indicators, in evaluation order.</summary>
    public IReadOnlyList<RuleIndicatorResult> Indicators { get; }

    /// <summary>The checks, in declaration order.</summary>
    public IReadOnlyList<RuleCheckResult> Checks { get; }

    /// <summary>The targets, in declaration order.</summary>
    public IReadOnlyList<RuleTargetResult> Targets { get; }

    /// <summary>Problems of the evaluation (<c>RL4003</c>: the step limit was reached; the values not computed are missing).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The result of the derived indicator <paramref name="name"/>, or <see langword="null"/>.</summary>
    /// <param name="name">The indicator's name in the rules or its code.</param>
    /// <returns>The result or null.</returns>
    public RuleIndicatorResult? Find(string name)
    {
        Guard.Against.Null(name);
        foreach (var result in Indicators)
        {
            if (result.Name == name || result.Indicator.Code == name)
            {
                return result;
            }
        }
        return null;
    }

    /// <summary>Every result and explanation as text in Chinese (the default language).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(ExplanationLanguage.Chinese);

    /// <summary>Every result and explanation as text in <paramref name="language"/> (计算说明).</summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The text.</returns>
    public string ToString(ExplanationLanguage language)
    {
        var text = new StringBuilder();
        foreach (var indicator in Indicators)
        {
            text.Append(indicator.Name).Append(language == ExplanationLanguage.Chinese ? "：" : ": ");
            indicator.Explanation.Append(text, 0, language);
        }
        foreach (var check in Checks)
        {
            text.Append(check.ToString(language)).Append('\n');
        }
        foreach (var target in Targets)
        {
            text.Append(target.ToString(language)).Append('\n');
        }
        foreach (var diagnostic in Diagnostics)
        {
            text.Append(diagnostic.ToString(language)).Append('\n');
        }
        return text.ToString().TrimEnd();
    }
}

/// <summary>Why a value is missing, in English and in Chinese.</summary>
internal readonly record struct RuleReason(string English, string Chinese)
{
    /// <summary>A value beyond the range of a double in its unit (docs/numeric-policy.md, "Overflow in rule formulas").</summary>
    internal static readonly RuleReason OutOfRange = new("out of range: the result is beyond ±1.8e308 in its unit", "结果超出范围：超过 ±1.8e308（按其单位）");

    internal string In(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? Chinese : English;
}
