using Indicators.Rules;

namespace Indicators.Data;

/// <summary>The wide shapes: records, the 统计月报 table (rows = indicators) and the zone table (rows = zones).</summary>
internal sealed partial class TableReader
{
    /// <summary>The suffix of the indicator a 统计月报's 本月 column loads as (地区生产总值本月).</summary>
    internal const string MonthSuffix = "本月";

    /// <summary>The suffix of the indicator a 统计月报's 同比增长% column loads as (地区生产总值增速, in %).</summary>
    internal const string GrowthSuffix = "增速";

    private void ReadRecords()
    {
        var setColumn = Has(Role.Set) && Has(Role.Key) ? Col(Role.Set) : -1;
        var keyColumn = setColumn >= 0 ? Col(Role.Key) : Col(Role.RecordSet);
        if (keyColumn < 0)
        {
            // Declared records without set/key columns: the third column names the set (zone,year,企业,…).
            keyColumn = Enumerable.Range(0, headings.Length).FirstOrDefault(i => i != Col(Role.Zone) && i != Col(Role.Year), -1);
            if (keyColumn < 0)
            {
                diagnostics.Add(table.At("DT1010", 0, 0, 1, "the header of this records file has no set and key columns (zone,year,set,key,… or zone,year,企业,…)",
                    "此 records 文件的表头缺少记录集和名称列（zone,year,set,key,… 或 zone,year,企业,…）", null));
                return;
            }
        }
        var fields = Enumerable.Range(0, headings.Length)
            .Where(i => i != Col(Role.Zone) && i != Col(Role.Year) && i != setColumn && i != keyColumn && headings[i].Name.Length > 0)
            .ToArray();
        while (table.Next())
        {
            if (Extra())
            {
                continue;
            }
            var zone = Name(Col(Role.Zone), "zone", "开发区");
            var year = YearCell(Col(Role.Year));
            var set = setColumn >= 0 ? Name(setColumn, "record set", "记录集") : headings[keyColumn].Name;
            var key = Name(keyColumn, "record's key (its name)", "记录名称");
            if (zone is null || year is null || set is null || key is null)
            {
                continue;
            }
            var record = RuleRecord.Create(key);
            var ok = true;
            foreach (var field in fields)
            {
                var heading = headings[field];
                if (heading.Unit is null)
                {
                    var text = table.Text(field);
                    if (text.Length > 0)
                    {
                        record = record.WithText(heading.Name, text);
                    }
                    continue;
                }
                // A field with a unit in its heading is a number; an empty cell stays missing (the field is left out).
                if (!Number(field, allowUnit: false, out var value, out _))
                {
                    ok = false;
                }
                else if (value is { } v)
                {
                    record = record.With(heading.Name, v);
                }
            }
            if (!ok)
            {
                continue;
            }
            var at = table.PlaceOf(keyColumn, table.Lead(keyColumn));
            if (ledger.Record(zone, year.Value, set, key, at) is { } first)
            {
                Duplicate(keyColumn, $"the record {key} of set {set} for {zone} in {year}", $"{zone} {year}年 {set}“{key}”的记录", first);
                continue;
            }
            sink.Record(zone, year.Value, set, record, at);
        }
    }

    /// <summary>A zone and a year from the directives, the title row, the sheet's name, then the file's name. A file's
    /// name gives a zone only together with a period (示例开发区_2024年1-11月.csv; "data.csv" names no zone); a sheet's
    /// name (one sheet per zone) gives one alone, unless it is an editor's default (Sheet1, 工作表1).</summary>
    private (string? Zone, int? Year) ZoneAndYear()
    {
        var zone = table.Directive("zone")?.Value;
        var year = table.Directive("period") is { } period ? TitleScan.Year(period.Value) : null;
        if (title is not null)
        {
            zone ??= TitleScan.Zone(title);
            year ??= TitleScan.Year(title);
        }
        if (table.SheetName is { } sheet && !TitleScan.IsDefaultSheetName(sheet))
        {
            zone ??= TitleScan.Zone(sheet);
            year ??= TitleScan.Year(sheet);
        }
        if (TitleScan.Year(table.FileName) is { } fileYear)
        {
            zone ??= TitleScan.Zone(table.FileName);
            year ??= fileYear;
        }
        return (zone, year);
    }

    private void ReadIndicatorTable()
    {
        var (zone, year) = ZoneAndYear();
        if (zone is null || year is null)
        {
            diagnostics.Add(table.At("DT1008", 0, 0, 1,
                $"this 统计月报 table does not say its {(zone is null ? "zone" : "year")}: give a title row before the header (示例开发区2024年1-11月主要经济指标), name the file or sheet so (示例开发区_2024年1-11月.csv), or write a directive '# @{(zone is null ? "zone: 示例开发区" : "period: 2024年1-11月")}'",
                $"此统计月报表没有说明{(zone is null ? "开发区" : "年份")}：请在表头前加标题行（示例开发区2024年1-11月主要经济指标），或这样命名文件或工作表（示例开发区_2024年1-11月.csv），或写指令“# @{(zone is null ? "zone: 示例开发区" : "period: 2024年1-11月")}”", null));
            return;
        }
        zone = pool.Get(zone);
        var valueColumn = Has(Role.Cumulative) ? Col(Role.Cumulative) : Col(Role.Value);
        // A year the builder refuses goes the general way, which lets the builder report it (DA1002).
        var indexed = sink is DataLoader.BuilderSink { ByIndex: true } builderSink && year is >= MinYear and <= MaxYear
            ? new IndexedRows(builderSink.Builder, ledger.NameKey(zone))
            : null;
        while (table.Next())
        {
            if (Extra())
            {
                continue;
            }
            var column = Col(Role.Indicator);
            var cell = table.Trimmed(column);
            // A plain name (no 其中, no unit in brackets) is its own pooled name, on the fast path: no string a row.
            var plain = indexed is not null && !cell.StartsWith("其中", StringComparison.Ordinal) && !(cell.Length > 2 && cell[^1] is ')' or '）');
            var (written, ownUnit) = plain ? (pool.Get(cell), null) : Headings.SplitUnit(StripQizhong(table.Text(column)));
            if (written.Length == 0)
            {
                diagnostics.Add(table.AtCell("DT2001", column, "the indicator is empty", "指标为空", Field(column)));
                continue;
            }
            var indicator = plain ? written : pool.Get(written);
            string? unit;
            if (indexed is null)
            {
                var unitText = Has(Role.Unit) ? table.Text(Col(Role.Unit)) : "";
                unit = unitText.Length > 0 ? unitText : ownUnit;
            }
            else
            {
                // The same unit on every row: pooled, not a string a row.
                var unitText = Has(Role.Unit) ? table.Trimmed(Col(Role.Unit)) : [];
                unit = unitText.IsEmpty ? ownUnit : pool.Get(unitText);
            }
            var ok = Number(valueColumn, allowUnit: false, out var value, out _);
            ok &= Number(Col(Role.Month), allowUnit: false, out var month, out _);
            ok &= Number(Col(Role.Growth), allowUnit: false, out var growth, out _);
            ok &= Number(Col(Role.Target), allowUnit: false, out var target, out _);
            // 完成进度% is derived (累计 ÷ 年度目标): the scheme computes completion itself, so it is only checked to be a number.
            ok &= Number(Col(Role.Progress), allowUnit: false, out _, out _);
            if (!ok)
            {
                continue;
            }
            if (indexed is not null)
            {
                PutRow(indexed, zone, indicator, year.Value, valueColumn, value, month, growth, target, unit);
                continue;
            }
            if (valueColumn >= 0)
            {
                Put(valueColumn, zone, indicator, year.Value, value, unit);
            }
            if (Has(Role.Month))
            {
                Put(Col(Role.Month), zone, pool.Get(indicator + MonthSuffix), year.Value, month, unit);
            }
            if (Has(Role.Growth))
            {
                Put(Col(Role.Growth), zone, pool.Get(indicator + GrowthSuffix), year.Value, growth, "%");
            }
            if (Has(Role.Target))
            {
                AddTarget(zone, indicator, year.Value, target, null, null, unit, Col(Role.Target));
            }
        }

    }

    /// <summary>What a 统计月报 table caches to give the builder its values by index (<see cref="ZoneDataBuilder.PutValue"/>):
    /// the zone, the source, the unit "%" and the last unit, −1 until the first value needs them, so that they are
    /// registered in the order the general way (<see cref="IDataSink.Value"/>) registers them; the zone's number in the
    /// ledger of targets.</summary>
    private sealed class IndexedRows(ZoneDataBuilder builder, int zoneKey)
    {
        internal ZoneDataBuilder Builder { get; } = builder;

        internal int ZoneKey { get; } = zoneKey;

        internal int Zone { get; set; } = -1;

        /// <summary>The table's source in the builder, −1 until the first value.</summary>
        internal int Source = -1;

        internal int Percent { get; set; } = -1;

        internal string? LastUnit { get; set; }

        internal int LastUnitIndex { get; set; } = -1;

        /// <summary>The index of a unit, the last one's again without a lookup.</summary>
        internal int UnitIndexOf(string? unit)
        {
            if (LastUnitIndex < 0 || !ReferenceEquals(unit, LastUnit))
            {
                (LastUnit, LastUnitIndex) = (unit, Builder.UnitIndexOf(unit));
            }
            return LastUnitIndex;
        }
    }

    /// <summary>A 统计月报 row's values and target as the general way gives them (<see cref="Put"/>, <see cref="AddTarget"/>),
    /// in its order, by index: the indicator's names with 本月 and 增速 looked up once a load (<see cref="NamePool.Suffixed"/>),
    /// the indicator's number in the ledger once a row.</summary>
    private void PutRow(IndexedRows indexed, string zone, string indicator, int year, int valueColumn, double? value, double? month, double? growth,
        double? target, string? unit)
    {
        if (valueColumn >= 0)
        {
            PutIndexed(indexed, valueColumn, zone, indicator, year, value, unit, indexed.UnitIndexOf(unit));
        }
        if (Has(Role.Month))
        {
            PutIndexed(indexed, Col(Role.Month), zone, pool.Suffixed(indicator, MonthSuffix), year, month, unit, indexed.UnitIndexOf(unit));
        }
        if (Has(Role.Growth))
        {
            if (indexed.Percent < 0)
            {
                indexed.Percent = indexed.Builder.UnitIndexOf("%");
            }
            PutIndexed(indexed, Col(Role.Growth), zone, pool.Suffixed(indicator, GrowthSuffix), year, growth, "%", indexed.Percent);
        }
        if (Has(Role.Target))
        {
            AddTarget(zone, indicator, year, target, null, null, unit, Col(Role.Target), (indexed.ZoneKey, ledger.NameKey(indicator)));
        }
    }

    /// <summary><see cref="Put"/> by index: the same place, the same check, the same diagnostic.</summary>
    private void PutIndexed(IndexedRows indexed, int column, string zone, string indicator, int year, double? value, string? unit, int u)
    {
        if (value is { } v && !double.IsFinite(v))
        {
            // The cell reader lets none through; the builder would report it (DA1001).
            Put(column, zone, indicator, year, value, unit);
            return;
        }
        var builder = indexed.Builder;
        if (indexed.Zone < 0)
        {
            indexed.Zone = builder.ZoneIndexOf(zone);
        }
        PutAt(builder, column, zone, indexed.Zone, indicator, builder.IndicatorIndexOf(indicator), year, value, unit, u, ref indexed.Source);
    }

    /// <summary>A value given to the builder by index (<see cref="ZoneDataBuilder.PutValue"/>) at its cell, with
    /// <see cref="Put"/>'s place and diagnostic; the table's source looked up at the first value.</summary>
    private void PutAt(ZoneDataBuilder builder, int column, string zone, int zoneIndex, string indicator, int indicatorIndex, int year, double? value,
        string? unit, int u, ref int source)
    {
        var at = table.PlaceOf(column, column < table.Count ? table.Lead(column) : 0);
        if (source < 0)
        {
            source = builder.SourceIndexOf(at.Source);
        }
        if (builder.PutValue(zoneIndex, indicatorIndex, year, value ?? double.NaN, u, unit, source, at.Line, at.Column, out var first)
            == ZoneDataBuilder.Given.Conflict)
        {
            Duplicate(column, $"the value of {indicator} for {zone} in {year}", $"{zone} {year}年 {indicator} 的数值", builder.EntrySource(first), "another");
        }
    }

    /// <summary>"其中：规上工业增加值" → "规上工业增加值": statistical tables indent a part under its whole so.</summary>
    private static string StripQizhong(string name) =>
        name.StartsWith("其中", StringComparison.Ordinal) ? name[2..].TrimStart(':', '：', ' ', '\u3000') : name;

    /// <summary>The columns a table of zones gives values in, its year column (−1: the year of <paramref name="fileYear"/>),
    /// with no attribute column; null when it is not such a table (the long-CSV reader's way with one it reads fast). Run
    /// on the header's reader after <see cref="Head"/>, before any row.</summary>
    internal List<int>? PlainZoneColumns(out int yearColumn, out int fileYear)
    {
        (yearColumn, fileYear) = (Col(Role.Year), 0);
        var year = Kind == DataFileKind.ZoneTable ? ZoneAndYear().Year : null;
        if (Kind != DataFileKind.ZoneTable || yearColumn < 0 && year is null)
        {
            return null;
        }
        fileYear = year ?? 0;
        var indicators = ZoneColumns(yearColumn, hasYear: true);
        return indicators is null || headings.Any(h => h.Role == Role.ZoneAttribute) ? null : indicators;
    }

    /// <summary>Reads this table's rows as a table of zones under the header another reader read (<see cref="Head"/>):
    /// the long-CSV reader's way with a row it leaves to the general path.</summary>
    internal void ZoneTableRows(TableReader header)
    {
        headings = header.headings;
        columns = header.columns;
        ReadZoneTable();
    }

    private void ReadZoneTable()
    {
        var yearColumn = Col(Role.Year);
        var (_, fileYear) = ZoneAndYear();
        var hasYear = yearColumn >= 0 || fileYear is not null;
        if (ZoneColumns(yearColumn, hasYear) is not { } indicators)
        {
            return;
        }
        ZoneRows(yearColumn, fileYear, hasYear, indicators);
    }

    /// <summary>The columns that hold values; without a year, the columns of attributes marked so (null after reporting
    /// a column of figures without a year).</summary>
    private List<int>? ZoneColumns(int yearColumn, bool hasYear)
    {
        var indicators = new List<int>();
        for (var i = 0; i < headings.Length; i++)
        {
            var heading = headings[i];
            if (i == Col(Role.Zone) || i == yearColumn || heading.Name.Length == 0 || heading.Role == Role.ZoneAttribute)
            {
                continue;
            }
            if (hasYear)
            {
                indicators.Add(i);
            }
            else if (heading.Unit is not null)
            {
                diagnostics.Add(table.AtCell("DT1008", i,
                    $"the column '{Diagnostic.Window(heading.Name)}({heading.Unit})' holds figures but the table does not say their year: add a year column, name the file with the year (zones-2024.csv) or write '# @period: 2024'",
                    $"“{Diagnostic.Window(heading.Name)}({heading.Unit})”列是数值，但此表没有说明年份：请加年份列，或在文件名中写明年份（zones-2024.csv），或写指令“# @period: 2024”", heading.Name));
                return null;
            }
            else
            {
                // Without a year, a rows-by-zones table is a table of attributes (zone,地区,类型,批次).
                headings[i] = heading with { Role = Role.ZoneAttribute };
            }
        }
        return indicators;
    }

    private void ZoneRows(int yearColumn, int? fileYear, bool hasYear, List<int> indicators)
    {
        var indexed = sink is DataLoader.BuilderSink { ByIndex: true } builderSink ? new IndexedColumns(builderSink.Builder, indicators.Count) : null;
        while (table.Next())
        {
            if (Extra())
            {
                continue;
            }
            var zone = Name(Col(Role.Zone), "zone", "开发区");
            var year = yearColumn >= 0 ? YearCell(yearColumn) : fileYear;
            if (zone is null || (year is null && hasYear))
            {
                continue;
            }
            ZoneAttributes(zone);
            if (year is null)
            {
                continue;
            }
            var zoneIndex = -1;
            for (var k = 0; k < indicators.Count; k++)
            {
                var column = indicators[k];
                if (!Number(column, allowUnit: true, out var value, out var own) || !Unit(column, own, -1, headings[column].Unit, out var unit))
                {
                    continue;
                }
                if (indexed is null)
                {
                    Put(column, zone, pool.Get(headings[column].Name), year.Value, value, unit);
                }
                else
                {
                    PutIndexed(indexed, k, column, zone, ref zoneIndex, year.Value, value, unit);
                }
            }
        }
    }

    /// <summary>What a table of zones caches to give the builder its values by index (<see cref="ZoneDataBuilder.PutValue"/>,
    /// as the long-CSV reader does): each column's indicator and heading unit, the table's source, looked up once instead
    /// of by name for every cell. −1 until the first value needs it, so that zones, indicators and units are registered
    /// in the order the general way (<see cref="IDataSink.Value"/>) registers them.</summary>
    private sealed class IndexedColumns(ZoneDataBuilder builder, int count)
    {
        internal ZoneDataBuilder Builder { get; } = builder;

        internal int[] Indicator { get; } = [.. Enumerable.Repeat(-1, count)];

        internal int[] HeadingUnit { get; } = [.. Enumerable.Repeat(-1, count)];

        /// <summary>The table's source in the builder, −1 until the first value.</summary>
        internal int Source = -1;
    }

    /// <summary><see cref="Put"/> by index: the same place, the same check, the same diagnostic.</summary>
    private void PutIndexed(IndexedColumns indexed, int k, int column, string zone, ref int zoneIndex, int year, double? value, string? unit)
    {
        var builder = indexed.Builder;
        if (zoneIndex < 0)
        {
            zoneIndex = builder.ZoneIndexOf(zone);
        }
        if (indexed.Indicator[k] < 0)
        {
            indexed.Indicator[k] = builder.IndicatorIndexOf(pool.Get(headings[column].Name));
        }
        int u;
        if (ReferenceEquals(unit, headings[column].Unit))
        {
            if (indexed.HeadingUnit[k] < 0)
            {
                indexed.HeadingUnit[k] = builder.UnitIndexOf(unit);
            }
            u = indexed.HeadingUnit[k];
        }
        else
        {
            u = builder.UnitIndexOf(unit);
        }
        PutAt(builder, column, zone, zoneIndex, headings[column].Name, indexed.Indicator[k], year, value, unit, u, ref indexed.Source);
    }
}
