using System.Text;

namespace Indicators.Rules.Syntax;

internal static partial class RulePrinter
{
    /// <summary><c>  exit 降级备选 "…" bottom 5 times 2 years 3 within 地区;</c>, the last item of a scheme.</summary>
    private static void WriteExit(StringBuilder sb, ExitDeclaration? exit)
    {
        if (exit is null)
        {
            return;
        }
        sb.Append("  exit ").Append(Name(exit.Code)).Append(' ').Append(Quote(exit.Title))
            .Append(" bottom ").Append(NumberText.Format(exit.Bottom))
            .Append(" times ").Append(NumberText.Format(exit.Times))
            .Append(" years ").Append(NumberText.Format(exit.Years));
        if (exit.Within is not null)
        {
            sb.Append(" within ").Append(Name(exit.Within));
        }
        sb.Append(";\n");
    }
}
