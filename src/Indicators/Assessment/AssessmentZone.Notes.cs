namespace Indicators.Assessment;

/// <summary>
/// Why a bonus, deduction or veto item triggered from data was applied to a zone, or why it was not (数据触发依据): the
/// value the rules read (<c>环保问题数 = 3</c>), or the reason nothing could be read (缺少数据). Made by the rules
/// (<c>RulePlan.WithTriggers</c>); shown by the zone's explanation.
/// </summary>
/// <param name="English">The basis in English.</param>
/// <param name="Chinese">The basis in Chinese.</param>
/// <param name="Applied">Whether the data triggered the item (its points or veto apply); false when the data part could not
/// be counted (missing, or not a whole number ≥ 0).</param>
internal sealed record ItemNote(string English, string Chinese, bool Applied)
{
    internal string In(bool chinese) => chinese ? Chinese : English;
}

/// <summary>Which kind of item a note is about: bonus and deduction codes share the zone's events, veto codes are their own.</summary>
internal enum NoteItem
{
    Bonus = 0,
    Deduction = 1,
    Veto = 2,
}

public sealed partial class AssessmentZone
{
    /// <summary>The bases of the items the rules triggered from data, by item kind and code.</summary>
    internal IReadOnlyDictionary<(NoteItem Item, string Code), ItemNote> Notes => notes;

    /// <summary>This zone with the basis of a data-triggered item (replacing an earlier one of the same item).</summary>
    internal AssessmentZone WithNote(NoteItem item, string code, ItemNote note) =>
        new(Id, Group, values, targets, events, vetoes, attributes, notes.SetItem((item, code), note));
}
