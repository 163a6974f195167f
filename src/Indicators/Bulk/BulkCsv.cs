using System.Globalization;
using System.Text;

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
/// unparsable value, period or kind, a cell given twice) is reported with its line number and
/// reason, and the valid rows still load. Fields follow RFC 4180: commas inside double quotes,
/// <c>""</c> for a quote, quoted line breaks. A message quotes at most 40 characters of a field.</para>
/// <para>Refused too, row by row (docs/numeric-policy.md, "Loading CSV: underflow, names and bounds"):
/// text that is not valid UTF-8 (U+FFFD) or UTF-16 (a lone surrogate), in any field; a value that in
/// the indicator's unit overflows a double, or that is written non-zero and would load as zero or a
/// subnormal; a name holding a control or format character. Zone and indicator names are normalised
/// first: full-width ASCII forms become ASCII, U+3000 a space, and white space around them is
/// trimmed, so "Ａ区" and "A区" are one zone. The years loaded span at most 200, and the dataset has at
/// most max(65,536, 256 × rows loaded) cells: the row that would widen it beyond either bound is
/// refused.</para>
/// </remarks>
public static class BulkCsv
{
    private static readonly (string Column, string[] Headings)[] Columns =
    [
        ("zone", ["zone", "开发区", "园区"]),
        ("indicator", ["indicator", "指标"]),
        ("period", ["period", "year", "时期", "年份"]),
        ("kind", ["kind", "类型"]),
        ("value", ["value", "数值", "值"]),
        ("unit", ["unit", "单位"]),
    ];

    private const int Zone = 0, Indicator = 1, Period = 2, Kind = 3, Value = 4, UnitColumn = 5;

    /// <summary>The smallest positive normal double, 2⁻¹⁰²²: below it a value loses digits, then becomes zero.</summary>
    private const double MinNormal = 2.2250738585072014E-308;

    /// <summary>Loads a long-format CSV file (读取长表CSV), UTF-8 with or without a byte-order mark.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="catalog">The catalogue that resolves indicator codes and names.</param>
    /// <param name="weights">Optional weights (权重) by indicator code or name, fixing the dataset's
    /// indicators and their order; a row for another indicator is reported. Without them, the
    /// indicators are those seen, in order of first appearance, weighted equally.</param>
    /// <returns>The dataset of the valid rows and the list of bad rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">A weight names an unknown indicator, or one twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static BulkCsvResult Read(string path, IndicatorCatalog catalog, IEnumerable<KeyValuePair<string, double>>? weights = null)
    {
        Guard.Against.Null(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, catalog, weights);
    }

    /// <summary>Loads long-format CSV text (解析长表CSV).</summary>
    /// <param name="text">The CSV text, header first.</param>
    /// <param name="catalog">The catalogue that resolves indicator codes and names.</param>
    /// <param name="weights">Optional weights by indicator code or name; see <see cref="Read(string, IndicatorCatalog, IEnumerable{KeyValuePair{string, double}})"/>.</param>
    /// <returns>The dataset of the valid rows and the list of bad rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">A weight names an unknown indicator, or one twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite.</exception>
    public static BulkCsvResult Parse(string text, IndicatorCatalog catalog, IEnumerable<KeyValuePair<string, double>>? weights = null)
    {
        Guard.Against.Null(text);
        using var reader = new StringReader(text);
        return Read(reader, catalog, weights);
    }

    /// <summary>Loads long-format CSV from a reader (读取长表CSV).</summary>
    /// <param name="reader">The reader, positioned at the header.</param>
    /// <param name="catalog">The catalogue that resolves indicator codes and names.</param>
    /// <param name="weights">Optional weights by indicator code or name; see <see cref="Read(string, IndicatorCatalog, IEnumerable{KeyValuePair{string, double}})"/>.</param>
    /// <returns>The dataset of the valid rows and the list of bad rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">A weight names an unknown indicator, or one twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite.</exception>
    public static BulkCsvResult Read(TextReader reader, IndicatorCatalog catalog, IEnumerable<KeyValuePair<string, double>>? weights = null)
    {
        Guard.Against.Null(reader);
        Guard.Against.Null(catalog);
        var collector = new BulkCellCollector(BulkCellCollector.Resolve(weights, key => BulkCellCollector.Lookup(catalog, key), nameof(weights)));
        var errors = new List<BulkCsvRowError>();
        int[]? positions = null;
        foreach (var (line, fields, problem) in BulkCsvRecords.Read(reader))
        {
            if (positions is null)
            {
                if (problem is not null)
                {
                    errors.Add(new BulkCsvRowError(line, null, problem));
                }
                positions = problem is null ? MapHeader(fields, line, errors) : null;
                if (positions is null)
                {
                    return new BulkCsvResult(null, errors, 0);
                }
                continue;
            }
            if (problem is not null)
            {
                errors.Add(new BulkCsvRowError(line, null, problem));
                continue;
            }
            if (fields.Count == 1 && string.IsNullOrWhiteSpace(fields[0]))
            {
                continue;
            }
            LoadRow(line, fields, positions, catalog, collector, errors);
        }
        if (positions is null)
        {
            errors.Add(new BulkCsvRowError(1, null, "the text is empty: no header"));
        }
        return new BulkCsvResult(collector.Build(), errors, collector.Count);
    }

    private static int[]? MapHeader(List<string> fields, int line, List<BulkCsvRowError> errors)
    {
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
                errors.Add(new BulkCsvRowError(line, Columns[column].Column, "the header names this column twice"));
                return null;
            }
            positions[column] = f;
        }
        for (int column = 0; column < UnitColumn; column++)
        {
            if (positions[column] < 0)
            {
                errors.Add(new BulkCsvRowError(line, Columns[column].Column,
                    $"the header has no {Columns[column].Column} column (or {string.Join(", ", Columns[column].Headings.Skip(1))})"));
                return null;
            }
        }
        return positions;
    }

    private static void LoadRow(int line, List<string> fields, int[] positions, IndicatorCatalog catalog,
        BulkCellCollector collector, List<BulkCsvRowError> errors)
    {
        int before = errors.Count;
        string Field(int column) => positions[column] < 0 || positions[column] >= fields.Count ? string.Empty : fields[positions[column]].Trim();
        void Fail(int column, string reason) => errors.Add(new BulkCsvRowError(line, Columns[column].Column, reason));

        // Damaged text (bytes that were not UTF-8) anywhere in the row refuses the row: its figures cannot be trusted.
        for (int f = 0; f < fields.Count; f++)
        {
            if (BulkCsvText.Damage(fields[f]) is { } damage)
            {
                int column = Array.IndexOf(positions, f);
                errors.Add(column < 0
                    ? new BulkCsvRowError(line, null, string.Create(CultureInfo.InvariantCulture, $"field {f + 1}: {damage}"))
                    : new BulkCsvRowError(line, Columns[column].Column, damage));
            }
        }
        if (errors.Count > before)
        {
            return;
        }
        // The optional unit column may be left off the end of a row; the others may not.
        int expected = positions[..UnitColumn].Max() + 1;
        if (fields.Count < expected)
        {
            errors.Add(new BulkCsvRowError(line, null, string.Create(CultureInfo.InvariantCulture,
                $"the row has {fields.Count} fields; the header's columns need {expected}")));
            return;
        }

        if (BulkCsvText.Name(Field(Zone), out string zone) is { } zoneProblem)
        {
            Fail(Zone, zoneProblem);
        }
        else if (zone.Length == 0)
        {
            Fail(Zone, "the zone is empty");
        }

        IndicatorDefinition? indicator = null;
        if (BulkCsvText.Name(Field(Indicator), out string indicatorText) is { } indicatorProblem)
        {
            Fail(Indicator, indicatorProblem);
        }
        else if (indicatorText.Length == 0)
        {
            Fail(Indicator, "the indicator is empty");
        }
        // As written first: a catalogue of the caller's may spell a name with full-width forms (（）) that folding changes.
        else if ((indicator = BulkCellCollector.Lookup(catalog, Field(Indicator)) ?? BulkCellCollector.Lookup(catalog, indicatorText)) is null)
        {
            Fail(Indicator, $"unknown indicator {TextExcerpt.Quote(indicatorText)}: neither a code nor a name in the catalogue");
        }

        int year = 0;
        string periodText = Field(Period);
        var period = ReportingPeriod.Parse(periodText);
        if (!period.Success)
        {
            Fail(Period, $"unparsable period {TextExcerpt.Quote(periodText, period.Error.Position)}: {period.Error.Reason} (at position {period.Error.Position})");
        }
        else if (period.Value.Kind != ReportingPeriodKind.Year)
        {
            Fail(Period, $"the period {TextExcerpt.Quote(periodText)} is not a calendar year (年度)");
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
            Fail(Kind, $"unknown kind {TextExcerpt.Quote(kindText)}: expected actual (实际) or target (目标)");
        }

        double value = double.NaN;
        if (indicator is not null && ValueProblem(Field(Value), Field(UnitColumn), indicator, out value) is { } valueProblem)
        {
            Fail(valueProblem.Column, valueProblem.Reason);
        }

        if (errors.Count > before)
        {
            return;
        }
        if (collector.BoundProblem(zone, indicator!, year) is { } bound)
        {
            errors.Add(new BulkCsvRowError(line, bound.YearSpan ? Columns[Period].Column : null, bound.Reason));
            return;
        }
        switch (collector.Add(zone, indicator!, year, isTarget!.Value, value, line, out int first))
        {
            case BulkCellCollector.Outcome.Duplicate:
                errors.Add(new BulkCsvRowError(line, null, string.Create(CultureInfo.InvariantCulture,
                    $"duplicate cell: zone {TextExcerpt.Quote(zone)}, indicator {indicator!.Code}, year {year}, {(isTarget.Value ? "target" : "actual")} was already given on line {first}")));
                break;
            case BulkCellCollector.Outcome.NoWeight:
                Fail(Indicator, $"indicator {indicator!.Code} has no weight among those given");
                break;
        }
    }

    /// <summary>Reads the value in the indicator's unit; NaN for an empty (missing) value.</summary>
    private static (int Column, string Reason)? ValueProblem(string text, string unitText, IndicatorDefinition indicator, out double value)
    {
        value = double.NaN;
        if (text.Length == 0)
        {
            return null;
        }
        var parsed = Quantity.Parse(text);
        if (!parsed.Success)
        {
            return (Value, $"unparsable value {TextExcerpt.Quote(text, parsed.Error.Position)}: {parsed.Error.Reason} (at position {parsed.Error.Position})");
        }
        var quantity = parsed.Value;
        if (unitText.Length > 0)
        {
            if (quantity.Unit != Units.One)
            {
                return (Value, $"the value {TextExcerpt.Quote(text)} has a unit of its own and the unit column gives {TextExcerpt.Quote(unitText)}");
            }
            var unit = Unit.Parse(unitText);
            if (!unit.Success)
            {
                return (UnitColumn, $"unparsable unit {TextExcerpt.Quote(unitText, unit.Error.Position)}: {unit.Error.Reason} (at position {unit.Error.Position})");
            }
            quantity = Quantity.Of(quantity.Value, unit.Value);
        }
        int unitAt = unitText.Length > 0 ? UnitColumn : Value;
        if (!quantity.Unit.IsCompatibleWith(indicator.Unit))
        {
            return (unitAt, quantity.Unit == Units.One
                ? $"the value {TextExcerpt.Quote(text)} has no unit; indicator {indicator.Code} ({indicator.ChineseName}) is measured in \"{indicator.Unit.Symbol}\": give the unit"
                : $"the unit \"{quantity.Unit.Symbol}\" ({quantity.Unit.Dimension}) does not measure the same as indicator {indicator.Code}'s \"{indicator.Unit.Symbol}\" ({indicator.Unit.Dimension})");
        }
        double converted = quantity.Unit.ConvertValue(quantity.Value, indicator.Unit);
        if (!double.IsFinite(converted))
        {
            return (unitAt, $"the value {Written()} is too large: in indicator {indicator.Code}'s unit \"{indicator.Unit.Symbol}\" it exceeds the range of a double (about 1.8e308)");
        }
        // A number written non-zero must not load as zero, nor as a subnormal that has lost its digits. The number
        // reader already refuses a non-zero number that reads as 0, so a value of 0 here was written as zero.
        if (quantity.Value != 0 && (Math.Abs(quantity.Value) < MinNormal || Math.Abs(converted) < MinNormal))
        {
            return (unitAt, $"the value {Written()} is too small: {(Math.Abs(quantity.Value) < MinNormal ? "as written" : $"in indicator {indicator.Code}'s unit \"{indicator.Unit.Symbol}\"")} it is below the smallest normal double (about 2.2e-308) and would load as {(converted == 0 ? "zero" : "a number that has lost its digits")}");
        }
        value = converted;
        return null;

        string Written() => unitText.Length > 0 ? TextExcerpt.Quote(text) + " " + TextExcerpt.Quote(unitText) : TextExcerpt.Quote(text);
    }
}
