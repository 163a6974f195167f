using static Indicators.Diagnostic;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>Binding of the history built-ins (历年数据): <c>previous(x, n)</c>, <c>in_year(x, Y)</c>, <c>average(x, n)</c>.</summary>
internal sealed partial class Binder
{
    private bool readsHistory;

    /// <summary>The furthest <c>previous(x, n)</c> and <c>average(x, n)</c> reach back (50 years).</summary>
    internal const int MaxHistoryYears = 50;

    /// <summary>The years <c>in_year(x, Y)</c> may name: those a zone's figures may be given for (<c>RuleZone.WithYearValue</c>).</summary>
    internal const int FirstYear = 1900, LastYear = 2200;

    /// <summary>
    /// previous(x), previous(x, n), in_year(x, Y), average(x, n). The second argument is a whole literal (n 1–50, Y
    /// 1900–2200, as <c>RuleZone.WithYearValue</c> stores). A derived indicator reaches one year back only: its value
    /// for last year is its formula on last year's figures (<c>previous(D)</c>, <c>growth(D)</c>), but the zone brings no
    /// earlier derived values, so <c>previous(D, n ≥ 2)</c>, <c>in_year(D, Y)</c> and <c>average(D, n ≥ 2)</c> are RL2051.
    /// </summary>
    private BoundExpression? BindHistory(CallExpression call)
    {
        var function = call.Function;
        if (!Arity(call, function == "previous" ? 1 : 2, 2))
        {
            return null;
        }
        if (call.Arguments[0] is not NameReference name)
        {
            return Error(call.Arguments[0], "RL2006", "the argument of " + Window(function) + "() must be an indicator's name",
                "函数" + Window(function) + "的参数应为指标名称");
        }
        var (min, max) = function == "in_year" ? (FirstYear, LastYear) : (1, MaxHistoryYears);
        var number = 1;
        if (call.Arguments.Count == 2)
        {
            if (WholeLiteral(call.Arguments[1]) is not int n || n < min || n > max)
            {
                var what = function == "in_year" ? "a year" : "a number of years";
                var whatZh = function == "in_year" ? "年份" : "年数";
                return Error(call.Arguments[1], "RL2050",
                    Invariant($"argument 2 of {function}() must be {what} written as a whole number from {min} to {max}, not '{Window(RulePrinter.Print(call.Arguments[1]))}'"),
                    Invariant($"函数{function}的第2个参数应为{min}到{max}之间的整数{whatZh}，而不是“{Window(RulePrinter.Print(call.Arguments[1]))}”"));
            }
            number = n;
        }
        if (Resolve(name, name.Name) is not { } slot)
        {
            return null;
        }
        var reachesBack = function == "in_year" || number > 1;
        if (slot.IsDerived && reachesBack)
        {
            return Error(call, "RL2051",
                "'" + Window(name.Name) + "' is a derived indicator: " + Window(function) + "() of a derived indicator reaches only one year back (previous(" + Window(name.Name) + ")); apply " + Window(function) + "() to the data it is computed from",
                "“" + Window(name.Name) + "”是派生指标：派生指标的历史值只能向前取一年（previous(" + Window(name.Name) + ")）；请对其所依据的数据使用" + Window(function) + "()");
        }
        // The binder sees every history read — in formulas, checks and scheme triggers alike — so the plan knows whether a
        // zone must bring more than two years (RulePlan.Assess gives earlier years only then).
        readsHistory |= reachesBack;
        if (function != "previous" && slot.Type.Kind == RuleTypeKind.Boolean)
        {
            return ArgumentError(call, 0, "a number", "数值", slot.Type);
        }
        return function switch
        {
            "previous" => Read(call, slot, number),
            "average" when number == 1 => Read(call, slot, 0),
            "average" => new BoundHistory(call, slot, HistoryKind.Average, number) { PerMille = slot.Type.Kind == RuleTypeKind.Number && slot.InsideFactor != 1 },
            _ => new BoundHistory(call, slot, HistoryKind.InYear, number) { PerMille = slot.Type.Kind == RuleTypeKind.Number && slot.InsideFactor != 1 },
        };
    }

    /// <summary>The value of a whole-number literal without a unit (<c>2</c>, <c>2010</c>), or null for anything else.</summary>
    private static int? WholeLiteral(RuleExpression expression) =>
        expression is NumberLiteral { Unit: null, Value: var v } && v == Math.Floor(v) && v >= int.MinValue && v <= int.MaxValue ? (int)v : null;
}

/// <summary>What a <see cref="BoundHistory"/> reads.</summary>
internal enum HistoryKind
{
    /// <summary><c>in_year(x, Y)</c>: x in the year <see cref="BoundHistory.Number"/>.</summary>
    InYear,
    /// <summary><c>average(x, n)</c>: the mean of x over this year and the <see cref="BoundHistory.Number"/> − 1 before, summed from this year back, then divided by n; missing if any year is missing.</summary>
    Average,
}

/// <summary>A read of a data indicator's history beyond last year: a fixed year, or a mean over years (this period's evaluation only).</summary>
internal sealed class BoundHistory(RuleExpression syntax, PlanSlot slot, HistoryKind kind, int number) : BoundExpression(syntax, slot.Type)
{
    internal PlanSlot Slot { get; } = slot;

    internal HistoryKind Kind { get; } = kind;

    /// <summary>The year (<see cref="HistoryKind.InYear"/>) or the number of years (<see cref="HistoryKind.Average"/>).</summary>
    internal int Number { get; } = number;
}
