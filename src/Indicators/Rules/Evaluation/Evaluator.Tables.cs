namespace Indicators.Rules;

// Issue 13 (groups): a table's row for the zone evaluated.
internal sealed partial class Evaluator
{
    /// <summary>The row of the zone's attribute value, else the table's <c>rest</c>; missing, with the reason, when the zone
    /// has no such attribute or a value with no row and the table no <c>rest</c>.</summary>
    private (double, RuleReason?) Row(BoundTable bound)
    {
        var table = bound.Table;
        if (!zone.Attributes.TryGetValue(table.Attribute, out var key))
        {
            return (double.NaN, new RuleReason("the zone has no " + table.Attribute + ", by which the table " + table.Name + " is read",
                "开发区缺少属性“" + table.Attribute + "”（" + table.Name + "表按此取值）"));
        }
        if (table.Rows.TryGetValue(key, out var value))
        {
            return (value, null);
        }
        return table.Rest is double rest ? (rest, null)
            : (double.NaN, new RuleReason(table.Attribute + " '" + key + "' is not in the table " + table.Name,
                table.Attribute + "“" + key + "”不在" + table.Name + "表中"));
    }
}
