using System.Globalization;
using Indicators.Bulk;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// Compiles the bound formulas of a <see cref="RulePlan"/> into <see cref="RuleBulkProgram"/>s for one dataset: each
/// indicator the formulas read becomes a column of the dataset (by code or name) or a derived column computed
/// earlier. Registers are allocated by depth (a node's value lives in the register of its depth), so a program needs
/// as many registers as its formula is deep, not as many as it has nodes.
/// </summary>
internal sealed partial class RuleBulkCompiler
{
    private readonly BulkDataset dataset;
    private readonly Dictionary<int, int> derivedPositions = [];
    private readonly Dictionary<int, int> columns = [];
    private readonly List<RuleBulkInstruction> code = [];
    private int registers;
    private int context;

    internal RuleBulkCompiler(RulePlan plan, BulkDataset dataset)
    {
        this.dataset = dataset;
        for (var d = 0; d < plan.DerivedOrder.Length; d++)
        {
            derivedPositions[plan.DerivedOrder[d].Index] = d;
        }
    }

    /// <summary>The dataset column of every data indicator the programs read, by slot index.</summary>
    internal IReadOnlyDictionary<int, int> Columns => columns;

    /// <summary>Whether a compiled program reads a derived indicator as for the previous year.</summary>
    internal bool ReadsPrevious { get; private set; }

    /// <summary>Compiles <paramref name="expression"/> for this year (<paramref name="lag"/> 0) or, as the scalar
    /// evaluation computes derived values for <c>previous()</c> and <c>growth()</c>, for the previous year (1) with
    /// nothing older: a read further back than one year is missing, as for one zone. A derived indicator's program ends
    /// with the scalar's range check in its unit (<paramref name="unitFactor"/>, the slot's inside factor).</summary>
    internal RuleBulkProgram Compile(BoundExpression expression, int lag = 0, double unitFactor = 1)
    {
        code.Clear();
        registers = 0;
        context = lag;
        Emit(expression);
        if (unitFactor != 1)
        {
            Add(new(RuleBulkOp.InUnit, 0, 0, Value: unitFactor), 0);
        }
        return new RuleBulkProgram([.. code], registers);
    }

    /// <summary>The column of <paramref name="slot"/> in the dataset: its code, else any of its names.</summary>
    internal static int FindColumn(BulkDataset dataset, PlanSlot slot)
    {
        var codes = dataset.IndicatorCodes ?? throw new ArgumentException(
            "The dataset has no indicator codes, so the rules' indicators cannot be found in it.", nameof(dataset));
        var column = IndexOf(codes, slot.Code);
        for (var n = 0; column < 0 && n < slot.Names.Count; n++)
        {
            column = IndexOf(codes, slot.Names[n]);
        }
        Guard.Against.False(column >= 0, nameof(dataset), $"The rules read indicator '{Diagnostic.Window(slot.Name)}' (code '{Diagnostic.Window(slot.Code)}'), which the dataset does not have.");
        return column;
    }

    internal static int IndexOf(IReadOnlyList<string> codes, string name)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (string.Equals(codes[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private void Add(RuleBulkInstruction instruction, int highest)
    {
        registers = Math.Max(registers, highest + 1);
        code.Add(instruction);
    }

    /// <summary>One step of the emission: a node to emit into register <c>R</c>, or (no node) an instruction to add
    /// once the operands before it are emitted.</summary>
    private readonly record struct Step(BoundExpression? Node, int R, RuleBulkInstruction Instruction = default, int Highest = 0);

    /// <summary>Emits the tree into its register (0) depth-first with a stack of steps, not by recursion, so a plan
    /// of any depth compiles on any thread's stack.</summary>
    private void Emit(BoundExpression root)
    {
        var steps = new Stack<Step>();
        steps.Push(new(root, 0));
        while (steps.TryPop(out var step))
        {
            if (step.Node is not { } node)
            {
                Add(step.Instruction, step.Highest);
                continue;
            }
            var r = step.R;
            // The scalar evaluator makes a percent or points missing when its number in percent (× 100) is not
            // finite: the same check, after the node's own instruction (a constant was checked by the binder).
            if (node.Type.Kind is RuleTypeKind.Percent or RuleTypeKind.Points && node is not BoundConstant)
            {
                steps.Push(Instruction(new(RuleBulkOp.Shown, r, r, Value: 100), r));
            }
            switch (node)
            {
                case BoundConstant constant:
                    Add(new(RuleBulkOp.Constant, r, Value: constant.Value), r);
                    break;
                case BoundIndicator indicator:
                    EmitLoad(indicator.Slot, context + indicator.Lag, r);
                    break;
                case BoundConvert convert:
                    steps.Push(Instruction(new(RuleBulkOp.Scale, r, r, Value: convert.Factor), r));
                    steps.Push(new(convert.Operand, r));
                    break;
                case BoundUnary unary:
                    steps.Push(Instruction(new(unary.Operator == RuleUnaryOperator.Negate ? RuleBulkOp.Negate : RuleBulkOp.Not, r, r), r));
                    steps.Push(new(unary.Operand, r));
                    break;
                case BoundBinary binary:
                    steps.Push(Instruction(new(Map(binary.Operator), r, r, r + 1), r + 1));
                    steps.Push(new(binary.Right, r + 1));
                    steps.Push(new(binary.Left, r));
                    break;
                case BoundCall call:
                    PushCall(steps, call, r);
                    break;
                case BoundHistory history:
                    EmitHistory(history, r);
                    break;
                case BoundExchange or BoundRecordAggregate:
                    throw new NotSupportedException(RuleBulkUnits.Unsupported(node));
                case BoundSchemeResult result:
                    // A zone's other scheme results are per zone and period (RuleZone.SchemeResults), not columns of a dataset.
                    throw new NotSupportedException("Bulk evaluation cannot read another scheme's result: " + RuleExpressionText.Format(result.Syntax) +
                        " (score() and rank()); evaluate the plan per zone.");
                case BoundTable table:
                    // A BulkDataset holds no zone attributes, so no row can be chosen: the caller evaluates zone by zone.
                    throw new NotSupportedException("Bulk evaluation cannot read the table '" + table.Table.Name + "' (a value by the zone attribute '" +
                        table.Table.Attribute + "'): a BulkDataset holds no zone attributes; evaluate zone by zone with RulePlan.Evaluate.");
                default:
                    throw new InvalidOperationException("A bound node bulk evaluation does not know: " + node.GetType().Name);
            }
        }
    }

    private static Step Instruction(RuleBulkInstruction instruction, int highest) => new(null, 0, instruction, highest);

    private void EmitLoad(PlanSlot slot, int lag, int r)
    {
        // A derived indicator evaluated for last year sees two periods, as for one zone; this year reads any year back.
        if (lag > 1 && context > 0)
        {
            Add(new(RuleBulkOp.Constant, r, Value: double.NaN), r);
            return;
        }
        if (derivedPositions.TryGetValue(slot.Index, out var position))
        {
            ReadsPrevious |= lag == 1;
            Add(new(RuleBulkOp.LoadDerived, r, position, lag), r);
            return;
        }
        Add(new(RuleBulkOp.LoadData, r, ColumnOf(slot), lag, Value: slot.InsideFactor), r);
    }

    /// <summary>Pushes a call's steps in reverse: the instruction(s) after the arguments they read.</summary>
    private static void PushCall(Stack<Step> steps, BoundCall call, int r)
    {
        var arguments = call.Arguments;
        switch (call.Function)
        {
            case BoundFunction.Min or BoundFunction.Max:
                for (var k = arguments.Length - 1; k >= 1; k--)
                {
                    steps.Push(Instruction(new(call.Function == BoundFunction.Min ? RuleBulkOp.Min : RuleBulkOp.Max, r, r, r + 1), r + 1));
                    steps.Push(new(arguments[k], r + 1));
                }
                steps.Push(new(arguments[0], r));
                break;
            case BoundFunction.Abs or BoundFunction.Present:
                steps.Push(Instruction(new(call.Function == BoundFunction.Abs ? RuleBulkOp.Abs : RuleBulkOp.Present, r, r, r), r));
                steps.Push(new(arguments[0], r));
                break;
            case BoundFunction.Round:
                steps.Push(Instruction(new(RuleBulkOp.Round, r, r, call.Decimals), r));
                steps.Push(new(arguments[0], r));
                break;
            case BoundFunction.Coalesce:
                steps.Push(Instruction(new(RuleBulkOp.Coalesce, r, r, r + 1), r + 1));
                steps.Push(new(arguments[1], r + 1));
                steps.Push(new(arguments[0], r));
                break;
            case BoundFunction.If:
                steps.Push(Instruction(new(RuleBulkOp.Select, r, r, r + 1, r + 2), r + 2));
                steps.Push(new(arguments[2], r + 2));
                steps.Push(new(arguments[1], r + 1));
                steps.Push(new(arguments[0], r));
                break;
            case BoundFunction.Growth or BoundFunction.Share:
                steps.Push(Instruction(new(RuleBulkOp.Scalar, r, r, r + 1, Payload: call.Function == BoundFunction.Growth
                    ? (RuleBulkCellFunction)RuleBulkSemantics.Growth
                    : RuleBulkSemantics.Share), r + 1));
                steps.Push(new(arguments[1], r + 1));
                steps.Push(new(arguments[0], r));
                break;
            case BoundFunction.Completion:
                var (target, isCeiling, polarity) = call.Target;
                steps.Push(Instruction(new(RuleBulkOp.Scalar, r, r, r, Payload: (RuleBulkCellFunction)((x, _) => RuleBulkSemantics.Completion(x, target, isCeiling, polarity))), r));
                steps.Push(new(arguments[0], r));
                break;
            case BoundFunction.User:
                steps.Push(Instruction(new(RuleBulkOp.User, r, r, arguments.Length, Payload: call.UserFunction), r + Math.Max(0, arguments.Length - 1)));
                for (var k = arguments.Length - 1; k >= 0; k--)
                {
                    steps.Push(new(arguments[k], r + k));
                }
                break;
            default:
                throw new InvalidOperationException("A function bulk evaluation does not know: " + call.Function);
        }
    }

    private static RuleBulkOp Map(RuleBinaryOperator op) => op switch
    {
        RuleBinaryOperator.Add => RuleBulkOp.Add,
        RuleBinaryOperator.Subtract => RuleBulkOp.Subtract,
        RuleBinaryOperator.Multiply => RuleBulkOp.Multiply,
        RuleBinaryOperator.Divide => RuleBulkOp.Divide,
        RuleBinaryOperator.Power => RuleBulkOp.Power,
        RuleBinaryOperator.Less => RuleBulkOp.Less,
        RuleBinaryOperator.LessOrEqual => RuleBulkOp.LessOrEqual,
        RuleBinaryOperator.Greater => RuleBulkOp.Greater,
        RuleBinaryOperator.GreaterOrEqual => RuleBulkOp.GreaterOrEqual,
        RuleBinaryOperator.Equal => RuleBulkOp.Equal,
        RuleBinaryOperator.NotEqual => RuleBulkOp.NotEqual,
        RuleBinaryOperator.And => RuleBulkOp.And,
        _ => RuleBulkOp.Or,
    };
}
