using System.Runtime.CompilerServices;
using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// Evaluates a bound plan for one zone (标量求值): last year's derived values first (for previous() and growth() of
/// derived indicators), then this year's with explanations, then checks and targets. Missing is NaN inside, with a
/// reason; the step limit makes the rest missing and adds an RL4003 diagnostic, a tree too deep for the thread's stack
/// makes its values missing and adds an RL4001 diagnostic — never an exception.
/// </summary>
internal sealed partial class Evaluator
{
    private static readonly RuleReason StepLimitReason = new("evaluation step limit reached", "超过求值步数上限");
    private static readonly RuleReason NotANumber = new("not a real number", "结果不是实数");
    private static readonly RuleReason TooDeepReason = new("nested too deeply to evaluate on this thread's stack", "嵌套过深，超出本线程的栈空间，无法求值");
    private readonly RulePlan plan;
    private readonly RuleZone zone;
    private readonly long maxSteps;
    private readonly double[][] values;
    private readonly RuleReason?[][] reasons;
    private long steps;
    private bool stackExhausted;

    internal Evaluator(RulePlan plan, RuleZone zone)
    {
        this.plan = plan;
        this.zone = zone;
        maxSteps = plan.Environment.Limits.MaxEvaluationSteps;
        values = [new double[plan.Slots.Length], new double[plan.Slots.Length]];
        reasons = [new RuleReason?[plan.Slots.Length], new RuleReason?[plan.Slots.Length]];
    }

    private bool Exhausted => steps > maxSteps;

    internal RuleEvaluation Run()
    {
        for (var lag = 0; lag <= 1; lag++)
        {
            foreach (var slot in plan.Slots)
            {
                if (slot.IsDerived)
                {
                    values[lag][slot.Index] = double.NaN;
                    reasons[lag][slot.Index] = new RuleReason("not computed", "未计算");
                }
                else if (zone.TryGet(slot.Names, lag, out var raw))
                {
                    values[lag][slot.Index] = raw * slot.InsideFactor;
                }
                else
                {
                    values[lag][slot.Index] = double.NaN;
                    reasons[lag][slot.Index] = lag == 0
                        ? new RuleReason("missing " + slot.Name, "缺少" + slot.Name)
                        : new RuleReason("missing " + slot.Name + " of the previous year", "缺少" + slot.Name + "上年同期数");
                }
            }
        }
        foreach (var slot in plan.DerivedOrder)
        {
            var (value, reason) = InUnit(Evaluate(slot.Formula!, 1, null), slot);
            values[1][slot.Index] = value;
            reasons[1][slot.Index] = reason;
        }
        var indicators = new List<RuleIndicatorResult>(plan.DerivedOrder.Length);
        foreach (var slot in plan.DerivedOrder)
        {
            var parts = new List<RuleExplanation>(1);
            var (value, reason) = InUnit(Evaluate(slot.Formula!, 0, parts), slot);
            values[0][slot.Index] = value;
            reasons[0][slot.Index] = reason;
            var raw = double.IsNaN(value) ? (double?)null : value / slot.InsideFactor;
            var explanation = new RuleExplanation(slot.FormulaText, raw, raw is null ? null : Text(raw.Value, slot.Type, slot.Unit),
                reason, parts[0].Parts);
            indicators.Add(new RuleIndicatorResult(plan.Indicators[slot.Index], raw, explanation));
        }
        var checks = new List<RuleCheckResult>(plan.BoundChecks.Length);
        foreach (var check in plan.BoundChecks)
        {
            var parts = new List<RuleExplanation>(1);
            var (value, _) = Evaluate(check.Condition, 0, parts);
            var status = double.IsNaN(value) ? RuleCheckStatus.NotEvaluated : value != 0 ? RuleCheckStatus.Passed : RuleCheckStatus.Failed;
            checks.Add(new RuleCheckResult(check.Declaration, status, parts[0]));
        }
        var targets = plan.BoundTargets.Select(TargetResult).ToList();
        var diagnostics = new List<Diagnostic>();
        if (Exhausted)
        {
            diagnostics.Add(new Diagnostic("RL4003", DiagnosticSeverity.Error,
                Binder.Invariant($"the evaluation took more than the limit of {maxSteps} steps; the values not computed are missing"),
                Binder.Invariant($"求值超过{maxSteps}步的上限，未计算的值视为缺失")));
        }
        if (stackExhausted)
        {
            diagnostics.Add(new Diagnostic("RL4001", DiagnosticSeverity.Error,
                "a formula is nested too deeply to evaluate on this thread's stack; the values nested that deep are missing (split the formula into derived indicators)",
                "公式嵌套过深，超出本线程的栈空间；嵌套过深的值视为缺失（请拆分为派生指标）"));
        }
        var triggers = Triggers();
        return new RuleEvaluation(zone, indicators, checks, targets, diagnostics) { TriggerValues = triggers };
    }

    private RuleTargetResult TargetResult(BoundTarget bound)
    {
        var slot = bound.Slot;
        var target = bound.Target;
        var name = bound.Declaration.Indicator;
        var current = values[0][slot.Index];
        if (double.IsNaN(current))
        {
            return new RuleTargetResult(name, target, null, null, reasons[0][slot.Index]);
        }
        var raw = current / slot.InsideFactor;
        if (!double.IsFinite(raw))
        {
            return new RuleTargetResult(name, target, null, null, RuleReason.OutOfRange);
        }
        double actual;
        if (target.Kind is TargetKind.Growth or TargetKind.Decline)
        {
            var previous = values[1][slot.Index];
            if (double.IsNaN(previous))
            {
                return new RuleTargetResult(name, target, null, null, reasons[1][slot.Index]);
            }
            var growth = Growth.YearOnYear(current, previous);
            if (!growth.TryGetRate(out var rate))
            {
                return new RuleTargetResult(name, target, null, null, GrowthReason(growth.Status));
            }
            actual = rate.Percent;
        }
        else if (slot.Unit is { } unit && target.Kind != TargetKind.ZeroControl && unit.IsCompatibleWith(target.Unit) && unit.Dimension.Kind != DimensionKind.Ratio)
        {
            actual = unit.ConvertValue(raw, target.Unit);
        }
        else
        {
            actual = raw;
        }
        if (!double.IsFinite(actual))
        {
            return new RuleTargetResult(name, target, null, null, RuleReason.OutOfRange);
        }
        return new RuleTargetResult(name, target, actual, Attainment.Of(target, actual), null);
    }

    /// <summary>A derived indicator's value is missing when it is beyond range in the indicator's unit (inside ÷ factor,
    /// as <see cref="RuleBulkResults.GetValue(int, int, int)"/> computes it), so that no infinity reaches a user.</summary>
    private static (double Value, RuleReason? Reason) InUnit((double Value, RuleReason? Reason) result, PlanSlot slot) =>
        double.IsNaN(result.Value) || double.IsFinite(result.Value / slot.InsideFactor) ? result : (double.NaN, RuleReason.OutOfRange);

    /// <summary>Evaluates <paramref name="node"/> for the period <paramref name="lag"/> years back; adds its explanation to <paramref name="explain"/> when given.</summary>
    private (double Value, RuleReason? Reason) Evaluate(BoundExpression node, int lag, List<RuleExplanation>? explain)
    {
        var parts = explain is null ? null : new List<RuleExplanation>();
        (double, RuleReason?) computed;
        if (++steps > maxSteps)
        {
            computed = (double.NaN, StepLimitReason);
        }
        else if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            // A plan compiled on a larger stack than this thread's: the values nested beyond it are missing.
            stackExhausted = true;
            computed = (double.NaN, TooDeepReason);
        }
        else
        {
            computed = Compute(node, lag, parts);
        }
        var (value, reason) = computed;
        // Out of range: a value whose number as people read it (a percent × 100) is not finite; bulk evaluation checks the same.
        if (!double.IsNaN(value) && !node.Type.InRange(value))
        {
            (value, reason) = (double.NaN, RuleReason.OutOfRange);
        }
        if (explain is not null)
        {
            var shown = double.IsNaN(value) ? (double?)null : node.Type.Shown(value);
            explain.Add(new RuleExplanation(node.ExplanationText, shown, shown is null ? null : Text(shown.Value, node.Type, node.Type.Unit),
                double.IsNaN(value) ? reason ?? NotANumber : null, parts!));
        }
        return (value, double.IsNaN(value) ? reason ?? NotANumber : null);
    }

    private (double, RuleReason?) Compute(BoundExpression node, int lag, List<RuleExplanation>? parts)
    {
        switch (node)
        {
            case BoundConstant constant:
                return (constant.Value, null);
            case BoundIndicator indicator:
                var at = lag + indicator.Lag;
                if (at > 1 && lag == 0)
                {
                    return Back(indicator.Slot, at, parts);
                }
                if (at > 1)
                {
                    return (double.NaN, new RuleReason("no data two years back (" + indicator.Slot.Name + ")", "缺少" + indicator.Slot.Name + "两年前的数据"));
                }
                return (values[at][indicator.Slot.Index], reasons[at][indicator.Slot.Index]);
            case BoundConvert convert:
                var (converted, convertReason) = Evaluate(convert.Operand, lag, parts);
                return (converted * convert.Factor, convertReason);
            case BoundUnary unary:
                var (operand, unaryReason) = Evaluate(unary.Operand, lag, parts);
                return (unary.Operator == RuleUnaryOperator.Not ? 1 - operand : -operand, unaryReason);
            case BoundBinary binary:
                return Binary(binary, lag, parts);
            case BoundCall call:
                return Call(call, lag, parts);
            case BoundHistory history:
                return History(history, lag, parts);
            case BoundSchemeResult result:
                return SchemeResult(result, lag);
            case BoundTable table:
                return Row(table);
            default:
                return ComputeUnits(node, lag, parts);
        }
    }

    private (double, RuleReason?) Binary(BoundBinary binary, int lag, List<RuleExplanation>? parts)
    {
        var (left, leftReason) = Evaluate(binary.Left, lag, parts);
        var (right, rightReason) = Evaluate(binary.Right, lag, parts);
        if (double.IsNaN(left) || double.IsNaN(right))
        {
            return (double.NaN, leftReason ?? rightReason);
        }
        return binary.Operator switch
        {
            RuleBinaryOperator.Add => (left + right, null),
            RuleBinaryOperator.Subtract => (left - right, null),
            RuleBinaryOperator.Multiply => (left * right, null),
            RuleBinaryOperator.Divide => right == 0 ? (double.NaN, new RuleReason("division by zero", "除数为零")) : (left / right, null),
            RuleBinaryOperator.Power => (Math.Pow(left, right), null),
            RuleBinaryOperator.Less => (left < right ? 1 : 0, null),
            RuleBinaryOperator.LessOrEqual => (left <= right ? 1 : 0, null),
            RuleBinaryOperator.Greater => (left > right ? 1 : 0, null),
            RuleBinaryOperator.GreaterOrEqual => (left >= right ? 1 : 0, null),
            RuleBinaryOperator.Equal => (left == right ? 1 : 0, null),
            RuleBinaryOperator.NotEqual => (left != right ? 1 : 0, null),
            RuleBinaryOperator.And => (left != 0 && right != 0 ? 1 : 0, null),
            _ => (left != 0 || right != 0 ? 1 : 0, null),
        };
    }

    private (double, RuleReason?) Call(BoundCall call, int lag, List<RuleExplanation>? parts)
    {
        var arguments = call.Arguments;
        switch (call.Function)
        {
            case BoundFunction.If:
                var (condition, conditionReason) = Evaluate(arguments[0], lag, parts);
                return double.IsNaN(condition) ? (double.NaN, conditionReason) : Evaluate(arguments[condition != 0 ? 1 : 2], lag, parts);
            case BoundFunction.Present:
                var (present, _) = Evaluate(arguments[0], lag, parts);
                return (double.IsNaN(present) ? 0 : 1, null);
            case BoundFunction.Coalesce:
                var (first, _) = Evaluate(arguments[0], lag, parts);
                return double.IsNaN(first) ? Evaluate(arguments[1], lag, parts) : (first, null);
        }
        Span<double> args = arguments.Length <= 8 ? stackalloc double[arguments.Length] : new double[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            var (value, reason) = Evaluate(arguments[i], lag, parts);
            if (double.IsNaN(value))
            {
                // Strict: the remaining arguments are not needed, but their explanations help; evaluate them when explaining.
                for (var j = i + 1; parts is not null && j < arguments.Length; j++)
                {
                    Evaluate(arguments[j], lag, parts);
                }
                return (double.NaN, reason);
            }
            args[i] = value;
        }
        switch (call.Function)
        {
            case BoundFunction.Min:
            case BoundFunction.Max:
                var best = args[0];
                for (var i = 1; i < args.Length; i++)
                {
                    best = call.Function == BoundFunction.Min ? Math.Min(best, args[i]) : Math.Max(best, args[i]);
                }
                return (best, null);
            case BoundFunction.Abs:
                return (Math.Abs(args[0]), null);
            case BoundFunction.Round:
                return (Rounding.Round(args[0], call.Decimals), null);
            case BoundFunction.Growth:
                var growth = Growth.YearOnYear(args[0], args[1]);
                return growth.TryGetRate(out var rate) ? (rate.Fraction, null) : (double.NaN, GrowthReason(growth.Status));
            case BoundFunction.Share:
                var share = Share.Of(args[0], args[1]);
                return share.TryGetShare(out var fraction) ? (fraction.Fraction, null) : (double.NaN, new RuleReason("whole ≤ 0: no share", "总量不大于0，无占比"));
            case BoundFunction.Completion:
                var (target, isCeiling, polarity) = call.Target;
                var completion = isCeiling ? Completion.OfCeiling(args[0], target) : Completion.OfLevel(args[0], target, polarity);
                return completion.TryGetRate(out var completed) ? (completed.Fraction, null) : (double.NaN, new RuleReason("no completion rate: " + completion.Status, "无完成率：" + completion.Status));
            case BoundFunction.User:
                var result = call.UserFunction!.Body(args);
                return double.IsFinite(result) ? (result, null) : (double.NaN, new RuleReason(call.UserFunction.Name + "() gave no value", "函数" + call.UserFunction.Name + "无结果"));
            default:
                return (double.NaN, NotANumber);
        }
    }

    internal static RuleReason GrowthReason(GrowthStatus status) => status switch
    {
        GrowthStatus.TurnedProfit => new("base < 0: 扭亏为盈", "上年为负：扭亏为盈"),
        GrowthStatus.TurnedLoss => new("current < 0: 由盈转亏", "本期为负：由盈转亏"),
        GrowthStatus.LossWidened => new("base < 0: 增亏", "上年为负：增亏"),
        GrowthStatus.LossNarrowed => new("base < 0: 减亏", "上年为负：减亏"),
        GrowthStatus.LossUnchanged => new("base < 0: 亏损持平", "上年为负：亏损持平"),
        GrowthStatus.FromZero => new("base = 0: 从无到有", "上年为零：从无到有"),
        GrowthStatus.BothZero => new("base = 0 and current = 0: no rate", "两期均为零：无增速"),
        _ => new("base too close to 0: no finite rate", "上年过于接近零：无有限增速"),
    };

    private static string Text(double shown, RuleType type, Unit? unit) => type.Kind switch
    {
        RuleTypeKind.Boolean => shown != 0 ? "true" : "false",
        RuleTypeKind.Percent => AssessmentText.Number(shown) + "%",
        RuleTypeKind.Points => AssessmentText.Number(shown) + "pp",
        _ => AssessmentText.Number(shown) + (unit?.Symbol ?? ""),
    };
}
