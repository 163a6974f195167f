using System.Diagnostics.CodeAnalysis;

namespace Indicators.Bulk;

/// <summary>The outcome of reading a <c>zbulk-v1</c> file (读取结果): a dataset, or an error naming the file and the field.</summary>
public sealed class ZbulkReadResult
{
    private readonly BulkDataset? dataset;

    internal ZbulkReadResult(BulkDataset? dataset, ZbulkFileError? error)
    {
        this.dataset = dataset;
        Error = error;
    }

    /// <summary>Whether the file was read.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>Why the file could not be read, or null on success.</summary>
    public ZbulkFileError? Error { get; }

    /// <summary>The dataset read.</summary>
    /// <exception cref="InvalidDataException">The file could not be read; the message is <see cref="ZbulkFileError.Message"/>.</exception>
    public BulkDataset Dataset => dataset ?? throw new InvalidDataException(Error!.Message);

    /// <summary>Gets the dataset if the file was read.</summary>
    /// <param name="result">The dataset, or null on failure.</param>
    /// <returns>Whether the file was read.</returns>
    public bool TryGetDataset([NotNullWhen(true)] out BulkDataset? result)
    {
        result = dataset;
        return dataset is not null;
    }

    /// <inheritdoc/>
    public override string ToString() => Error is null ? "Success: zbulk-v1 dataset" : "Failure: " + Error.Message;
}
