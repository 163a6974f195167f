using static Indicators.Diagnostic;
using Indicators.Rules.Syntax;
using Indicators.Assessment;

namespace Indicators.Rules;

/// <summary>Binding of calls: the built-in functions and the functions registered in the environment.</summary>
internal sealed partial class Binder
{
    private BoundExpression? BindCall(CallExpression call)
    {
        var name = call.Function;
        if (IsRecordCall(call))
        {
            return BindRecordCall(call);
        }
        if (!BuiltIns.IsBuiltIn(name))
        {
            if (environment.TryGetFunction(name, out var function))
            {
                return BindUserCall(call, function);
            }
            var (en, zh) = DidYouMean('f', name, () => environment.FunctionNames);
            return Error(call, "RL2009", "unknown function '" + Window(name) + "'" + en, "未知函数“" + Window(name) + "”" + zh);
        }
        switch (name)
        {
            case "previous" or "in_year" or "average":
                return BindHistory(call);
            case "growth" or "target" or "completion":
                return Arity(call, 1, 1) ? BindIndicatorFunction(call) : null;
            case "min" or "max":
                return Arity(call, 2, int.MaxValue) ? BindSameTyped(call, name == "min" ? BoundFunction.Min : BoundFunction.Max, 0) : null;
            case "coalesce":
                return Arity(call, 2, 2) ? BindSameTyped(call, BoundFunction.Coalesce, 0) : null;
            case "share":
                return Arity(call, 2, 2) && BindSameTyped(call, BoundFunction.Share, 0) is BoundCall share
                    ? new BoundCall(call, RuleType.Percent, BoundFunction.Share, share.Arguments)
                    : null;
            case "if":
                return Arity(call, 3, 3) ? BindIf(call) : null;
            case "score" or "rank":
                return Arity(call, 1, 1) ? BindSchemeResult(call) : null;
        }
        if (!Arity(call, name == "round" ? 2 : 1, name == "round" ? 2 : 1) || BindArguments(call) is not { } arguments)
        {
            return null;
        }
        var x = arguments[0];
        if (name == "present")
        {
            return new BoundCall(call, RuleType.Boolean, BoundFunction.Present, arguments);
        }
        if (x.Type.Kind == RuleTypeKind.Boolean)
        {
            return ArgumentError(call, 0, "a number", "数值", x.Type);
        }
        if (name == "abs")
        {
            return new BoundCall(call, x.Type, BoundFunction.Abs, arguments) { PerMille = x.PerMille };
        }
        // round(x, n): n is a whole number 0..15 written as a literal; a percent rounds in percent (round(8.23%, 1) is 8.2%).
        if (arguments[1] is not BoundConstant { Type.Kind: RuleTypeKind.Number, Value: var n } || n != Math.Floor(n) || n < 0 || n > Rounding.MaxDecimals)
        {
            return ArgumentError(call, 1, "a whole number of decimals from 0 to 15", "0到15之间的整数位数", arguments[1].Type);
        }
        // Decimals count in the unit the value is written in: 2 more for a percent, 3 more for ‰ (round(5.25‰, 1) is 5.3‰).
        var extra = x.Type.Kind is RuleTypeKind.Percent or RuleTypeKind.Points ? 2 : x.PerMille ? 3 : 0;
        return new BoundCall(call, x.Type, BoundFunction.Round, [x]) { Decimals = Math.Min((int)n + extra, Rounding.MaxDecimals), PerMille = x.PerMille };
    }

    private bool Arity(CallExpression call, int min, int max)
    {
        var count = call.Arguments.Count;
        if (count >= min && count <= max)
        {
            return true;
        }
        var expected = min == max ? Invariant($"{min}") : max == int.MaxValue ? Invariant($"at least {min}") : Invariant($"{min} to {max}");
        var expectedZh = min == max ? Invariant($"{min}") : max == int.MaxValue ? Invariant($"至少{min}") : Invariant($"{min}至{max}");
        Report(call, "RL2005", Invariant($"{Window(call.Function)}() takes {expected} argument{(max == 1 ? "" : "s")}, not {count}"),
            Invariant($"函数{Window(call.Function)}需要{expectedZh}个参数，实际为{count}个"));
        return false;
    }

    private BoundExpression[]? BindArguments(CallExpression call)
    {
        var arguments = new BoundExpression[call.Arguments.Count];
        var ok = true;
        for (var i = 0; i < arguments.Length; i++)
        {
            var bound = BindExpression(call.Arguments[i]);
            ok &= bound is not null;
            arguments[i] = bound!;
        }
        return ok ? arguments : null;
    }

    private BoundExpression? ArgumentError(CallExpression call, int index, string expected, string expectedZh, RuleType actual)
    {
        var node = index < call.Arguments.Count ? (object)call.Arguments[index] : call;
        Report(node, "RL2006", Invariant($"argument {index + 1} of {Window(call.Function)}() must be {expected}, not {actual}"),
            Invariant($"函数{Window(call.Function)}的第{index + 1}个参数应为{expectedZh}，而不是{actual.Describe(ExplanationLanguage.Chinese)}"));
        return null;
    }

    /// <summary>min, max, coalesce, share: arguments of one type (quantities of one dimension, converted into the first's unit).</summary>
    private BoundCall? BindSameTyped(CallExpression call, BoundFunction function, int first)
    {
        if (BindArguments(call) is not { } arguments)
        {
            return null;
        }
        var type = arguments[first].Type;
        if (type.Kind == RuleTypeKind.Boolean)
        {
            ArgumentError(call, first, "a number", "数值", type);
            return null;
        }
        if (BareAmongPercents(arguments.AsSpan(first)))
        {
            return null;
        }
        for (var i = first + 1; i < arguments.Length; i++)
        {
            arguments[i] = AlignCurrency(arguments[i], type);
            if (!Compatible(type, arguments[i].Type))
            {
                ArgumentError(call, i, type.ToString(), type.Describe(ExplanationLanguage.Chinese), arguments[i].Type);
                return null;
            }
            arguments[i] = ConvertTo(arguments[i], type);
        }
        return new BoundCall(call, type, function, arguments) { PerMille = type.Kind == RuleTypeKind.Number && arguments.Any(a => a.PerMille) };
    }

    /// <summary>Candidates of one value (min, max, coalesce, if's branches): a bare number among percents (or ‰) is RL2015, as beside one.</summary>
    private bool BareAmongPercents(ReadOnlySpan<BoundExpression> candidates)
    {
        string? suffix = null;
        foreach (var candidate in candidates)
        {
            if (RateSuffix(candidate) is { } s)
            {
                suffix = s;
                break;
            }
        }
        var reported = false;
        foreach (var candidate in candidates)
        {
            if (suffix is not null && candidate.Bare is double bare && bare != 0)
            {
                ReportBare(candidate, bare, suffix);
                reported = true;
            }
        }
        return reported;
    }

    private static bool Compatible(RuleType expected, RuleType actual) =>
        expected.SameDimension(actual) || (expected.Kind is RuleTypeKind.Number or RuleTypeKind.Percent && actual.Kind is RuleTypeKind.Number or RuleTypeKind.Percent);

    private BoundCall? BindIf(CallExpression call)
    {
        if (BindArguments(call) is not { } arguments)
        {
            return null;
        }
        if (arguments[0].Type.Kind != RuleTypeKind.Boolean)
        {
            ArgumentError(call, 0, "a truth value", "真假值", arguments[0].Type);
            return null;
        }
        var type = arguments[1].Type;
        if (BareAmongPercents(arguments.AsSpan(1)))
        {
            return null;
        }
        arguments[2] = AlignCurrency(arguments[2], type);
        if (!Compatible(type, arguments[2].Type) && !(type.Kind == RuleTypeKind.Boolean && arguments[2].Type.Kind == RuleTypeKind.Boolean))
        {
            ArgumentError(call, 2, type.ToString(), type.Describe(ExplanationLanguage.Chinese), arguments[2].Type);
            return null;
        }
        arguments[2] = ConvertTo(arguments[2], type);
        return new BoundCall(call, type, BoundFunction.If, arguments) { PerMille = type.Kind == RuleTypeKind.Number && (arguments[1].PerMille || arguments[2].PerMille) };
    }

    /// <summary>growth, target, completion: the argument is an indicator's name.</summary>
    private BoundExpression? BindIndicatorFunction(CallExpression call)
    {
        if (call.Arguments[0] is not NameReference name)
        {
            Report(call.Arguments[0], "RL2006", "the argument of " + Window(call.Function) + "() must be an indicator's name",
                "函数" + Window(call.Function) + "的参数应为指标名称");
            return null;
        }
        if (Resolve(name, name.Name) is not { } slot)
        {
            return null;
        }
        var current = Read(name, slot, 0);
        switch (call.Function)
        {
            case "growth":
                if (slot.Type.Kind == RuleTypeKind.Boolean)
                {
                    return ArgumentError(call, 0, "a number", "数值", slot.Type);
                }
                // The previous-year operand explains itself as previous(x).
                return new BoundCall(call, RuleType.Percent, BoundFunction.Growth, [current, new BoundIndicator(new CallExpression("previous", name), slot, 1)]);
        }
        if (!targetBySlot.TryGetValue(slot, out var bound))
        {
            return Error(call, "RL2006", "'" + Window(name.Name) + "' has no target; declare one with: target " + Window(name.Name) + " \"…\";",
                "“" + Window(name.Name) + "”没有目标，请用 target " + Window(name.Name) + " \"…\"; 声明");
        }
        var target = bound.Target;
        var isRate = target.IsRate || target.Kind == TargetKind.ZeroControl;
        if (call.Function == "target")
        {
            if (target.Kind == TargetKind.ZeroControl)
            {
                return new BoundConstant(call, slot.Type, 0);
            }
            var (type, factor) = isRate ? (RuleType.Percent, 0.01) : TypeOfUnit(target.Unit);
            var number = isRate ? target.Guaranteed / 100 : target.Guaranteed * factor;
            if (!type.InRange(number))
            {
                return TargetOutOfRange(call, name.Name);
            }
            var constant = new BoundConstant(call, type, number);
            if (isRate)
            {
                return constant;
            }
            return type.Kind == RuleTypeKind.Quantity && slot.Type.Kind == RuleTypeKind.Quantity && type.SameDimension(slot.Type) ? ConvertTo(constant, slot.Type) : constant;
        }
        // completion(x): a level or count target in the indicator's unit (完成率 = actual / target, or ceiling / actual).
        if (isRate || target.Kind == TargetKind.Decline)
        {
            return Error(call, "RL2006", "completion() needs a level target, but the target of '" + Window(name.Name) + "' is a rate; compare growth(" + Window(name.Name) + ") with target(" + Window(name.Name) + ") instead",
                "completion()需要绝对量目标，而“" + Window(name.Name) + "”的目标是速度目标，请比较growth(" + Window(name.Name) + ")与target(" + Window(name.Name) + ")");
        }
        var (targetType, targetFactor) = TypeOfUnit(target.Unit);
        double value;
        if (slot.Type.Kind == RuleTypeKind.Quantity && targetType.Kind == RuleTypeKind.Quantity)
        {
            if (!slot.Type.SameDimension(targetType))
            {
                return ArgumentError(call, 0, targetType.ToString(), targetType.Describe(ExplanationLanguage.Chinese), slot.Type);
            }
            value = target.Unit.ConvertValue(target.Guaranteed, slot.Type.Unit!);
        }
        else
        {
            value = target.Guaranteed * targetFactor;
        }
        if (!double.IsFinite(value))
        {
            return TargetOutOfRange(call, name.Name);
        }
        return new BoundCall(call, RuleType.Percent, BoundFunction.Completion, [current]) { Target = (value, target.IsCeiling, slot.Polarity) };
    }

    private BoundExpression? TargetOutOfRange(CallExpression call, string indicator) =>
        Error(call, "RL2006", "the target of '" + Diagnostic.Window(indicator) + "' is out of range in its unit",
            "“" + Diagnostic.Window(indicator) + "”的目标按其单位超出范围");

    private BoundExpression? BindUserCall(CallExpression call, RuleFunction function)
    {
        if (!Arity(call, function.Parameters.Count, function.Parameters.Count) || BindArguments(call) is not { } arguments)
        {
            return null;
        }
        for (var i = 0; i < arguments.Length; i++)
        {
            var parameter = function.Parameters[i];
            if (arguments[i].Bare is double bare && bare != 0 && parameter.Kind is RuleTypeKind.Percent or RuleTypeKind.Points)
            {
                ReportBare(arguments[i], bare, parameter.Kind == RuleTypeKind.Percent ? "%" : "pp");
                return null;
            }
            if (!Compatible(parameter, arguments[i].Type))
            {
                return ArgumentError(call, i, parameter.ToString(), parameter.Describe(ExplanationLanguage.Chinese), arguments[i].Type);
            }
            arguments[i] = ConvertTo(arguments[i], parameter);
        }
        var result = function.Result.Kind == RuleTypeKind.SameAsArgument ? arguments[function.Result.ArgumentIndex].Type : function.Result;
        return new BoundCall(call, result, BoundFunction.User, arguments) { UserFunction = function };
    }
}
