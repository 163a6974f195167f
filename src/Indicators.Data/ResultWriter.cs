using System.Buffers;
using System.Globalization;
using System.Text;
using Indicators.Assessment;
using Indicators.Bulk;
using Indicators.Rules;

namespace Indicators.Data;

/// <summary>
/// Writes computed results to files another tool reads (结果写出): long-format CSV, one row per zone, indicator and year,
/// for pandas, DuckDB, Polars, R or a spreadsheet — a bulk recomputation (<see cref="BulkResults"/>) or a scheme's
/// assessment (<see cref="RuleAssessment"/>).
/// </summary>
/// <remarks>
/// <para>Numbers are written in the invariant culture as the shortest text that reads back to the same double
/// (<c>"R"</c>), whatever the current culture; a missing value is an empty field, never <c>NaN</c> or 0.</para>
/// <para>A file is written whole or not at all: the rows go to a temporary file in the same folder, which then replaces
/// <c>path</c> in one rename. If anything fails on the way, the file at <c>path</c> is left as it was and the temporary
/// file is removed.</para>
/// <para>docs/data-files.md, "Writing results"; the measured speed and why there is no Arrow or Parquet writer:
/// docs/performance.md, issue 14.</para>
/// </remarks>
public static class ResultWriter
{
    /// <summary>The header of <see cref="WriteCsv(string, BulkDataset, BulkResults)"/>.</summary>
    internal const string BulkHeader = "zone,indicator,year,actual,target,growth,completion,overfulfilment,attained,score,rank";

    /// <summary>
    /// Writes a bulk recomputation as long-format CSV (批量计算结果写出为 CSV), replacing any file at <paramref name="path"/>.
    /// </summary>
    /// <remarks>
    /// <para>Columns <c>zone,indicator,year,actual,target,growth,completion,overfulfilment,attained,score,rank</c>. Zone by
    /// zone: first a row per indicator and year with the cell's inputs and the engine's numbers
    /// (<see cref="BulkResults.GetGrowth"/>, <see cref="BulkResults.GetCompletion"/>,
    /// <see cref="BulkResults.GetOverfulfilment"/>, <c>attained</c> 1 or 0) and empty <c>score</c> and <c>rank</c>; then a
    /// row per year with an empty <c>indicator</c>, the zone's <c>score</c> and <c>rank</c>, and the cell columns empty.
    /// <c>zone</c> and <c>indicator</c> are the dataset's zone ids and indicator codes, or their zero-based indices when
    /// it has none; <c>year</c> is the calendar year.</para>
    /// </remarks>
    /// <param name="path">The file to write.</param>
    /// <param name="dataset">The dataset the results were computed from.</param>
    /// <param name="results">The results of <see cref="BulkEngine.Recompute"/> on <paramref name="dataset"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The results are not computed, or not shaped like the dataset.</exception>
    /// <exception cref="IOException">The file cannot be written; the file at <paramref name="path"/> is unchanged.</exception>
    public static void WriteCsv(string path, BulkDataset dataset, BulkResults results)
    {
        Guard.Against.NullOrEmpty(path);
        CheckComputed(dataset, results);
        Atomically(path, stream => WriteCsv(stream, dataset, results));
    }

    /// <summary>
    /// Writes a bulk recomputation as long-format CSV to a stream (批量计算结果写出), as
    /// <see cref="WriteCsv(string, BulkDataset, BulkResults)"/> does to a file, but not atomically.
    /// </summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="dataset">The dataset the results were computed from.</param>
    /// <param name="results">The results of <see cref="BulkEngine.Recompute"/> on <paramref name="dataset"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The results are not computed, or not shaped like the dataset.</exception>
    public static void WriteCsv(Stream stream, BulkDataset dataset, BulkResults results)
    {
        Guard.Against.Null(stream);
        CheckComputed(dataset, results);
        new BulkCsvRows(dataset, results).WriteTo(stream);
    }

    /// <summary>The header of <see cref="WriteCsv(string, RuleAssessment)"/>.</summary>
    internal const string AssessmentHeader = "zone,indicator,year,category,value,weight,points,status,total,rank";

    /// <summary>
    /// Writes a scheme's assessment of one year as long-format CSV (考核结果写出为 CSV), replacing any file at
    /// <paramref name="path"/>.
    /// </summary>
    /// <remarks>
    /// <para>Columns <c>zone,indicator,year,category,value,weight,points,status,total,rank</c>, zones in the order of
    /// <see cref="RuleAssessment.Result"/>. Per zone, a row per indicator of each category (its value, weight, the points
    /// of its score, empty when it was missing, and its <see cref="IndicatorAssessmentStatus"/> by name), then one row with
    /// an empty <c>indicator</c> and the zone's <see cref="ZoneAssessment.Total"/> and <see cref="ZoneAssessment.Rank"/>
    /// (empty for a zone out of the ranking).</para>
    /// </remarks>
    /// <param name="path">The file to write.</param>
    /// <param name="assessment">The assessment, from <see cref="RulePlan.Assess(string, ZoneData, int?)"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written; the file at <paramref name="path"/> is unchanged.</exception>
    public static void WriteCsv(string path, RuleAssessment assessment)
    {
        Guard.Against.NullOrEmpty(path);
        Guard.Against.Null(assessment);
        Atomically(path, stream => WriteCsv(stream, assessment));
    }

    /// <summary>Writes a scheme's assessment of one year as long-format CSV to a stream (考核结果写出), as
    /// <see cref="WriteCsv(string, RuleAssessment)"/> does to a file, but not atomically.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="assessment">The assessment, from <see cref="RulePlan.Assess(string, ZoneData, int?)"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(Stream stream, RuleAssessment assessment)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(assessment);
        const int FlushAt = 1 << 18;
        var buffer = new ArrayBufferWriter<byte>(FlushAt + 4096);
        buffer.Write(Encoding.UTF8.GetBytes(AssessmentHeader + "\n"));
        byte[] year = Field(assessment.Year.ToString(CultureInfo.InvariantCulture));
        foreach (var zone in assessment.Result)
        {
            byte[] id = Field(zone.Id.Code);
            foreach (var category in zone.Categories)
            {
                byte[] name = Field(category.Name);
                foreach (var indicator in category.Indicators)
                {
                    byte[] code = Field(indicator.Code);
                    var row = new Row(buffer.GetSpan(id.Length + code.Length + name.Length + 8 * 32), id, code, year);
                    row.Literal(",");
                    row.Literal(name);
                    row.Number(indicator.Value);
                    row.Number(indicator.Weight);
                    row.Number(indicator.Score?.Points);
                    row.Literal(indicator.Status switch
                    {
                        IndicatorAssessmentStatus.Scored => ",Scored",
                        IndicatorAssessmentStatus.MissingScoredZero => ",MissingScoredZero",
                        IndicatorAssessmentStatus.MissingReweighted => ",MissingReweighted",
                        var other => "," + other.ToString(),
                    });
                    row.Literal(",,\n");
                    buffer.Advance(row.Length);
                }
            }
            var total = new Row(buffer.GetSpan(id.Length + 4 * 32), id, [], year);
            total.Literal(",,,,,");
            total.Number(zone.Total);
            total.Number(zone.Rank);
            total.Literal("\n");
            buffer.Advance(total.Length);
            if (buffer.WrittenCount >= FlushAt)
            {
                stream.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }
        stream.Write(buffer.WrittenSpan);
    }

    private static void CheckComputed(BulkDataset dataset, BulkResults results)
    {
        Guard.Against.Null(dataset);
        Guard.Against.Null(results);
        Guard.Against.False(results.IsComputed, nameof(results), "These results were never computed: call BulkEngine.Recompute(dataset, results) first.");
        Guard.Against.False(results.Fits(dataset), nameof(results), string.Create(CultureInfo.InvariantCulture,
            $"The results are shaped {results.ZoneCount} × {results.IndicatorCount} × {results.YearCount}, the dataset {dataset.ZoneCount} × {dataset.IndicatorCount} × {dataset.YearCount}: they were computed from another dataset."));
    }

    /// <summary>
    /// Writes through <paramref name="write"/> into a temporary file beside <paramref name="path"/> and renames it over
    /// <paramref name="path"/> once it is whole; on any failure the temporary file is deleted and <paramref name="path"/>
    /// is untouched. <paramref name="wrap"/> lets a test put a failing stream between the writer and the file.
    /// </summary>
    internal static void Atomically(string path, Action<Stream> write, Func<Stream, Stream>? wrap = null)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        string temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                var stream = wrap?.Invoke(file) ?? file;
                write(stream);
                stream.Flush();
                // The rename must not publish a file whose blocks are not on disk yet (a crash would leave it empty).
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>A CSV field's UTF-8 bytes, quoted (RFC 4180) when it holds a comma, a quote or a line break.</summary>
    internal static byte[] Field(string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return Encoding.UTF8.GetBytes(text);
        }
        return Encoding.UTF8.GetBytes("\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
    }

    /// <summary>
    /// The rows of a bulk result, formatted in blocks of zones on every core into pooled buffers and written in order:
    /// no string per cell (the numbers are formatted straight to UTF-8 bytes), the zone, indicator and year fields
    /// encoded once.
    /// </summary>
    private sealed class BulkCsvRows
    {
        // The most a formatted double takes ("-1.2345678901234567E-308"), with its comma.
        private const int NumberBytes = 32;
        private const int TargetBlockBytes = 1 << 18;

        private readonly BulkDataset dataset;
        private readonly BulkResults results;
        private readonly byte[][] zones;
        private readonly byte[][] indicators;
        private readonly byte[][] years;
        private readonly int maxRow;

        internal BulkCsvRows(BulkDataset dataset, BulkResults results)
        {
            this.dataset = dataset;
            this.results = results;
            zones = Fields(dataset.ZoneCount, dataset.ZoneIds);
            indicators = Fields(dataset.IndicatorCount, dataset.IndicatorCodes);
            years = Fields(dataset.YearCount, null, dataset.FirstYear);
            maxRow = zones.Max(z => z.Length) + indicators.Max(i => i.Length) + years.Max(y => y.Length) + 8 * NumberBytes + 16;
        }

        private static byte[][] Fields(int count, IReadOnlyList<string>? names, int first = 0)
        {
            var fields = new byte[count][];
            for (int k = 0; k < count; k++)
            {
                fields[k] = Field(names?[k] ?? (first + k).ToString(CultureInfo.InvariantCulture));
            }
            return fields;
        }

        internal void WriteTo(Stream stream)
        {
            stream.Write(Encoding.UTF8.GetBytes(BulkHeader + "\n"));
            long rowsPerZone = (long)(dataset.IndicatorCount + 1) * dataset.YearCount;
            int zonesPerBlock = (int)Math.Clamp(TargetBlockBytes / (rowsPerZone * 64), 1, dataset.ZoneCount);
            int blocks = (dataset.ZoneCount + zonesPerBlock - 1) / zonesPerBlock;
            int lanes = Environment.ProcessorCount;
            var buffers = new ArrayBufferWriter<byte>[lanes];
            for (int lane = 0; lane < lanes; lane++)
            {
                buffers[lane] = new ArrayBufferWriter<byte>(TargetBlockBytes + maxRow);
            }
            for (int first = 0; first < blocks; first += lanes)
            {
                int count = Math.Min(lanes, blocks - first);
                Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = lanes }, lane =>
                {
                    var buffer = buffers[lane];
                    buffer.ResetWrittenCount();
                    int start = (first + lane) * zonesPerBlock;
                    int end = Math.Min(start + zonesPerBlock, dataset.ZoneCount);
                    for (int zone = start; zone < end; zone++)
                    {
                        Zone(buffer, zone);
                    }
                });
                for (int lane = 0; lane < count; lane++)
                {
                    stream.Write(buffers[lane].WrittenSpan);
                }
            }
        }

        private void Zone(ArrayBufferWriter<byte> buffer, int zone)
        {
            for (int indicator = 0; indicator < dataset.IndicatorCount; indicator++)
            {
                for (int year = 0; year < dataset.YearCount; year++)
                {
                    var row = new Row(buffer.GetSpan(maxRow), zones[zone], indicators[indicator], years[year]);
                    row.Number(dataset.GetActual(zone, indicator, year));
                    row.Number(dataset.GetTarget(zone, indicator, year));
                    row.Number(results.GetGrowth(zone, indicator, year));
                    row.Number(results.GetCompletion(zone, indicator, year));
                    row.Number(results.GetOverfulfilment(zone, indicator, year));
                    row.Literal(results.IsAttained(zone, indicator, year) ? ",1" : ",0");
                    row.Literal(",,\n");
                    buffer.Advance(row.Length);
                }
            }
            for (int year = 0; year < dataset.YearCount; year++)
            {
                var row = new Row(buffer.GetSpan(maxRow), zones[zone], [], years[year]);
                row.Literal(",,,,,,");
                row.Number(results.GetScore(zone, year));
                row.Number(results.GetRank(zone, year));
                row.Literal("\n");
                buffer.Advance(row.Length);
            }
        }
    }

    /// <summary>One row being formatted into a span: each field after the first three starts with its comma.</summary>
    private ref struct Row
    {
        private readonly Span<byte> span;

        internal Row(Span<byte> span, ReadOnlySpan<byte> zone, ReadOnlySpan<byte> indicator, ReadOnlySpan<byte> year)
        {
            this.span = span;
            Literal(zone);
            Literal(",");
            Literal(indicator);
            Literal(",");
            Literal(year);
        }

        internal int Length { get; private set; }

        internal void Literal(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(span[Length..]);
            Length += bytes.Length;
        }

        internal void Literal(string ascii)
        {
            for (int k = 0; k < ascii.Length; k++)
            {
                span[Length++] = (byte)ascii[k];
            }
        }

        /// <summary>A comma, then the shortest round-trip text of the value, or nothing when it is missing.</summary>
        internal void Number(double? value)
        {
            span[Length++] = (byte)',';
            if (value is not { } v)
            {
                return;
            }
            // The core never hands out a non-finite value; if one came, an empty field would pass it off as missing.
            if (!double.IsFinite(v))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"A result is {v}: results are finite or missing."));
            }
            v.TryFormat(span[Length..], out int written, "R", CultureInfo.InvariantCulture);
            Length += written;
        }

        internal void Number(int? value)
        {
            span[Length++] = (byte)',';
            if (value is { } v)
            {
                v.TryFormat(span[Length..], out int written, default, CultureInfo.InvariantCulture);
                Length += written;
            }
        }
    }
}
