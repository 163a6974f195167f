namespace Indicators.Bulk;

/// <summary>
/// What a long-format CSV loaded into (CSV导入结果): the dataset built from the valid rows, and
/// every row that could not be loaded. A bad row never stops the others.
/// </summary>
public sealed class BulkCsvResult
{
    internal BulkCsvResult(BulkDataset? dataset, IReadOnlyList<BulkCsvRowError> errors, int rowsLoaded)
    {
        Dataset = dataset;
        Errors = errors;
        RowsLoaded = rowsLoaded;
    }

    /// <summary>The dataset of the valid rows, or null when no row was valid (or the header was unusable).</summary>
    public BulkDataset? Dataset { get; }

    /// <summary>The rows not loaded, in line order, each with its line number and reason.</summary>
    public IReadOnlyList<BulkCsvRowError> Errors { get; }

    /// <summary>The number of rows loaded into <see cref="Dataset"/>.</summary>
    public int RowsLoaded { get; }

    /// <summary>Whether every row loaded.</summary>
    public bool IsComplete => Errors.Count == 0;
}
