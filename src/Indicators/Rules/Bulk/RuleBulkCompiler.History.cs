namespace Indicators.Rules;

// History beyond last year in bulk (issue 13, item 4): the dataset holds every year, so previous(x, n) is a load n
// years back (LoadData), in_year(x, Y) a load of one year (LoadYear) and average(x, n) n loads summed from this year
// back and divided by n — the scalar evaluator's order, so the bits agree; the first years have missing history.
internal sealed partial class RuleBulkCompiler
{
    private void EmitHistory(BoundHistory history, int r)
    {
        var slot = history.Slot;
        if (context > 0)
        {
            // As for one zone: a derived indicator evaluated for last year reads no history.
            Add(new(RuleBulkOp.Constant, r, Value: double.NaN), r);
            return;
        }
        var column = ColumnOf(slot);
        if (history.Kind == HistoryKind.InYear)
        {
            var index = history.Number - dataset.FirstYear;
            if (index < 0 || index >= dataset.YearCount)
            {
                Add(new(RuleBulkOp.Constant, r, Value: double.NaN), r);
                return;
            }
            Add(new(RuleBulkOp.LoadYear, r, column, index, Value: slot.InsideFactor), r);
            return;
        }
        Add(new(RuleBulkOp.LoadData, r, column, 0, Value: slot.InsideFactor), r);
        for (var k = 1; k < history.Number; k++)
        {
            Add(new(RuleBulkOp.LoadData, r + 1, column, k, Value: slot.InsideFactor), r + 1);
            Add(new(RuleBulkOp.Add, r, r, r + 1), r + 1);
        }
        Add(new(RuleBulkOp.Constant, r + 1, Value: history.Number), r + 1);
        Add(new(RuleBulkOp.Divide, r, r, r + 1), r + 1);
    }

    /// <summary>The dataset column of a data indicator, found once per plan and dataset.</summary>
    private int ColumnOf(PlanSlot slot)
    {
        if (!columns.TryGetValue(slot.Index, out var column))
        {
            column = FindColumn(dataset, slot);
            columns[slot.Index] = column;
        }
        return column;
    }
}
