using System.Globalization;

namespace Indicators.Bulk;

/// <summary>
/// Loads long-format CSV (长表CSV) into a <see cref="BulkDataset"/>: one row per value, with the
/// columns <c>zone</c>, <c>indicator</c>, <c>period</c>, <c>kind</c>, <c>value</c> and, optionally,
/// <c>unit</c> (or their Chinese headings 开发区, 指标, 时期, 类型, 数值, 单位), in any order.
/// </summary>
/// <remarks>
/// <para>An indicator is a code or a Chinese name (or alias) of the catalogue; a period is a
/// calendar year in any form <see cref="ReportingPeriod.Parse"/> reads ("2023", "2023年"); a kind is
/// <c>actual</c>/实际/完成 or <c>target</c>/目标/任务; a value is a quantity <see cref="Quantity.Parse"/>
/// reads ("170亿元"), or a number with its unit in the unit column, and is converted to the
/// indicator's unit. An empty value is a missing one (缺失), never zero.</para>
/// <para>Every row that cannot be loaded (unknown indicator, a unit of the wrong dimension, an
/// unparsable value, period or kind, a cell given twice) is reported as a <see cref="Diagnostic"/>
/// (<c>BK1xxx</c> text, <c>BK2xxx</c> a field, <c>BK3xxx</c> the cell; docs/diagnostics.md) with its line, the column of
/// the character at fault — inside the value: for <c>12x.5</c> the column of the <c>x</c> — the CSV column's name
/// (<see cref="Diagnostic.Field"/>) and the reason in English and Chinese; the valid rows still load. Fields follow RFC 4180: commas inside double quotes,
/// <c>""</c> for a quote, quoted line breaks. A message quotes at most 40 characters of a field.</para>
/// <para>Refused too, row by row (docs/numeric-policy.md, "Loading CSV: underflow, names and bounds"):
/// text that is not valid UTF-8 (U+FFFD) or UTF-16 (a lone surrogate), in any field; a value that in
/// the indicator's unit overflows a double, or that is written non-zero and would load as zero or a
/// subnormal; a name holding a control or format character. Zone and indicator names are normalised
/// first: full-width ASCII forms become ASCII, U+3000 a space, and white space around them is
/// trimmed, so "Ａ区" and "A区" are one zone. The years loaded span at most 200, and the dataset has at
/// most max(65,536, 256 × rows loaded) cells: the row that would widen it beyond either bound is
/// refused.</para>
/// <para>Threads and memory (线程与内存): a file (<see cref="Read(string, IndicatorCatalog, IEnumerable{KeyValuePair{string, double}})"/>)
/// or a text (<see cref="Parse"/>) is read as UTF-8 in blocks of 2 MiB cut at line ends, parsed on every core
/// (<see cref="Environment.ProcessorCount"/> threads from the thread pool), and added in line order by the calling
/// thread, so the dataset and the diagnostics are those of a reading line by line. The text is never held whole: the
/// memory is the blocks in flight (eight a core) and the dataset's own arrays, written as the rows are added (16 bytes a
/// cell). No line is kept per cell: when cells are given twice, the text is read a second time, as far as the last such
/// row, to name the line each was first given on. A file with a UTF-16 or UTF-32 byte-order mark, a text with a lone
/// surrogate, and a <see cref="TextReader"/> (which cannot be read twice: it keeps the line of each value, 8 bytes a
/// cell) are read record by record on the calling thread, with the same rules and results.</para>
/// </remarks>
public static class BulkCsv
{
    internal static readonly (string Column, string[] Headings)[] Columns =
    [
        ("zone", ["zone", "开发区", "园区"]),
        ("indicator", ["indicator", "指标"]),
        ("period", ["period", "year", "时期", "年份"]),
        ("kind", ["kind", "类型"]),
        ("value", ["value", "数值", "值"]),
        ("unit", ["unit", "单位"]),
    ];

    internal const int Zone = 0, Indicator = 1, Period = 2, Kind = 3, Value = 4, UnitColumn = 5;

    /// <summary>The smallest positive normal double, 2⁻¹⁰²²: below it a value loses digits, then becomes zero.</summary>
    internal const double MinNormal = 2.2250738585072014E-308;

    /// <summary>Loads a long-format CSV file (读取长表CSV), UTF-8 with or without a byte-order mark.</summary>
    /// <param name="path">The file's path; the diagnostics' source name.</param>
    /// <param name="catalog">The catalogue that resolves indicator codes and names.</param>
    /// <param name="weights">Optional weights (权重) by indicator code or name, fixing the dataset's
    /// indicators and their order; a row for another indicator is reported. Without them, the
    /// indicators are those seen, in order of first appearance, weighted equally.</param>
    /// <returns>The dataset of the valid rows (null when none loaded) and a diagnostic for every bad row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">A weight names an unknown indicator, or one twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Outcome<BulkDataset> Read(string path, IndicatorCatalog catalog, IEnumerable<KeyValuePair<string, double>>? weights = null)
    {
        Guard.Against.Null(path);
        return BulkCsvBlocks.ReadFile(path, catalog, weights, BulkCsvBlocks.Options.Default);
    }

    /// <summary>Loads long-format CSV text (解析长表CSV).</summary>
    /// <param name="text">The CSV text, header first.</param>
    /// <param name="catalog">The catalogue that resolves indicator codes and names.</param>
    /// <param name="weights">Optional weights by indicator code or name; see <see cref="Read(string, IndicatorCatalog, IEnumerable{KeyValuePair{string, double}})"/>.</param>
    /// <returns>The dataset of the valid rows (null when none loaded) and a diagnostic for every bad row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">A weight names an unknown indicator, or one twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite.</exception>
    public static Outcome<BulkDataset> Parse(string text, IndicatorCatalog catalog, IEnumerable<KeyValuePair<string, double>>? weights = null)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(catalog);
        return BulkCsvBlocks.ReadText(text, catalog, weights, BulkCsvBlocks.Options.Default);
    }

    /// <summary>Loads long-format CSV from a reader (读取长表CSV).</summary>
    /// <param name="reader">The reader, positioned at the header.</param>
    /// <param name="catalog">The catalogue that resolves indicator codes and names.</param>
    /// <param name="weights">Optional weights by indicator code or name; see <see cref="Read(string, IndicatorCatalog, IEnumerable{KeyValuePair{string, double}})"/>.</param>
    /// <param name="sourceName">The name the diagnostics give the text (a file name), or null for <see cref="Diagnostic.TextSourceName"/>.</param>
    /// <returns>The dataset of the valid rows (null when none loaded) and a diagnostic for every bad row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">A weight names an unknown indicator, or one twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite.</exception>
    public static Outcome<BulkDataset> Read(TextReader reader, IndicatorCatalog catalog, IEnumerable<KeyValuePair<string, double>>? weights = null, string? sourceName = null)
    {
        Guard.Against.Null(reader);
        Guard.Against.Null(catalog);
        var cells = new BulkCsvCells(catalog, weights, nameof(weights), keepLines: true);
        var errors = new List<Diagnostic>();
        int[]? positions = null;
        return LoadRecords(BulkCsvRecords.Read(reader), ref positions, cells, errors, sourceName)
            ? Finish(positions, cells, errors, sourceName)
            : new Outcome<BulkDataset>(null, errors);
    }

    /// <summary>Loads records one by one, the header first when <paramref name="positions"/> is null: the general path, for a
    /// reader and for what the block loader hands back (a quoted field over line breaks). False when the header failed.</summary>
    internal static bool LoadRecords(IEnumerable<BulkCsvRecord> records, ref int[]? positions, BulkCsvCells cells, List<Diagnostic> errors, string? sourceName)
    {
        foreach (var record in records)
        {
            if (cells.Found)
            {
                break;
            }
            if (positions is null)
            {
                var header = new Row(record, positions, sourceName, errors);
                if (record.Problem is { } problem)
                {
                    header.AtRaw(problem.Code, null, problem.At, problem.English, problem.Chinese);
                    return false;
                }
                positions = MapHeader(header);
                if (positions is null)
                {
                    return false;
                }
                continue;
            }
            if (!cells.Skips(record.Line) && CheckRecord(record, positions, sourceName, errors, cells, out var cell) == RecordCheck.Cell)
            {
                var verdict = cells.TryAdd(cell, record.Line, out int first);
                if (verdict != BulkCsvCells.Verdict.Added)
                {
                    cells.Report(new Row(record, positions, sourceName, errors), verdict, cell, first);
                }
            }
        }
        return true;
    }

    /// <summary>The end of a load: the empty-text and header-only diagnostics, and the dataset of the cells added.</summary>
    internal static Outcome<BulkDataset> Finish(int[]? positions, BulkCsvCells cells, List<Diagnostic> errors, string? sourceName)
    {
        if (positions is null)
        {
            errors.Add(Diagnostic.InFragment("BK1006", "the text is empty: no header", "文本为空：没有表头", sourceName, string.Empty, 1, 0, 0, null));
        }
        var dataset = cells.Build();
        if (dataset is null && errors.Count == 0)
        {
            errors.Add(Diagnostic.InFragment(BulkCellCollector.NoCellsCode, "the CSV has a header but no rows", "CSV 只有表头，没有数据行",
                sourceName, string.Empty, 2, 0, 0, null));
        }
        return new Outcome<BulkDataset>(dataset, errors);
    }

    /// <summary>What one data record came to: nothing (a blank line), diagnostics, or a cell to add.</summary>
    internal enum RecordCheck
    {
        Blank,
        Refused,
        Cell,
    }

    /// <summary>The checks of one data record that need nothing but the record (every check but the dataset's bounds and
    /// duplicates, which <see cref="BulkCsvCells.TryAdd"/> makes in line order): safe to run on several threads at once.</summary>
    internal static RecordCheck CheckRecord(BulkCsvRecord record, int[] positions, string? sourceName, List<Diagnostic> errors, BulkCsvCells cells, out BulkCsvCell cell)
    {
        cell = default;
        var row = new Row(record, positions, sourceName, errors);
        if (record.Problem is { } problem)
        {
            row.AtRaw(problem.Code, null, problem.At, problem.English, problem.Chinese);
            return RecordCheck.Refused;
        }
        if (record.Fields.Count == 1 && string.IsNullOrWhiteSpace(record.Fields[0]))
        {
            return RecordCheck.Blank;
        }
        return CheckRow(row, cells, out cell) ? RecordCheck.Cell : RecordCheck.Refused;
    }

    /// <summary>One record being loaded: makes its diagnostics, each placed at a character of the record.</summary>
    internal sealed class Row(BulkCsvRecord record, int[]? positions, string? sourceName, List<Diagnostic> errors)
    {
        internal BulkCsvRecord Record => record;

        internal int[] Positions => positions!;

        internal int ErrorCount => errors.Count;

        /// <summary>The list this row's diagnostics go to (the load's).</summary>
        internal List<Diagnostic> Errors => errors;

        /// <summary>The value of a column, trimmed; empty when the row does not reach it.</summary>
        internal string Field(int column) => Has(column) ? record.Fields[positions![column]].Trim() : string.Empty;

        private bool Has(int column) => positions![column] >= 0 && positions[column] < record.Fields.Count;

        /// <summary>An error at a character of the record's raw text.</summary>
        internal void AtRaw(string code, string? column, int at, string english, string chinese, int length = 1) =>
            errors.Add(Diagnostic.InFragment(code, english, chinese, sourceName, record.Text, record.Line, at, length, column));

        /// <summary>An error about the row as a whole, at its first character.</summary>
        internal void Whole(string code, string english, string chinese) => AtRaw(code, null, 0, english, chinese);

        /// <summary>An error at character <paramref name="offset"/> of field <paramref name="field"/>'s value as written.</summary>
        internal void InField(string code, int field, string? column, int offset, string english, string chinese) =>
            AtRaw(code, column, record.RawIndex(field, Math.Min(offset, record.Fields[field].Length)), english, chinese);

        /// <summary>An error at character <paramref name="offset"/> of a column's trimmed value (<see cref="Field"/>): a parse
        /// error's position inside the value stays a position inside the value.</summary>
        internal void Fail(int column, string code, string english, string chinese, int offset = 0)
        {
            if (!Has(column))
            {
                AtRaw(code, Columns[column].Column, record.Text.Length, english, chinese);
                return;
            }
            int field = positions![column];
            string raw = record.Fields[field];
            int lead = raw.Length - raw.TrimStart().Length;
            InField(code, field, Columns[column].Column, lead + offset, english, chinese);
        }
    }

    private static int[]? MapHeader(Row header)
    {
        var fields = header.Record.Fields;
        var positions = new int[Columns.Length];
        Array.Fill(positions, -1);
        for (int f = 0; f < fields.Count; f++)
        {
            string heading = fields[f].Trim().TrimStart('\uFEFF');
            int column = Array.FindIndex(Columns, c => c.Headings.Contains(heading, StringComparer.OrdinalIgnoreCase));
            if (column < 0)
            {
                continue;
            }
            if (positions[column] >= 0)
            {
                header.InField("BK1005", f, Columns[column].Column, 0, "the header names this column twice", "表头重复列出了这一列");
                return null;
            }
            positions[column] = f;
        }
        for (int column = 0; column < UnitColumn; column++)
        {
            if (positions[column] < 0)
            {
                header.AtRaw("BK1004", Columns[column].Column, 0,
                    $"the header has no {Columns[column].Column} column (or {string.Join(", ", Columns[column].Headings.Skip(1))})",
                    $"表头没有 {Columns[column].Column} 列（或 {string.Join("、", Columns[column].Headings.Skip(1))}）");
                return null;
            }
        }
        return positions;
    }

    private static bool CheckRow(Row row, BulkCsvCells cells, out BulkCsvCell cell)
    {
        cell = default;
        var catalog = cells.Catalog;
        var fields = row.Record.Fields;
        var positions = row.Positions;
        int line = row.Record.Line;
        int before = row.ErrorCount;
        string Field(int column) => row.Field(column);

        // Damaged text (bytes that were not UTF-8) anywhere in the row refuses the row: its figures cannot be trusted.
        for (int f = 0; f < fields.Count; f++)
        {
            if (BulkCsvText.Damage(fields[f]) is { } damage)
            {
                int column = Array.IndexOf(positions, f);
                row.InField("BK1001", f, column < 0 ? null : Columns[column].Column, damage.At,
                    column < 0 ? string.Create(CultureInfo.InvariantCulture, $"field {f + 1}: {damage.English}") : damage.English,
                    column < 0 ? string.Create(CultureInfo.InvariantCulture, $"第 {f + 1} 个字段：{damage.Chinese}") : damage.Chinese);
            }
        }
        if (row.ErrorCount > before)
        {
            return false;
        }
        // The optional unit column may be left off the end of a row; the others may not.
        int expected = positions[..UnitColumn].Max() + 1;
        if (fields.Count < expected)
        {
            row.Whole("BK1007", string.Create(CultureInfo.InvariantCulture, $"the row has {fields.Count} fields; the header's columns need {expected}"),
                string.Create(CultureInfo.InvariantCulture, $"这一行有 {fields.Count} 个字段；按表头的列应有 {expected} 个"));
            return false;
        }

        if (BulkCsvText.Name(Field(Zone), out string zone) is { } zoneProblem)
        {
            row.Fail(Zone, "BK2002", zoneProblem.English, zoneProblem.Chinese, zoneProblem.At);
        }
        else if (zone.Length == 0)
        {
            row.Fail(Zone, "BK2001", "the zone is empty", "开发区为空");
        }

        IndicatorDefinition? indicator = null;
        if (BulkCsvText.Name(Field(Indicator), out string indicatorText) is { } indicatorProblem)
        {
            row.Fail(Indicator, "BK2002", indicatorProblem.English, indicatorProblem.Chinese, indicatorProblem.At);
        }
        else if (indicatorText.Length == 0)
        {
            row.Fail(Indicator, "BK2001", "the indicator is empty", "指标为空");
        }
        // As written first: a catalogue of the caller's may spell a name with full-width forms (（）) that folding changes.
        else if ((indicator = BulkCellCollector.Lookup(catalog, Field(Indicator)) ?? BulkCellCollector.Lookup(catalog, indicatorText)) is null)
        {
            row.Fail(Indicator, "BK2003", $"unknown indicator {TextExcerpt.Quote(indicatorText)}: neither a code nor a name in the catalogue",
                $"未知指标 {TextExcerpt.Quote(indicatorText)}：指标目录中既没有这个代码，也没有这个名称");
        }

        int year = 0;
        string periodText = Field(Period);
        var period = ReportingPeriod.Parse(periodText);
        if (!period.Success)
        {
            row.Fail(Period, "BK2004", $"unparsable period {TextExcerpt.Quote(periodText, period.Error.Position)}: {period.Error.Reason} (at position {period.Error.Position})",
                $"无法解析的时期 {TextExcerpt.Quote(periodText, period.Error.Position)}：{period.Error.Reason}", period.Error.Position);
        }
        else if (period.Value.Kind != ReportingPeriodKind.Year)
        {
            row.Fail(Period, "BK2005", $"the period {TextExcerpt.Quote(periodText)} is not a calendar year (年度)", $"时期 {TextExcerpt.Quote(periodText)} 不是年度");
        }
        else
        {
            year = period.Value.CalendarYear;
        }

        string kindText = Field(Kind);
        bool? isTarget = kindText.Equals("actual", StringComparison.OrdinalIgnoreCase) || kindText is "实际" or "完成" ? false
            : kindText.Equals("target", StringComparison.OrdinalIgnoreCase) || kindText is "目标" or "任务" ? true
            : null;
        if (isTarget is null)
        {
            row.Fail(Kind, "BK2006", $"unknown kind {TextExcerpt.Quote(kindText)}: expected actual (实际) or target (目标)",
                $"未知类型 {TextExcerpt.Quote(kindText)}：应为实际（actual）或目标（target）");
        }

        double value = double.NaN;
        if (indicator is not null && ValueProblem(Field(Value), Field(UnitColumn), indicator, out value) is { } valueProblem)
        {
            row.Fail(valueProblem.Column, valueProblem.Code, valueProblem.English, valueProblem.Chinese, valueProblem.At);
        }

        if (row.ErrorCount > before)
        {
            return false;
        }
        cell = new BulkCsvCell(cells.ZoneKey(zone), cells.IndicatorKey(indicator!), year, isTarget!.Value, value);
        return true;
    }

    /// <summary>What is wrong with a value: the column at fault, where in its text, the code and why.</summary>
    private sealed record ValueFault(int Column, string Code, string English, string Chinese, int At = 0);

    /// <summary>Reads the value in the indicator's unit; NaN for an empty (missing) value.</summary>
    private static ValueFault? ValueProblem(string text, string unitText, IndicatorDefinition indicator, out double value)
    {
        value = double.NaN;
        if (text.Length == 0)
        {
            return null;
        }
        var parsed = Quantity.Parse(text);
        if (!parsed.Success)
        {
            return new(Value, "BK2007", $"unparsable value {TextExcerpt.Quote(text, parsed.Error.Position)}: {parsed.Error.Reason} (at position {parsed.Error.Position})",
                $"无法解析的数值 {TextExcerpt.Quote(text, parsed.Error.Position)}：{parsed.Error.Reason}", parsed.Error.Position);
        }
        var quantity = parsed.Value;
        if (unitText.Length > 0)
        {
            if (quantity.Unit != Units.One)
            {
                return new(Value, "BK2008", $"the value {TextExcerpt.Quote(text)} has a unit of its own and the unit column gives {TextExcerpt.Quote(unitText)}",
                    $"数值 {TextExcerpt.Quote(text)} 自带单位，而单位列又给出了 {TextExcerpt.Quote(unitText)}");
            }
            var unit = Unit.Parse(unitText);
            if (!unit.Success)
            {
                return new(UnitColumn, "BK2009", $"unparsable unit {TextExcerpt.Quote(unitText, unit.Error.Position)}: {unit.Error.Reason} (at position {unit.Error.Position})",
                    $"无法解析的单位 {TextExcerpt.Quote(unitText, unit.Error.Position)}：{unit.Error.Reason}", unit.Error.Position);
            }
            quantity = Quantity.Of(quantity.Value, unit.Value);
        }
        int unitAt = unitText.Length > 0 ? UnitColumn : Value;
        if (!quantity.Unit.IsCompatibleWith(indicator.Unit))
        {
            return quantity.Unit == Units.One
                ? new(unitAt, "BK2010", $"the value {TextExcerpt.Quote(text)} has no unit; indicator {indicator.Code} ({indicator.ChineseName}) is measured in \"{indicator.Unit.Symbol}\": give the unit",
                    $"数值 {TextExcerpt.Quote(text)} 没有单位；指标 {indicator.Code}（{indicator.ChineseName}）以“{indicator.Unit.Symbol}”计量：请给出单位")
                : new(unitAt, "BK2011", $"the unit \"{quantity.Unit.Symbol}\" ({quantity.Unit.Dimension}) does not measure the same as indicator {indicator.Code}'s \"{indicator.Unit.Symbol}\" ({indicator.Unit.Dimension})",
                    $"单位“{quantity.Unit.Symbol}”与指标 {indicator.Code} 的单位“{indicator.Unit.Symbol}”计量的不是同一种量");
        }
        double converted = quantity.Unit.ConvertValue(quantity.Value, indicator.Unit);
        if (!double.IsFinite(converted))
        {
            return new(unitAt, "BK2012", $"the value {Written()} is too large: in indicator {indicator.Code}'s unit \"{indicator.Unit.Symbol}\" it exceeds the range of a double (about 1.8e308)",
                $"数值 {Written()} 过大：换算为指标 {indicator.Code} 的单位“{indicator.Unit.Symbol}”后超出双精度数的范围（约 1.8e308）");
        }
        // A number written non-zero must not load as zero, nor as a subnormal that has lost its digits. The number
        // reader already refuses a non-zero number that reads as 0, so a value of 0 here was written as zero.
        if (quantity.Value != 0 && (Math.Abs(quantity.Value) < MinNormal || Math.Abs(converted) < MinNormal))
        {
            return new(unitAt, "BK2013", $"the value {Written()} is too small: {(Math.Abs(quantity.Value) < MinNormal ? "as written" : $"in indicator {indicator.Code}'s unit \"{indicator.Unit.Symbol}\"")} it is below the smallest normal double (about 2.2e-308) and would load as {(converted == 0 ? "zero" : "a number that has lost its digits")}",
                $"数值 {Written()} 过小：{(Math.Abs(quantity.Value) < MinNormal ? "按所写" : $"换算为指标 {indicator.Code} 的单位“{indicator.Unit.Symbol}”后")}小于最小的正规双精度数（约 2.2e-308），导入后会{(converted == 0 ? "变成零" : "丢失有效数字")}");
        }
        value = converted;
        return null;

        string Written() => unitText.Length > 0 ? TextExcerpt.Quote(text) + " " + TextExcerpt.Quote(unitText) : TextExcerpt.Quote(text);
    }
}
