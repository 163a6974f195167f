using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// <c>score(S)</c> or <c>rank(S)</c>: another scheme's total or rank for the zone and period, read from
/// <see cref="RuleZone.SchemeResults"/>; missing when the zone brings none (or no rank: excluded, not ranked). A plain
/// number; the previous year's is missing (a zone brings this period's results only).
/// </summary>
internal sealed class BoundSchemeResult(RuleExpression syntax, string scheme, bool isRank) : BoundExpression(syntax, RuleType.Number)
{
    /// <summary>The scheme's name in the rules.</summary>
    internal string Scheme { get; } = scheme;

    /// <summary>Whether the rank (1 = best) is read rather than the total.</summary>
    internal bool IsRank { get; } = isRank;
}
