using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>A bound data trigger of one item of one scheme (<c>per …</c>, <c>when …</c>).</summary>
/// <param name="Index">Its place in <see cref="SchemeLinks.Triggers"/> and in the values an evaluation computes.</param>
/// <param name="Scheme">The scheme's name in the rules.</param>
/// <param name="Item">Bonus, deduction or veto.</param>
/// <param name="Code">The item's code.</param>
/// <param name="Declaration">The trigger as written.</param>
/// <param name="Expression">The bound count (a number, or a count in its unit) or condition.</param>
/// <param name="CountFactor">Events per unit of a count's value: 1 for a number or 家, 10000 for 万家.</param>
internal sealed record BoundTrigger(int Index, string Scheme, NoteItem Item, string Code, RuleTrigger Declaration, BoundExpression Expression, double CountFactor);

/// <summary>
/// What links a plan's schemes to its data beyond the scored entries: the data triggers of their items, and the
/// schemes whose results the formulas read (<c>score(S)</c>, <c>rank(S)</c>), each after the schemes it reads.
/// </summary>
internal sealed class SchemeLinks
{
    internal static readonly SchemeLinks Empty = new([], []);

    internal SchemeLinks(BoundTrigger[] triggers, string[] schemesRead)
    {
        Triggers = triggers;
        SchemesRead = schemesRead;
        foreach (var group in triggers.GroupBy(t => t.Scheme, StringComparer.Ordinal))
        {
            BySchemeName[group.Key] = [.. group];
        }
    }

    /// <summary>Every trigger of every scheme, in the order an evaluation computes them.</summary>
    internal BoundTrigger[] Triggers { get; }

    /// <summary>The triggers of each scheme that has any.</summary>
    internal Dictionary<string, BoundTrigger[]> BySchemeName { get; } = new(StringComparer.Ordinal);

    /// <summary>The schemes the formulas read, in dependency order.</summary>
    internal string[] SchemesRead { get; }
}
