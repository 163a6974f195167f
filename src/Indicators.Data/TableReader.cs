using System.Globalization;
using Indicators.Rules;

namespace Indicators.Data;

/// <summary>
/// Reads one <see cref="DataTable"/>: finds its header (after a title row, if any), recognises its shape (or takes the
/// one a <c># @kind</c> directive says), then reads every row into the sink. Every problem is a diagnostic at its file,
/// line and column; a bad row is skipped and the next one read, so that a file's problems come all at once.
/// </summary>
internal sealed partial class TableReader(DataTable table, IDataSink sink, Ledger ledger, NamePool pool, List<Diagnostic> diagnostics)
{
    // ZoneDataBuilder's years.
    private const int MinYear = 1900;
    private const int MaxYear = 2200;

    private Heading[] headings = [];
    private int[] columns = [];          // the column of each role, or -1
    private string? title;
    private int titleLine;

    /// <summary>Reads the title and header rows: the table's kind, or null when it has none the loader knows (already reported).</summary>
    internal DataFileKind? Head()
    {
        diagnostics.AddRange(table.TextProblems);
        if (!table.Next())
        {
            diagnostics.Add(Diagnostic.InFragment("DT1002", "the file has no header row (it is empty or only comments)",
                "文件没有表头行（为空或只有注释）", table.SourceName, string.Empty, 1, 0, 0, null));
            return null;
        }
        var declared = table.Directive("kind") is { } kindDirective ? DataFileKinds.Parse(kindDirective.Value) : null;
        if (IsTitle() && table.Count > 0)
        {
            title = table.Text(FirstNonEmpty());
            titleLine = table.Line;
            if (!table.Next())
            {
                diagnostics.Add(table.At("DT1002", 0, 0, 1, "the file has a title row but no header row after it", "文件只有标题行，其后没有表头行", null));
                return null;
            }
        }
        ReadHeader();
        var kind = Kind = declared ?? Recognise();
        if (kind is null)
        {
            diagnostics.Add(table.At("DT1003", 0, 0, 1,
                $"the header row is not one the loader knows: {Describe()}; the shapes are in docs/data-files.md, or say the shape with a directive before the header, '# @kind: targets' ({DataFileKinds.NameList})",
                $"无法识别表头：{Describe()}；各种格式见 docs/data-files.md，也可在表头前用指令写明格式，如“# @kind: targets”（{DataFileKinds.NameList}）", null));
            return null;
        }
        return CheckColumns(kind.Value) ? kind : null;
    }

    /// <summary>Reads the table; false when it has no header the loader knows (already reported).</summary>
    internal bool Read()
    {
        if (Head() is not { } kind)
        {
            return false;
        }
        switch (kind)
        {
            case DataFileKind.Observations: Rows(Observation); break;
            case DataFileKind.Targets: Rows(TargetRow); break;
            case DataFileKind.Attributes: Rows(AttributeRow); break;
            case DataFileKind.Events: Rows(EventRow); break;
            case DataFileKind.Vetoes: Rows(VetoRow); break;
            case DataFileKind.Records: ReadRecords(); break;
            case DataFileKind.IndicatorTable: ReadIndicatorTable(); break;
            case DataFileKind.ZoneTable: ReadZoneTable(); break;
        }
        return true;
    }

    /// <summary>The table's kind as the header says (after <see cref="Head"/>), or null.</summary>
    internal DataFileKind? Kind { get; private set; }

    /// <summary>The header's headings (after <see cref="Head"/>).</summary>
    internal IReadOnlyList<Heading> HeaderHeadings => headings;

    /// <summary>The column of a role, or −1 (after <see cref="Head"/>).</summary>
    internal int ColumnOf(Role role) => Col(role);

    /// <summary>Reads this table's rows as observations under the header another reader read (<see cref="Head"/>): the
    /// long-CSV reader's way with a row it leaves to the general path.</summary>
    internal void ObservationRows(TableReader header)
    {
        headings = header.headings;
        columns = header.columns;
        Rows(Observation);
    }

    /// <summary>A title row: one non-empty cell that is not a heading the loader knows (a 统计月报's 示例开发区2024年1-11月主要经济指标).</summary>
    private bool IsTitle()
    {
        var filled = 0;
        for (var i = 0; i < table.Count; i++)
        {
            if (!table.Trimmed(i).IsEmpty)
            {
                filled++;
            }
        }
        return filled == 1 && Headings.Read(table.Text(FirstNonEmpty())).Role == Role.None;
    }

    private int FirstNonEmpty()
    {
        for (var i = 0; i < table.Count; i++)
        {
            if (!table.Trimmed(i).IsEmpty)
            {
                return i;
            }
        }
        return 0;
    }

    private void ReadHeader()
    {
        headings = new Heading[table.Count];
        columns = new int[Enum.GetValues<Role>().Length];
        Array.Fill(columns, -1);
        for (var i = 0; i < table.Count; i++)
        {
            headings[i] = Headings.Read(table.Text(i));
            var role = headings[i].Role;
            if (role is Role.None or Role.ZoneAttribute)
            {
                continue;
            }
            if (columns[(int)role] >= 0)
            {
                diagnostics.Add(table.AtCell("DT1005", i,
                    $"the header names the column '{Diagnostic.Window(headings[i].Name)}' twice (also column {columns[(int)role] + 1})",
                    $"表头重复列出了“{Diagnostic.Window(headings[i].Name)}”列（第 {columns[(int)role] + 1} 列也是）", headings[i].Name));
                headings[i] = headings[i] with { Role = Role.None };
                continue;
            }
            columns[(int)role] = i;
        }
    }

    private bool Has(Role role) => columns[(int)role] >= 0;

    private int Col(Role role) => columns[(int)role];

    private DataFileKind? Recognise()
    {
        if (Has(Role.Zone) && Has(Role.Year) && Has(Role.Indicator) && Has(Role.Value)) return DataFileKind.Observations;
        if (Has(Role.Zone) && Has(Role.Year) && Has(Role.Indicator) && Has(Role.Target)) return DataFileKind.Targets;
        if (Has(Role.Zone) && Has(Role.Attribute) && Has(Role.Value)) return DataFileKind.Attributes;
        if (Has(Role.Zone) && Has(Role.Year) && Has(Role.Item) && Has(Role.Count)) return DataFileKind.Events;
        if (Has(Role.Zone) && Has(Role.Year) && Has(Role.Item) && Has(Role.Reason)) return DataFileKind.Vetoes;
        if (Has(Role.Zone) && Has(Role.Year) && (Has(Role.Set) && Has(Role.Key) || Has(Role.RecordSet))) return DataFileKind.Records;
        if (!Has(Role.Zone) && Has(Role.Indicator) &&
            (Has(Role.Month) || Has(Role.Cumulative) || Has(Role.Growth) || Has(Role.Target) || Has(Role.Progress) || Has(Role.Value)))
        {
            return DataFileKind.IndicatorTable;
        }
        if (Has(Role.Zone) && !Has(Role.Indicator) && !Has(Role.Item) && !Has(Role.Attribute) && headings.Length > 1) return DataFileKind.ZoneTable;
        return null;
    }

    private string Describe() => string.Join(" | ", headings.Select(h => Diagnostic.Window(h.Unit is null ? h.Name : $"{h.Name}({h.Unit})")));

    /// <summary>The columns a kind needs, and no column it does not know.</summary>
    private bool CheckColumns(DataFileKind kind)
    {
        Role[] needed = kind switch
        {
            DataFileKind.Observations => [Role.Zone, Role.Year, Role.Indicator, Role.Value],
            DataFileKind.Targets => [Role.Zone, Role.Year, Role.Indicator, Role.Target],
            DataFileKind.Attributes => [Role.Zone, Role.Attribute, Role.Value],
            DataFileKind.Events => [Role.Zone, Role.Year, Role.Item, Role.Count],
            DataFileKind.Vetoes => [Role.Zone, Role.Year, Role.Item, Role.Reason],
            DataFileKind.Records => [Role.Zone, Role.Year],
            DataFileKind.IndicatorTable => [Role.Indicator],
            _ => [Role.Zone],
        };
        var name = DataFileKinds.Name(kind);
        var ok = true;
        foreach (var role in needed)
        {
            if (!Has(role))
            {
                diagnostics.Add(table.At("DT1010", 0, 0, 1,
                    $"the header of this {name} file has no {role.ToString().ToLowerInvariant()} column (its columns: {Headings.Expected(kind)})",
                    $"此 {name} 文件的表头缺少 {role.ToString().ToLowerInvariant()} 列（应有的列：{Headings.Expected(kind)}）", null));
                ok = false;
            }
        }
        Role[] allowed = kind switch
        {
            DataFileKind.Observations => [.. needed, Role.Unit, Role.Target, Role.Stretch, Role.Baseline],
            DataFileKind.Targets => [.. needed, Role.Unit, Role.Stretch, Role.Baseline],
            DataFileKind.IndicatorTable => [.. needed, Role.Unit, Role.Month, Role.Cumulative, Role.Value, Role.Growth, Role.Target, Role.Progress],
            DataFileKind.Attributes or DataFileKind.Events or DataFileKind.Vetoes => needed,
            _ => [],
        };
        if (kind is DataFileKind.Records or DataFileKind.ZoneTable)
        {
            return ok;
        }
        for (var i = 0; i < headings.Length; i++)
        {
            var heading = headings[i];
            var known = allowed.Contains(heading.Role) || (kind == DataFileKind.Observations && heading.Role == Role.ZoneAttribute);
            if (!known && heading.Name.Length > 0)
            {
                diagnostics.Add(table.AtCell("DT1004", i,
                    $"unknown column '{Diagnostic.Window(heading.Name)}' in a {name} file: its columns are {Headings.Expected(kind)}",
                    $"{name} 文件中有未知列“{Diagnostic.Window(heading.Name)}”：应有的列为 {Headings.Expected(kind)}", heading.Name));
                ok = false;
            }
        }
        return ok;
    }

    /// <summary>Reads every row with <paramref name="row"/>, first reporting cells beyond the header's columns.</summary>
    private void Rows(Action row)
    {
        while (table.Next())
        {
            if (!Extra())
            {
                row();
            }
        }
    }

    /// <summary>A non-empty cell right of the header's last column: reported (the row is skipped; which column was meant?).</summary>
    private bool Extra()
    {
        for (var i = headings.Length; i < table.Count; i++)
        {
            if (!table.Trimmed(i).IsEmpty)
            {
                diagnostics.Add(table.AtCell("DT2004", i,
                    string.Create(CultureInfo.InvariantCulture, $"the row has a value in column {i + 1}, beyond the header's {headings.Length} columns (a comma too many, or a heading missing?)"),
                    string.Create(CultureInfo.InvariantCulture, $"这一行第 {i + 1} 列有值，超出了表头的 {headings.Length} 列（多了逗号，还是缺了列名？）"), null));
                return true;
            }
        }
        return false;
    }

    private string Field(int column) => column < 0 ? "" : headings[column].Name;

    /// <summary>A required name cell (zone, indicator, item…); null after reporting when empty.</summary>
    private string? Name(int column, string what, string chinese)
    {
        var text = column < 0 ? [] : table.Trimmed(column);
        if (text.IsEmpty)
        {
            diagnostics.Add(table.AtCell("DT2001", column < 0 ? table.Count : column, $"the {what} is empty", $"{chinese}为空", Field(column)));
            return null;
        }
        return pool.Get(text);
    }

    /// <summary>A year cell: 2024 or 2024年, from 1000 to 9999; null after reporting.</summary>
    private int? YearCell(int column)
    {
        var text = table.Trimmed(column);
        var digits = text.EndsWith("年") ? text[..^1].TrimEnd() : text;
        if (digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear)
        {
            return year;
        }
        diagnostics.Add(table.AtCell("DT2003", column,
            text.IsEmpty ? "the year is empty" : $"unreadable year '{Diagnostic.Window(text.ToString())}': write a year from 1900 to 2200 in four digits, 2024 or 2024年",
            text.IsEmpty ? "年份为空" : $"无法读取的年份“{Diagnostic.Window(text.ToString())}”：请写 1900 至 2200 之间的四位年份，如 2024 或 2024年", Field(column)));
        return null;
    }

    /// <summary>A number cell (missing when empty); false after reporting.</summary>
    private bool Number(int column, bool allowUnit, out double? value, out string? unit)
    {
        value = null;
        unit = null;
        if (column < 0)
        {
            return true;
        }
        if (CellNumber.Read(table.Trimmed(column), allowUnit, out value, out unit) is { } fault)
        {
            diagnostics.Add(table.AtCell("DT2002", column, fault.English, fault.Chinese, Field(column), fault.At));
            return false;
        }
        return true;
    }

    /// <summary>The unit of a value: the cell's own (68.46亿元), the unit column's, or the heading's; two that differ are reported.</summary>
    private bool Unit(int valueColumn, string? own, int unitColumn, string? heading, out string? unit)
    {
        var column = unitColumn >= 0 ? table.Text(unitColumn) : "";
        var given = column.Length > 0 ? column : heading;
        if (own is not null && given is not null && own != "%" && own != given)
        {
            diagnostics.Add(table.AtCell("DT2005", valueColumn,
                $"the value carries the unit '{own}' and its {(column.Length > 0 ? "unit column" : "heading")} gives '{Diagnostic.Window(given)}'",
                $"数值自带单位“{own}”，而{(column.Length > 0 ? "单位列" : "列名")}给出的是“{Diagnostic.Window(given)}”", Field(valueColumn)));
            unit = null;
            return false;
        }
        unit = own is not null && (own != "%" || given is null) ? own : given;
        return true;
    }

    private void Duplicate(int column, string what, string chinese, DataSource first, string? different = null) =>
        diagnostics.Add(table.AtCell("DT3001", column,
            different is null ? $"{what} is given twice: first at {first}" : $"{what} is given twice, with {different} number: first at {first}",
            different is null ? $"{chinese}重复：首次出现在 {first}" : $"{chinese}重复且数值不同：首次出现在 {first}", Field(column)));

    private void Observation()
    {
        var ok = true;
        var zone = Name(Col(Role.Zone), "zone", "开发区");
        var indicator = Name(Col(Role.Indicator), "indicator", "指标");
        var year = YearCell(Col(Role.Year));
        ok &= Number(Col(Role.Value), allowUnit: true, out var value, out var own);
        ok &= Number(Col(Role.Target), allowUnit: false, out var target, out _);
        ok &= Number(Col(Role.Stretch), allowUnit: false, out var stretch, out _);
        ok &= Number(Col(Role.Baseline), allowUnit: false, out var baseline, out _);
        ok &= Unit(Col(Role.Value), own, Col(Role.Unit), null, out var unit);
        if (!ok || zone is null || indicator is null || year is null)
        {
            return;
        }
        ZoneAttributes(zone);
        if (!Put(Col(Role.Value), zone, indicator, year.Value, value, unit))
        {
            return;
        }
        if (target is not null || stretch is not null || baseline is not null)
        {
            AddTarget(zone, indicator, year.Value, target, stretch, baseline, unit, Col(Role.Target) >= 0 ? Col(Role.Target) : Col(Role.Value));
        }
    }

    /// <summary>Passes a target on unless it was given before; <paramref name="keys"/>: the names' numbers in the ledger
    /// when the caller has them (<see cref="Ledger.NameKey"/>).</summary>
    private void AddTarget(string zone, string indicator, int year, double? target, double? stretch, double? baseline, string? unit, int column,
        (int Zone, int Indicator)? keys = null)
    {
        var at = table.PlaceOf(column, column < table.Count ? table.Lead(column) : 0);
        var seen = keys is var (z, i)
            ? ledger.Target(z, i, year, target, stretch, baseline, unit, at, out var first)
            : ledger.Target(zone, indicator, year, target, stretch, baseline, unit, at, out first);
        switch (seen)
        {
            case Ledger.Seen.New:
                sink.Target(zone, indicator, year, target, stretch, baseline, unit, at);
                break;
            case Ledger.Seen.Conflict:
                Duplicate(column, $"the target of {indicator} for {zone} in {year}", $"{zone} {year}年 {indicator} 的目标", first, "another");
                break;
        }
    }

    /// <summary>Passes a value on unless it was given before: the same again is nothing, another is an error at its cell.</summary>
    private bool Put(int column, string zone, string indicator, int year, double? value, string? unit)
    {
        var at = table.PlaceOf(column, column < table.Count ? table.Lead(column) : 0);
        switch (sink.Value(zone, indicator, year, value, unit, at, out var first))
        {
            case ZoneDataBuilder.Given.New:
                return true;
            case ZoneDataBuilder.Given.Conflict:
                Duplicate(column, $"the value of {indicator} for {zone} in {year}", $"{zone} {year}年 {indicator} 的数值", first, "another");
                return false;
            default:
                return true;
        }
    }

    /// <summary>The group, region and type columns of a row (group, 地区, 类型…) as the zone's attributes.</summary>
    private void ZoneAttributes(string zone)
    {
        for (var i = 0; i < headings.Length; i++)
        {
            if (headings[i].Role != Role.ZoneAttribute)
            {
                continue;
            }
            var value = table.Trimmed(i);
            if (!value.IsEmpty)
            {
                AddAttribute(zone, headings[i].Name, pool.Get(value), i);
            }
        }
    }

    private void AddAttribute(string zone, string name, string value, int column)
    {
        var at = table.PlaceOf(column, table.Lead(column));
        var known = ledger.Known(zone, name);
        if (ledger.Attribute(zone, name, value, at) is { } first)
        {
            diagnostics.Add(table.AtCell("DT3002", column,
                $"zone {zone}'s {name} is '{Diagnostic.Window(value)}' here and '{Diagnostic.Window(first.Value)}' at {first.At}",
                $"{zone} 的{name}此处为“{Diagnostic.Window(value)}”，而 {first.At} 为“{Diagnostic.Window(first.Value)}”", Field(column)));
            return;
        }
        if (!known)
        {
            sink.Attribute(zone, name, value, at);
        }
    }

    private void TargetRow()
    {
        var ok = true;
        var zone = Name(Col(Role.Zone), "zone", "开发区");
        var indicator = Name(Col(Role.Indicator), "indicator", "指标");
        var year = YearCell(Col(Role.Year));
        ok &= Number(Col(Role.Target), allowUnit: true, out var target, out var own);
        ok &= Number(Col(Role.Stretch), allowUnit: false, out var stretch, out _);
        ok &= Number(Col(Role.Baseline), allowUnit: false, out var baseline, out _);
        ok &= Unit(Col(Role.Target), own, Col(Role.Unit), null, out var unit);
        if (ok && zone is not null && indicator is not null && year is not null)
        {
            AddTarget(zone, indicator, year.Value, target, stretch, baseline, unit, Col(Role.Target));
        }
    }

    private void AttributeRow()
    {
        var zone = Name(Col(Role.Zone), "zone", "开发区");
        var name = Name(Col(Role.Attribute), "attribute", "属性");
        var value = Name(Col(Role.Value), "attribute's value", "属性值");
        if (zone is not null && name is not null && value is not null)
        {
            AddAttribute(zone, name, value, Col(Role.Value));
        }
    }

    private void EventRow()
    {
        var zone = Name(Col(Role.Zone), "zone", "开发区");
        var year = YearCell(Col(Role.Year));
        var item = Name(Col(Role.Item), "item", "事项");
        var column = Col(Role.Count);
        var ok = Number(column, allowUnit: false, out var count, out _);
        if (ok && count is not { } n)
        {
            diagnostics.Add(table.AtCell("DT2001", column, "the count is empty (write 0 for none, or leave the row out)", "次数为空（没有就写 0，或删去这一行）", Field(column)));
            return;
        }
        if (ok && (count < 0 || count != Math.Floor(count!.Value) || count > int.MaxValue))
        {
            var written = count!.Value.ToString(CultureInfo.InvariantCulture);
            diagnostics.Add(table.AtCell("DT2006", column, $"the count {written} is not a whole number from 0 up", $"次数 {written} 不是非负整数", Field(column)));
            return;
        }
        if (!ok || zone is null || year is null || item is null)
        {
            return;
        }
        // Rows for the same zone, year and item add up (two separate 督察 findings are two rows).
        sink.Event(zone, year.Value, item, (int)count!.Value, table.PlaceOf(Col(Role.Item), table.Lead(Col(Role.Item))));
    }

    private void VetoRow()
    {
        var zone = Name(Col(Role.Zone), "zone", "开发区");
        var year = YearCell(Col(Role.Year));
        var item = Name(Col(Role.Item), "item", "事项");
        var reason = table.Text(Col(Role.Reason));
        if (zone is null || year is null || item is null)
        {
            return;
        }
        var at = table.PlaceOf(Col(Role.Item), table.Lead(Col(Role.Item)));
        if (ledger.Veto(zone, year.Value, item, at) is { } first)
        {
            Duplicate(Col(Role.Item), $"the veto {item} of {zone} in {year}", $"{zone} {year}年的否决事项“{item}”", first);
            return;
        }
        sink.Veto(zone, year.Value, item, reason, at);
    }
}
