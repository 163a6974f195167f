using static Indicators.Diagnostic;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>A bound table (按属性取值表): its rows' values in the type's inside representation.</summary>
internal sealed class BoundTableInfo(string name, string attribute, RuleType type, Dictionary<string, double> rows, double? rest)
{
    internal string Name { get; } = name;

    internal string Attribute { get; } = attribute;

    internal RuleType Type { get; } = type;

    internal Dictionary<string, double> Rows { get; } = rows;

    internal double? Rest { get; } = rest;
}

/// <summary>A table's name in a formula: the row of the zone's attribute value.</summary>
internal sealed class BoundTable(RuleExpression syntax, BoundTableInfo table) : BoundExpression(syntax, table.Type)
{
    internal BoundTableInfo Table { get; } = table;
}

// Issue 13 (groups): tables by a zone attribute (RL2060–RL2063).
internal sealed partial class Binder
{
    private readonly Dictionary<string, BoundTableInfo> tables = new(StringComparer.Ordinal);

    /// <summary>The bound table named <paramref name="name"/>, or null.</summary>
    private BoundTableInfo? Table(string name) => tables.GetValueOrDefault(name);

    /// <summary>Binds the tables: every row a number of one type (quantities of one dimension, converted into the first
    /// row's unit), each attribute value once, at most one <c>rest</c>; a table's name is no indicator's.</summary>
    private void BindTables()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in rules.Tables)
        {
            var name = Window(table.Name);
            if (!seen.Add(table.Name) || declared.ContainsKey(table.Name) || FindInCatalogue(table.Name) is not null)
            {
                Report(table, RulePart.Name, "RL2060",
                    "the table '" + name + "' has the name of another table or of an indicator; give it a name of its own",
                    "表“" + name + "”与另一张表或某个指标同名；请另取名称");
                continue;
            }
            if (table.Rows.Count == 0)
            {
                Report(table, RulePart.Name, "RL2063", "the table '" + name + "' has no rows", "表“" + name + "”没有任何行");
                continue;
            }
            RuleType? type = null;
            var rows = new Dictionary<string, double>(StringComparer.Ordinal);
            double? rest = null;
            var ok = true;
            foreach (var row in table.Rows)
            {
                var literal = new NumberLiteral(row.Value, row.Unit);
                if (map is not null && map.TryGetSpan(row, out var start, out var length))
                {
                    map.Add(literal, start, length);
                }
                if (BindNumber(literal) is not { } value)
                {
                    ok = false;
                    continue;
                }
                var inside = value.Value;
                type ??= value.Type;
                if (!value.Type.SameDimension(type))
                {
                    Report(row, "RL2062",
                        "the rows of the table '" + name + "' must be of one type: '" + Window(RulePrinter.Print(literal)) + "' is " + value.Type + ", the first row " + type,
                        "表“" + name + "”各行的值应为同一类型：“" + Window(RulePrinter.Print(literal)) + "”为" + value.Type.Describe(ExplanationLanguage.Chinese) +
                        "，而第一行为" + type.Describe(ExplanationLanguage.Chinese));
                    ok = false;
                    continue;
                }
                if (type.Kind == RuleTypeKind.Quantity && !Equals(value.Type.Unit, type.Unit))
                {
                    inside = value.Type.Unit!.ConvertValue(inside, type.Unit!);
                }
                var key = row.Key;
                if (key is null ? rest is not null : rows.ContainsKey(key))
                {
                    var shown = key is null ? "rest" : Window(key);
                    Report(row, RulePart.Name, "RL2061", "the table '" + name + "' has the row '" + shown + "' twice", "表“" + name + "”中“" + shown + "”行重复");
                    ok = false;
                    continue;
                }
                if (key is null)
                {
                    rest = inside;
                }
                else
                {
                    rows[key] = inside;
                }
            }
            if (ok && type is not null)
            {
                tables[table.Name] = new BoundTableInfo(table.Name, table.Attribute, type, rows, rest);
            }
        }
    }
}
