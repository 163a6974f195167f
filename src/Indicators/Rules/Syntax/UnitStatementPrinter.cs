using System.Globalization;
using System.Text;

namespace Indicators.Rules.Syntax;

/// <summary>Writes the statements that declare units, rates and record sets (issue 13) in the canonical form, before the
/// indicators that use them.</summary>
internal static class UnitStatementPrinter
{
    internal static string Print(IEnumerable<UnitDeclaration> units, IEnumerable<RateDeclaration> rates, IEnumerable<RecordSetDeclaration> recordSets)
    {
        var sb = new StringBuilder();
        foreach (var unit in units)
        {
            sb.Append("unit ").Append(Unit(unit.Name));
            if (unit.Dimension is not null)
            {
                sb.Append(" dimension ").Append(RulePrinter.Name(unit.Dimension));
            }
            if (unit.Factor is double factor)
            {
                sb.Append(" = ").Append(NumberText.Format(factor));
            }
            if (unit.Of is not null)
            {
                sb.Append(' ').Append(Unit(unit.Of));
            }
            sb.Append(";\n");
        }
        foreach (var rate in rates)
        {
            sb.Append("rate ").Append(Unit(rate.Currency)).Append(' ').Append(NumberText.Format(rate.Rate));
            if (rate.Year is int year)
            {
                sb.Append(" in ").Append(year.ToString(CultureInfo.InvariantCulture));
            }
            if (rate.Source is not null)
            {
                sb.Append(' ').Append(RulePrinter.Quote(rate.Source));
            }
            sb.Append(";\n");
        }
        foreach (var set in recordSets)
        {
            sb.Append("records ").Append(RulePrinter.Name(set.Name)).Append(" {");
            foreach (var field in set.Fields)
            {
                sb.Append(' ').Append(RulePrinter.Name(field.Name));
                if (field.IsText)
                {
                    sb.Append(" text");
                }
                else if (field.Unit is not null)
                {
                    sb.Append(" unit ").Append(Unit(field.Unit));
                }
                sb.Append(';');
            }
            sb.Append(" }\n");
        }
        return sb.ToString();
    }

    /// <summary>A unit as the parser reads it back: %, a plain name, or a string.</summary>
    internal static string Unit(string unit) => unit == "%" || RuleSyntax.IsPlainName(unit) ? unit : RulePrinter.Quote(unit);
}
