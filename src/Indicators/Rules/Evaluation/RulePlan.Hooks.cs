using Indicators.Assessment;

namespace Indicators.Rules;

// Issue 13: the seams between the rule language's new constructs and the one call that runs a scheme on loaded data
// (RulePlan.Assess). Each hook is filled by the slice that owns the construct; until then it does nothing, so the
// pipeline can be built and tested beside them.
public sealed partial class RulePlan
{
    /// <summary>A unit as the rules know it: the library's units plus those the rules declare (<c>unit 立方米 …</c>).
    /// (Owner: units.)</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A hook its slice fills with the plan's data.")]
    internal ValueParseResult<Unit> ParseUnit(string text) => Unit.Parse(text);

    /// <summary>How many units of <paramref name="to"/> one unit of <paramref name="from"/> is worth in
    /// <paramref name="year"/> by the rules' <c>rate</c> statements, or <see langword="null"/> when they state none.
    /// (Owner: units.)</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A hook its slice fills with the plan's data.")]
    internal double? ExchangeRate(Currency from, Currency to, int? year)
    {
        _ = from;
        _ = to;
        _ = year;
        return null;
    }
}
