using System.Globalization;
using System.Text;

namespace Indicators;

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
/// <c>""</c> for a quote, quoted line breaks.</para>
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
        ArgumentNullException.ThrowIfNull(path);
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
        ArgumentNullException.ThrowIfNull(text);
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
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(catalog);
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
        if (collector.ShapeProblem is { } tooLarge)
        {
            errors.Add(new BulkCsvRowError(1, null, tooLarge));
            return new BulkCsvResult(null, errors, 0);
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
        // The optional unit column may be left off the end of a row; the others may not.
        int expected = positions[..UnitColumn].Max() + 1;
        if (fields.Count < expected)
        {
            errors.Add(new BulkCsvRowError(line, null, string.Create(CultureInfo.InvariantCulture,
                $"the row has {fields.Count} fields; the header's columns need {expected}")));
            return;
        }
        int before = errors.Count;
        string Field(int column) => positions[column] < 0 || positions[column] >= fields.Count ? string.Empty : fields[positions[column]].Trim();
        void Fail(int column, string reason) => errors.Add(new BulkCsvRowError(line, Columns[column].Column, reason));

        string zone = Field(Zone);
        if (zone.Length == 0)
        {
            Fail(Zone, "the zone is empty");
        }

        string indicatorText = Field(Indicator);
        var indicator = indicatorText.Length == 0 ? null : BulkCellCollector.Lookup(catalog, indicatorText);
        if (indicator is null)
        {
            Fail(Indicator, indicatorText.Length == 0
                ? "the indicator is empty"
                : $"unknown indicator \"{indicatorText}\": neither a code nor a name in the catalogue");
        }

        int year = 0;
        var period = ReportingPeriod.Parse(Field(Period));
        if (!period.Success)
        {
            Fail(Period, $"unparsable period \"{Field(Period)}\": {period.Error.Reason} (at position {period.Error.Position})");
        }
        else if (period.Value.Kind != ReportingPeriodKind.Year)
        {
            Fail(Period, $"the period \"{Field(Period)}\" is not a calendar year (年度)");
        }
        else
        {
            year = period.Value.CalendarYear;
        }

        bool? isTarget = Field(Kind).ToLowerInvariant() switch
        {
            "actual" or "实际" or "完成" => false,
            "target" or "目标" or "任务" => true,
            _ => null,
        };
        if (isTarget is null)
        {
            Fail(Kind, $"unknown kind \"{Field(Kind)}\": expected actual (实际) or target (目标)");
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
        switch (collector.Add(zone, indicator!, year, isTarget!.Value, value, line, out int first))
        {
            case BulkCellCollector.Outcome.Duplicate:
                errors.Add(new BulkCsvRowError(line, null, string.Create(CultureInfo.InvariantCulture,
                    $"duplicate cell: zone {zone}, indicator {indicator!.Code}, year {year}, {(isTarget.Value ? "target" : "actual")} was already given on line {first}")));
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
            return (Value, $"unparsable value \"{text}\": {parsed.Error.Reason} (at position {parsed.Error.Position})");
        }
        var quantity = parsed.Value;
        if (unitText.Length > 0)
        {
            if (quantity.Unit != Units.One)
            {
                return (Value, $"the value \"{text}\" has a unit of its own and the unit column gives \"{unitText}\"");
            }
            var unit = Unit.Parse(unitText);
            if (!unit.Success)
            {
                return (UnitColumn, $"unparsable unit \"{unitText}\": {unit.Error.Reason} (at position {unit.Error.Position})");
            }
            quantity = Quantity.Of(quantity.Value, unit.Value);
        }
        if (!quantity.Unit.IsCompatibleWith(indicator.Unit))
        {
            return (unitText.Length > 0 ? UnitColumn : Value, quantity.Unit == Units.One
                ? $"the value \"{text}\" has no unit; indicator {indicator.Code} ({indicator.ChineseName}) is measured in \"{indicator.Unit.Symbol}\": give the unit"
                : $"the unit \"{quantity.Unit.Symbol}\" ({quantity.Unit.Dimension}) does not measure the same as indicator {indicator.Code}'s \"{indicator.Unit.Symbol}\" ({indicator.Unit.Dimension})");
        }
        try
        {
            value = quantity.ConvertTo(indicator.Unit).Value;
        }
        catch (ArgumentException e)
        {
            return (Value, $"the value \"{text}\" cannot be converted to \"{indicator.Unit.Symbol}\": {e.Message}");
        }
        return null;
    }
}
