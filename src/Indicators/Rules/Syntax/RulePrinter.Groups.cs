using System.Text;

namespace Indicators.Rules.Syntax;

// Issue 13 (groups): the canonical text of tables, weights by type and removals.
internal static partial class RulePrinter
{
    private static void WriteTables(StringBuilder sb, IEnumerable<TableDeclaration>? tables)
    {
        foreach (var table in tables ?? [])
        {
            sb.Append("table ").Append(Name(table.Name)).Append(" by ").Append(Name(table.Attribute)).Append(" {\n");
            foreach (var row in table.Rows)
            {
                sb.Append("  ").Append(row.Key is null ? "rest" : Name(row.Key)).Append(' ').Append(NumberText.Format(row.Value)).Append(row.Unit).Append(";\n");
            }
            sb.Append("}\n");
        }
    }

    private static void WriteWeightsBy(StringBuilder sb, SchemeDeclaration scheme)
    {
        if (scheme.WeightsBy is not null)
        {
            sb.Append("  weights by ").Append(Name(scheme.WeightsBy)).Append(";\n");
        }
    }

    private static void WriteTypeWeights(StringBuilder sb, IReadOnlyList<TypeWeightDeclaration>? weights)
    {
        if (weights is null)
        {
            return;
        }
        sb.Append(" (");
        for (var i = 0; i < weights.Count; i++)
        {
            sb.Append(i == 0 ? "" : ", ").Append(Name(weights[i].Type)).Append(' ').Append(NumberText.Format(weights[i].Weight));
        }
        sb.Append(')');
    }

    private static void WriteRemovals(StringBuilder sb, string prefix, IReadOnlyList<RemovalDeclaration> removals)
    {
        foreach (var removal in removals)
        {
            sb.Append(prefix).Append(Name(removal.Name)).Append(";\n");
        }
    }
}
