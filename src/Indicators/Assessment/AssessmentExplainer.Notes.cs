using System.Text;

namespace Indicators.Assessment;

// The bases of items triggered from data (AssessmentZone.Notes): why an item was applied (环保问题数 = 3 → 扣0.9分) and
// which items the data could not trigger (缺少数据), so that an item left out is never left out silently.
internal static partial class AssessmentExplainer
{
    /// <summary>The data basis of an applied bonus or deduction item, with what it gave: "（环保问题数 = 3 → 扣0.9分）"; empty without one.</summary>
    private static string Basis(ZoneAssessment result, NoteItem kind, ItemPoints item, bool zh)
    {
        if (!result.Zone.Notes.TryGetValue((kind, item.Code), out var note) || !note.Applied)
        {
            return "";
        }
        var points = AssessmentText.Number(item.Points);
        var effect = kind == NoteItem.Bonus
            ? (zh ? "加" + points + "分" : points + " points added")
            : (zh ? "扣" + points + "分" : points + " points deducted");
        return zh ? "（" + note.Chinese + " → " + effect + "）" : " (" + note.English + " → " + effect + ")";
    }

    /// <summary>A veto's reason: in English the data basis when the rules triggered it, else the reason as given.</summary>
    private static string VetoReason(ZoneAssessment result, AppliedVeto veto, bool zh) =>
        !zh && result.Zone.Notes.TryGetValue((NoteItem.Veto, veto.Rule.Code), out var note) && note.Applied ? note.English : veto.Reason;

    /// <summary>One line per item the data could not trigger, in the scheme's order: the item and why (缺少数据…).</summary>
    private static void AppendUnapplied(StringBuilder text, ZoneAssessment result, bool zh)
    {
        var notes = result.Zone.Notes;
        if (notes.Count == 0)
        {
            return;
        }
        foreach (var ((kind, code), note) in notes.OrderBy(n => n.Key.Item).ThenBy(n => n.Key.Code, StringComparer.Ordinal))
        {
            if (note.Applied)
            {
                continue;
            }
            var what = kind switch
            {
                NoteItem.Bonus => zh ? "加分项" : "bonus item",
                NoteItem.Deduction => zh ? "扣分项" : "deduction item",
                _ => zh ? "一票否决项" : "veto",
            };
            text.Append(zh ? what + "“" + code + "”未按数据计入：" + note.Chinese : what + " '" + code + "' not applied from the data: " + note.English).AppendLine();
        }
    }
}
