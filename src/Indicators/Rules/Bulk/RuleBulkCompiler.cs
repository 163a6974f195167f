using System.Globalization;

namespace Indicators;

/// <summary>
/// Compiles the bound formulas of a <see cref="RulePlan"/> into <see cref="RuleBulkProgram"/>s for one dataset: each
/// indicator the formulas read becomes a column of the dataset (by code or name) or a derived column computed
/// earlier. Registers are allocated by depth (a node's value lives in the register of its depth), so a program needs
/// as many registers as its formula is deep, not as many as it has nodes.
/// </summary>
internal sealed class RuleBulkCompiler
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
    /// nothing older: a read further back than one year is missing, as for one zone.</summary>
    internal RuleBulkProgram Compile(BoundExpression expression, int lag = 0)
    {
        code.Clear();
        registers = 0;
        context = lag;
        Emit(expression, 0);
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
        if (column < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The rules read indicator '{slot.Name}' (code '{slot.Code}'), which the dataset does not have."), nameof(dataset));
        }
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

    private void Emit(BoundExpression node, int r)
    {
        switch (node)
        {
            case BoundConstant constant:
                Add(new(RuleBulkOp.Constant, r, Value: constant.Value), r);
                break;
            case BoundIndicator indicator:
                EmitLoad(indicator.Slot, context + indicator.Lag, r);
                break;
            case BoundConvert convert:
                Emit(convert.Operand, r);
                Add(new(RuleBulkOp.Scale, r, r, Value: convert.Factor), r);
                break;
            case BoundUnary unary:
                Emit(unary.Operand, r);
                Add(new(unary.Operator == RuleUnaryOperator.Negate ? RuleBulkOp.Negate : RuleBulkOp.Not, r, r), r);
                break;
            case BoundBinary binary:
                Emit(binary.Left, r);
                Emit(binary.Right, r + 1);
                Add(new(Map(binary.Operator), r, r, r + 1), r + 1);
                break;
            case BoundCall call:
                EmitCall(call, r);
                break;
            default:
                throw new InvalidOperationException("A bound node bulk evaluation does not know: " + node.GetType().Name);
        }
    }

    private void EmitLoad(PlanSlot slot, int lag, int r)
    {
        if (lag > 1)
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
        if (!columns.TryGetValue(slot.Index, out var column))
        {
            column = FindColumn(dataset, slot);
            columns[slot.Index] = column;
        }
        Add(new(RuleBulkOp.LoadData, r, column, lag, Value: slot.InsideFactor), r);
    }

    private void EmitCall(BoundCall call, int r)
    {
        var arguments = call.Arguments;
        switch (call.Function)
        {
            case BoundFunction.Min or BoundFunction.Max:
                Emit(arguments[0], r);
                for (var k = 1; k < arguments.Length; k++)
                {
                    Emit(arguments[k], r + 1);
                    Add(new(call.Function == BoundFunction.Min ? RuleBulkOp.Min : RuleBulkOp.Max, r, r, r + 1), r + 1);
                }
                break;
            case BoundFunction.Abs or BoundFunction.Present:
                Emit(arguments[0], r);
                Add(new(call.Function == BoundFunction.Abs ? RuleBulkOp.Abs : RuleBulkOp.Present, r, r, r), r);
                break;
            case BoundFunction.Round:
                Emit(arguments[0], r);
                Add(new(RuleBulkOp.Round, r, r, call.Decimals), r);
                break;
            case BoundFunction.Coalesce:
                Emit(arguments[0], r);
                Emit(arguments[1], r + 1);
                Add(new(RuleBulkOp.Coalesce, r, r, r + 1), r + 1);
                break;
            case BoundFunction.If:
                Emit(arguments[0], r);
                Emit(arguments[1], r + 1);
                Emit(arguments[2], r + 2);
                Add(new(RuleBulkOp.Select, r, r, r + 1, r + 2), r + 2);
                break;
            case BoundFunction.Growth or BoundFunction.Share:
                Emit(arguments[0], r);
                Emit(arguments[1], r + 1);
                Add(new(RuleBulkOp.Scalar, r, r, r + 1, Payload: call.Function == BoundFunction.Growth
                    ? (RuleBulkCellFunction)RuleBulkSemantics.Growth
                    : RuleBulkSemantics.Share), r + 1);
                break;
            case BoundFunction.Completion:
                Emit(arguments[0], r);
                var (target, isCeiling, polarity) = call.Target;
                Add(new(RuleBulkOp.Scalar, r, r, r, Payload: (RuleBulkCellFunction)((x, _) => RuleBulkSemantics.Completion(x, target, isCeiling, polarity))), r);
                break;
            case BoundFunction.User:
                for (var k = 0; k < arguments.Length; k++)
                {
                    Emit(arguments[k], r + k);
                }
                Add(new(RuleBulkOp.User, r, r, arguments.Length, Payload: call.UserFunction), r + Math.Max(0, arguments.Length - 1));
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
