using static Indicators.Diagnostic;
using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13: the links of the composed schemes to data beyond their entries — their items' data triggers, and the other
// schemes' results their entries and triggers read (score(S), rank(S)), with cycles refused (RL3040).
internal sealed partial class SchemeBinder
{
    /// <summary>
    /// Binds every composed scheme's item triggers (a veto's <c>per</c> is RL3041), finds the schemes each scheme reads
    /// through its entries and triggers, reports a scheme that reads its own result (RL3040, also through other
    /// schemes), and orders the schemes the plan's formulas read so that each comes after those it reads.
    /// </summary>
    internal SchemeLinks Link()
    {
        var derivedReads = binder.DerivedSchemeReads();
        var triggers = new List<BoundTrigger>();
        var readsByScheme = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var readAnywhere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reads in derivedReads.Values)
        {
            readAnywhere.UnionWith(reads);
        }
        foreach (var check in binder.BoundCheckList)
        {
            Binder.SchemesIn(check.Condition, derivedReads, readAnywhere);
        }
        foreach (var (name, scheme) in composed)
        {
            if (scheme is null)
            {
                continue;
            }
            var reads = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in scheme.Categories.SelectMany(c => c.Entries))
            {
                if (binder.Find(entry.Indicator) is { } slot && derivedReads.TryGetValue(slot, out var entryReads))
                {
                    reads.UnionWith(entryReads);
                }
            }
            foreach (var bonus in scheme.Bonuses)
            {
                Add(bonus.Trigger, NoteItem.Bonus, bonus.Code);
            }
            foreach (var deduction in scheme.Deductions)
            {
                Add(deduction.Trigger, NoteItem.Deduction, deduction.Code);
            }
            foreach (var veto in scheme.Vetoes)
            {
                if (veto.Trigger is { Kind: RuleTriggerKind.Per })
                {
                    binder.Report(veto.Trigger, "RL3041",
                        "veto '" + Window(veto.Code) + "' of scheme '" + Window(name) + "' is triggered by a condition: write 'when …', not 'per …'",
                        "考核方案“" + Window(name) + "”的一票否决项“" + Window(veto.Code) + "”由条件触发：应写“when …”，而不是“per …”");
                    continue;
                }
                Add(veto.Trigger, NoteItem.Veto, veto.Code);
            }
            readsByScheme[name] = reads;
            readAnywhere.UnionWith(reads);

            void Add(RuleTrigger? trigger, NoteItem item, string code)
            {
                if (trigger is null)
                {
                    return;
                }
                var (english, chinese) = item switch
                {
                    NoteItem.Bonus => ("bonus item", "加分项"),
                    NoteItem.Deduction => ("deduction item", "扣分项"),
                    _ => ("veto", "一票否决项"),
                };
                var (expression, factor) = binder.BindTrigger(trigger, english, chinese, code);
                if (expression is null)
                {
                    return;
                }
                Binder.SchemesIn(expression, derivedReads, reads);
                triggers.Add(new BoundTrigger(triggers.Count, name, item, code, trigger, expression, factor));
            }
        }
        return new SchemeLinks([.. triggers], Order(readsByScheme, readAnywhere));
    }

    /// <summary>The schemes read, each after those it reads (depth-first, without recursion); a scheme that reaches itself is RL3040.</summary>
    private string[] Order(Dictionary<string, HashSet<string>> readsByScheme, HashSet<string> readAnywhere)
    {
        var order = new List<string>();
        // 0 unvisited, 1 on the path, 2 done.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var start in readsByScheme.Keys.Concat(readAnywhere).Distinct(StringComparer.Ordinal).ToList())
        {
            if (state.GetValueOrDefault(start) != 0)
            {
                continue;
            }
            var path = new List<string> { start };
            var stack = new Stack<(string Scheme, IEnumerator<string> Next)>();
            state[start] = 1;
            stack.Push((start, Reads(start).GetEnumerator()));
            while (stack.Count > 0)
            {
                var (scheme, next) = stack.Peek();
                if (next.MoveNext())
                {
                    var read = next.Current;
                    var seen = state.GetValueOrDefault(read);
                    if (seen == 0)
                    {
                        state[read] = 1;
                        path.Add(read);
                        stack.Push((read, Reads(read).GetEnumerator()));
                    }
                    else if (seen == 1)
                    {
                        var cycle = WindowList([.. path.Skip(path.IndexOf(read)).Append(read)], " → ");
                        binder.Report(byName.TryGetValue(read, out var declaration) ? declaration : (object)read, RulePart.Name, "RL3040",
                            "scheme '" + Window(read) + "' reads its own result through score() or rank(): " + cycle,
                            "考核方案“" + Window(read) + "”经score()或rank()读取自身的结果：" + cycle);
                    }
                    continue;
                }
                stack.Pop();
                state[scheme] = 2;
                path.RemoveAt(path.Count - 1);
                if (readAnywhere.Contains(scheme))
                {
                    order.Add(scheme);
                }
            }
        }
        return [.. order];

        IEnumerable<string> Reads(string scheme) =>
            readsByScheme.TryGetValue(scheme, out var reads) ? reads.Order(StringComparer.Ordinal) : [];
    }
}
