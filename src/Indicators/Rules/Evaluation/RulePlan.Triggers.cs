using System.Globalization;
using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13: items triggered from data (per …, when …) applied to a zone, and the schemes whose results the formulas read.
public sealed partial class RulePlan
{
    /// <summary>The data triggers of the schemes' items and the schemes the formulas read; set once by the binder.</summary>
    internal SchemeLinks Links { get; set; } = SchemeLinks.Empty;

    /// <summary>The schemes whose results the plan's formulas read (<c>score(S)</c>, <c>rank(S)</c>), each before the
    /// schemes that read it: run them first and give their results with <see cref="RuleZone.WithSchemeResult"/>.</summary>
    internal IReadOnlyList<string> SchemesRead => Links.SchemesRead;

    /// <summary>Whether a scheme of this plan has items triggered from data (which the bulk path cannot apply).</summary>
    internal bool HasTriggers(AssessmentScheme scheme) =>
        Links.Triggers.Length > 0 && Schemes.Any(s => ReferenceEquals(s.Value, scheme) && Links.BySchemeName.ContainsKey(s.Key));

    /// <summary>
    /// The zone with the events and veto triggers the scheme's data-triggered items (<c>per …</c>, <c>when …</c>) derive
    /// from this zone's evaluation, added to those the zone already brings, each with its basis for the explanation
    /// ("环保问题数 = 3 → 扣0.9分"). A trigger whose value is missing, or a count that is not a whole number ≥ 0, adds
    /// nothing and is named in the explanation with its reason (缺少数据…): never zero, never truncated.
    /// </summary>
    /// <param name="scheme">The scheme's name in the rules.</param>
    /// <param name="evaluation">This plan's evaluation of the zone (<see cref="Evaluate"/>).</param>
    /// <param name="zone">The zone's assessment input.</param>
    /// <returns>The zone with the triggered events and vetoes.</returns>
    internal AssessmentZone WithTriggers(string scheme, RuleEvaluation evaluation, AssessmentZone zone)
    {
        Guard.Against.Null(scheme);
        Guard.Against.Null(evaluation);
        Guard.Against.Null(zone);
        Guard.Against.False(Schemes.ContainsKey(scheme), nameof(scheme), $"The rules have no scheme '{scheme}'.");
        if (!Links.BySchemeName.TryGetValue(scheme, out var triggers))
        {
            return zone;
        }
        Guard.Against.False(evaluation.TriggerValues.Length == Links.Triggers.Length, nameof(evaluation), "The evaluation is not one of this plan's.");
        foreach (var trigger in triggers)
        {
            zone = Apply(trigger, evaluation.TriggerValues[trigger.Index], zone);
        }
        return zone;
    }

    /// <summary>Counts within this distance of a whole number are that number (a sum of doubles such as 0.1 × 30); others are refused.</summary>
    private const double WholeTolerance = 1e-9;

    private static AssessmentZone Apply(BoundTrigger trigger, TriggerValue value, AssessmentZone zone)
    {
        var (item, code) = (trigger.Item, trigger.Code);
        var when = trigger.Declaration.Kind == RuleTriggerKind.When;
        if (double.IsNaN(value.Value))
        {
            var reason = value.Reason ?? new RuleReason("no value", "无数值");
            return zone.WithNote(item, code, new ItemNote("data missing (" + reason.English + ")", "缺少数据（" + reason.Chinese + "）", false));
        }
        var (english, chinese) = (Basis(value.Explanation, when, false), Basis(value.Explanation, when, true));
        long count;
        if (when)
        {
            count = value.Value != 0 ? 1 : 0;
        }
        else
        {
            var events = value.Value * trigger.CountFactor;
            var whole = Math.Round(events);
            if (!(events >= 0) || Math.Abs(events - whole) > WholeTolerance * Math.Max(1, whole) || whole > int.MaxValue)
            {
                return zone.WithNote(item, code, new ItemNote(
                    english + " is not a whole number of events from 0 to " + int.MaxValue.ToString(CultureInfo.InvariantCulture),
                    chinese + "，不是0到" + int.MaxValue.ToString(CultureInfo.InvariantCulture) + "之间的整数次数", false));
            }
            count = (long)whole;
        }
        if (count == 0)
        {
            return zone;
        }
        if (item == NoteItem.Veto)
        {
            var given = zone.Vetoes.TryGetValue(code, out var written) ? written + "；" : "";
            return zone.WithVeto(code, given + chinese).WithNote(item, code, new ItemNote(english, chinese, true));
        }
        var reported = zone.Events.GetValueOrDefault(code);
        var total = reported + count;
        if (total > int.MaxValue)
        {
            return zone.WithNote(item, code, new ItemNote(english + " and the " + reported.ToString(CultureInfo.InvariantCulture) + " events given make more than " +
                int.MaxValue.ToString(CultureInfo.InvariantCulture), chinese + "，加上已报送的" + reported.ToString(CultureInfo.InvariantCulture) + "项超过" +
                int.MaxValue.ToString(CultureInfo.InvariantCulture) + "项", false));
        }
        if (reported > 0)
        {
            english += ", plus " + reported.ToString(CultureInfo.InvariantCulture) + " given with the zone";
            chinese += "，另报送" + reported.ToString(CultureInfo.InvariantCulture) + "项";
        }
        return zone.WithEvents(code, (int)total).WithNote(item, code, new ItemNote(english, chinese, true));
    }

    /// <summary>
    /// What the rules read: "环保问题数 = 3" for a count, "重大生产安全事故 &gt; 0（重大生产安全事故 = 1）" for a condition that
    /// held, with the indicators a compound expression read ("A + B = 3（A = 1，B = 2）").
    /// </summary>
    private static string Basis(RuleExplanation explanation, bool condition, bool chinese)
    {
        var head = condition ? explanation.Expression : explanation.Expression + " = " + explanation.ValueText;
        var inputs = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<RuleExplanation>();
        pending.Push(explanation);
        while (pending.TryPop(out var node) && inputs.Count < MaxInputs)
        {
            if (node.Parts.Count == 0)
            {
                // A literal explains itself; the top of a lone count is the head already.
                if (node != explanation && node.Expression != node.ValueText && seen.Add(node.Expression))
                {
                    inputs.Add(node.Expression + " = " + node.ValueText);
                }
                continue;
            }
            for (var i = node.Parts.Count - 1; i >= 0; i--)
            {
                pending.Push(node.Parts[i]);
            }
        }
        return inputs.Count == 0 ? head
            : chinese ? head + "（" + string.Join("，", inputs) + "）" : head + " (" + string.Join(", ", inputs) + ")";
    }

    private const int MaxInputs = 6;
}
