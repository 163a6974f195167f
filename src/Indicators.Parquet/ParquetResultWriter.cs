using System.Globalization;
using Indicators.Assessment;
using Indicators.Bulk;
using Indicators.Rules;
using Parquet;
using Parquet.Schema;

namespace Indicators.Parquet;

/// <summary>
/// Writes computed results as Apache Parquet files (结果写出为 Parquet) for DuckDB, pandas, Polars, Spark or R: the same
/// tables, rows and order as <c>Indicators.Data.ResultWriter.WriteCsv</c>, but typed (years and ranks as integers,
/// <c>attained</c> as a boolean), compressed, and with a missing value as a null, never <c>NaN</c> or 0.
/// </summary>
/// <remarks>
/// <para>A file is written whole or not at all: into a temporary file in the same folder, flushed to disk, then renamed
/// over <c>path</c>; if anything fails, the file at <c>path</c> is left as it was and the temporary file is removed.</para>
/// <para>Parquet.Net (Snappy compression, dictionary-encoded names) does the encoding. The satellite is not annotated for
/// trimming or NativeAOT: Parquet.Net is not.</para>
/// </remarks>
public static class ParquetResultWriter
{
    // A row group of at most about a million rows: readers stream a large file group by group, and the writer holds one
    // group's columns at a time.
    private const int RowsPerGroup = 1 << 20;

    private static readonly DataField<string> Zone = new("zone", nullable: false);
    private static readonly DataField<string> Indicator = new("indicator", nullable: true);
    private static readonly DataField<int> Year = new("year");

    /// <summary>The columns of a bulk recomputation's file.</summary>
    internal static readonly ParquetSchema BulkSchema = new(
        Zone, Indicator, Year,
        new DataField<double?>("actual"), new DataField<double?>("target"), new DataField<double?>("growth"),
        new DataField<double?>("completion"), new DataField<double?>("overfulfilment"), new DataField<bool?>("attained"),
        new DataField<double?>("score"), new DataField<int?>("rank"));

    /// <summary>The columns of an assessment's file.</summary>
    internal static readonly ParquetSchema AssessmentSchema = new(
        Zone, Indicator, Year, new DataField<string>("category", nullable: true),
        new DataField<double?>("value"), new DataField<double?>("weight"), new DataField<double?>("points"),
        new DataField<string>("status", nullable: true), new DataField<double?>("total"), new DataField<int?>("rank"));

    /// <summary>
    /// Writes a bulk recomputation as Parquet (批量计算结果写出为 Parquet), replacing any file at <paramref name="path"/>.
    /// </summary>
    /// <remarks>Columns <c>zone, indicator, year, actual, target, growth, completion, overfulfilment, attained, score,
    /// rank</c>. Zone by zone: a row per indicator and year with the cell's inputs and the engine's numbers (null
    /// <c>score</c> and <c>rank</c>), then a row per year with a null <c>indicator</c> and cell columns and the zone's
    /// <c>score</c> and <c>rank</c>. <c>zone</c> and <c>indicator</c> are the dataset's ids and codes, or their zero-based
    /// indices as text; <c>year</c> is the calendar year.</remarks>
    /// <param name="path">The file to write.</param>
    /// <param name="dataset">The dataset the results were computed from.</param>
    /// <param name="results">The results of <see cref="BulkEngine.Recompute"/> on <paramref name="dataset"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The results are not computed, or not shaped like the dataset.</exception>
    /// <exception cref="IOException">The file cannot be written; the file at <paramref name="path"/> is unchanged.</exception>
    public static void Write(string path, BulkDataset dataset, BulkResults results)
    {
        Guard.Against.NullOrEmpty(path);
        CheckComputed(dataset, results);
        Atomically(path, stream => WriteBulkAsync(stream, dataset, results));
    }

    /// <summary>Writes a bulk recomputation as Parquet to a stream (批量计算结果写出), as
    /// <see cref="Write(string, BulkDataset, BulkResults)"/> does to a file, but not atomically.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="dataset">The dataset the results were computed from.</param>
    /// <param name="results">The results of <see cref="BulkEngine.Recompute"/> on <paramref name="dataset"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The results are not computed, or not shaped like the dataset.</exception>
    public static void Write(Stream stream, BulkDataset dataset, BulkResults results)
    {
        Guard.Against.Null(stream);
        CheckComputed(dataset, results);
        Run(() => WriteBulkAsync(stream, dataset, results));
    }

    /// <summary>
    /// Writes a scheme's assessment of one year as Parquet (考核结果写出为 Parquet), replacing any file at
    /// <paramref name="path"/>.
    /// </summary>
    /// <remarks>Columns <c>zone, indicator, year, category, value, weight, points, status, total, rank</c>, zones in the
    /// order of <see cref="RuleAssessment.Result"/>: per zone a row per indicator of each category (its value, weight, the
    /// points of its score, null when it was missing, and its <see cref="IndicatorAssessmentStatus"/> by name), then one
    /// row with a null <c>indicator</c> and the zone's <see cref="ZoneAssessment.Total"/> and
    /// <see cref="ZoneAssessment.Rank"/> (null for a zone out of the ranking).</remarks>
    /// <param name="path">The file to write.</param>
    /// <param name="assessment">The assessment, from <see cref="RulePlan.Assess(string, ZoneData, int?)"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written; the file at <paramref name="path"/> is unchanged.</exception>
    public static void Write(string path, RuleAssessment assessment)
    {
        Guard.Against.NullOrEmpty(path);
        Guard.Against.Null(assessment);
        Atomically(path, stream => WriteAssessmentAsync(stream, assessment));
    }

    /// <summary>Writes a scheme's assessment of one year as Parquet to a stream (考核结果写出), as
    /// <see cref="Write(string, RuleAssessment)"/> does to a file, but not atomically.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="assessment">The assessment, from <see cref="RulePlan.Assess(string, ZoneData, int?)"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, RuleAssessment assessment)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(assessment);
        Run(() => WriteAssessmentAsync(stream, assessment));
    }

    private static void CheckComputed(BulkDataset dataset, BulkResults results)
    {
        Guard.Against.Null(dataset);
        Guard.Against.Null(results);
        if (!results.IsComputed)
        {
            throw new ArgumentException("These results were never computed: call BulkEngine.Recompute(dataset, results) first.", nameof(results));
        }
        if ((results.ZoneCount, results.IndicatorCount, results.YearCount) != (dataset.ZoneCount, dataset.IndicatorCount, dataset.YearCount))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The results are shaped {results.ZoneCount} × {results.IndicatorCount} × {results.YearCount}, the dataset {dataset.ZoneCount} × {dataset.IndicatorCount} × {dataset.YearCount}: they were computed from another dataset."), nameof(results));
        }
    }

    /// <summary>Parquet.Net's writer is asynchronous; the public calls are not (as the CSV writer's). Run on the thread
    /// pool, so that a caller's synchronisation context (a UI thread) cannot deadlock the wait.</summary>
    private static void Run(Func<Task> write) => Task.Run(write).GetAwaiter().GetResult();

    /// <summary>Writes into a temporary file beside <paramref name="path"/>, flushed to disk, then renamed over it; on
    /// failure the temporary file is deleted and <paramref name="path"/> untouched. <paramref name="wrap"/> lets a test put
    /// a failing stream between the writer and the file.</summary>
    internal static void Atomically(string path, Func<Stream, Task> write, Func<Stream, Stream>? wrap = null)
    {
        var target = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(target) ?? ".",
            $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                var into = wrap?.Invoke(file) ?? file;
                Run(() => write(into));
                into.Flush();
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes the bulk table; <paramref name="rowsPerGroup"/> small in the tests, so that a table spans groups.</summary>
    internal static async Task WriteBulkAsync(Stream stream, BulkDataset dataset, BulkResults results, int rowsPerGroup = RowsPerGroup)
    {
        var fields = BulkSchema.GetDataFields();
        var zones = Names(dataset.ZoneCount, dataset.ZoneIds);
        var indicators = Names(dataset.IndicatorCount, dataset.IndicatorCodes);
        var rowsPerZone = (dataset.IndicatorCount + 1) * dataset.YearCount;
        var zonesPerGroup = Math.Clamp(rowsPerGroup / Math.Max(rowsPerZone, 1), 1, Math.Max(dataset.ZoneCount, 1));
        await using var writer = await ParquetWriter.CreateAsync(BulkSchema, stream).ConfigureAwait(false);
        for (var first = 0; first < dataset.ZoneCount; first += zonesPerGroup)
        {
            var count = Math.Min(zonesPerGroup, dataset.ZoneCount - first);
            var rows = count * rowsPerZone;
            var zone = new string[rows];
            var indicator = new string?[rows];
            var year = new int[rows];
            var actual = new double?[rows];
            var target = new double?[rows];
            var growth = new double?[rows];
            var completion = new double?[rows];
            var overfulfilment = new double?[rows];
            var attained = new bool?[rows];
            var score = new double?[rows];
            var rank = new int?[rows];
            // Zones fill disjoint ranges of the group's columns: one per core.
            Parallel.For(0, count, k =>
            {
                var z = first + k;
                var row = k * rowsPerZone;
                for (var i = 0; i < dataset.IndicatorCount; i++)
                {
                    for (var y = 0; y < dataset.YearCount; y++, row++)
                    {
                        (zone[row], indicator[row], year[row]) = (zones[z], indicators[i], dataset.FirstYear + y);
                        actual[row] = Finite(dataset.GetActual(z, i, y));
                        target[row] = Finite(dataset.GetTarget(z, i, y));
                        growth[row] = Finite(results.GetGrowth(z, i, y));
                        completion[row] = Finite(results.GetCompletion(z, i, y));
                        overfulfilment[row] = Finite(results.GetOverfulfilment(z, i, y));
                        attained[row] = results.IsAttained(z, i, y);
                    }
                }
                for (var y = 0; y < dataset.YearCount; y++, row++)
                {
                    (zone[row], year[row]) = (zones[z], dataset.FirstYear + y);
                    score[row] = Finite(results.GetScore(z, y));
                    rank[row] = results.GetRank(z, y);
                }
            });
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(fields[0], zone).ConfigureAwait(false);
            await group.WriteAsync(fields[1], indicator!).ConfigureAwait(false);
            await group.WriteAsync(fields[2], (ReadOnlyMemory<int>)year).ConfigureAwait(false);
            await group.WriteAsync(fields[3], (ReadOnlyMemory<double?>)actual).ConfigureAwait(false);
            await group.WriteAsync(fields[4], (ReadOnlyMemory<double?>)target).ConfigureAwait(false);
            await group.WriteAsync(fields[5], (ReadOnlyMemory<double?>)growth).ConfigureAwait(false);
            await group.WriteAsync(fields[6], (ReadOnlyMemory<double?>)completion).ConfigureAwait(false);
            await group.WriteAsync(fields[7], (ReadOnlyMemory<double?>)overfulfilment).ConfigureAwait(false);
            await group.WriteAsync(fields[8], (ReadOnlyMemory<bool?>)attained).ConfigureAwait(false);
            await group.WriteAsync(fields[9], (ReadOnlyMemory<double?>)score).ConfigureAwait(false);
            await group.WriteAsync(fields[10], (ReadOnlyMemory<int?>)rank).ConfigureAwait(false);
        }
    }

    private static async Task WriteAssessmentAsync(Stream stream, RuleAssessment assessment)
    {
        var zone = new List<string>();
        var indicator = new List<string?>();
        var category = new List<string?>();
        var value = new List<double?>();
        var weight = new List<double?>();
        var points = new List<double?>();
        var status = new List<string?>();
        var total = new List<double?>();
        var rank = new List<int?>();
        foreach (var result in assessment.Result)
        {
            foreach (var part in result.Categories)
            {
                foreach (var entry in part.Indicators)
                {
                    zone.Add(result.Id.Code);
                    indicator.Add(entry.Code);
                    category.Add(part.Name);
                    value.Add(Finite(entry.Value));
                    weight.Add(Finite(entry.Weight));
                    points.Add(Finite(entry.Score?.Points));
                    status.Add(entry.Status.ToString());
                    total.Add(null);
                    rank.Add(null);
                }
            }
            zone.Add(result.Id.Code);
            indicator.Add(null);
            category.Add(null);
            value.Add(null);
            weight.Add(null);
            points.Add(null);
            status.Add(null);
            total.Add(Finite(result.Total));
            rank.Add(result.Rank);
        }
        var fields = AssessmentSchema.GetDataFields();
        await using var writer = await ParquetWriter.CreateAsync(AssessmentSchema, stream).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(fields[0], zone).ConfigureAwait(false);
        await group.WriteAsync(fields[1], indicator!).ConfigureAwait(false);
        await group.WriteAsync(fields[2], (ReadOnlyMemory<int>)Enumerable.Repeat(assessment.Year, zone.Count).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(fields[3], category!).ConfigureAwait(false);
        await group.WriteAsync(fields[4], (ReadOnlyMemory<double?>)value.ToArray()).ConfigureAwait(false);
        await group.WriteAsync(fields[5], (ReadOnlyMemory<double?>)weight.ToArray()).ConfigureAwait(false);
        await group.WriteAsync(fields[6], (ReadOnlyMemory<double?>)points.ToArray()).ConfigureAwait(false);
        await group.WriteAsync(fields[7], status!).ConfigureAwait(false);
        await group.WriteAsync(fields[8], (ReadOnlyMemory<double?>)total.ToArray()).ConfigureAwait(false);
        await group.WriteAsync(fields[9], (ReadOnlyMemory<int?>)rank.ToArray()).ConfigureAwait(false);
    }

    private static string[] Names(int count, IReadOnlyList<string>? names)
    {
        var texts = new string[count];
        for (var k = 0; k < count; k++)
        {
            texts[k] = names?[k] ?? k.ToString(CultureInfo.InvariantCulture);
        }
        return texts;
    }

    /// <summary>The core never hands out a non-finite value; if one came, a null would pass it off as missing.</summary>
    private static double? Finite(double? value) =>
        value is { } v && !double.IsFinite(v)
            ? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"A result is {v}: results are finite or missing."))
            : value;
}
