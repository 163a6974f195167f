using static Indicators.Diagnostic;
using Indicators.Assessment;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// The exit rule of a scheme (issue 13, item 4): exit NAME "…" bottom N times K years M within ATTRIBUTE;
internal sealed partial class SchemeBinder
{
    /// <summary>The scheme's exit rule, or its nearest base's (an extending scheme without one keeps it), given to the builder;
    /// false when its numbers are out of range (RL3050).</summary>
    private bool BindExit(SchemeDeclaration scheme, AssessmentSchemeBuilder builder)
    {
        var exit = scheme.Exit;
        var seen = new HashSet<string>(StringComparer.Ordinal) { scheme.Name };
        for (var current = scheme; exit is null && current.Extends is { } baseName && seen.Add(baseName) && byName.TryGetValue(baseName, out var next); current = next)
        {
            exit = next.Exit;
        }
        if (exit is null)
        {
            return true;
        }
        if (exit.Bottom < 1 || exit.Years < 1 || exit.Years > Binder.MaxHistoryYears || exit.Times < 1 || exit.Times > exit.Years)
        {
            binder.Report(exit, "RL3050",
                Binder.Invariant($"scheme '{Window(scheme.Name)}': the exit rule '{Window(exit.Code)}' needs bottom ≥ 1, years from 1 to {Binder.MaxHistoryYears} and times from 1 to years, not bottom {exit.Bottom} times {exit.Times} years {exit.Years}"),
                Binder.Invariant($"考核方案“{Window(scheme.Name)}”：退出规则“{Window(exit.Code)}”要求 bottom 不小于1、years 在1到{Binder.MaxHistoryYears}之间、times 在1到 years 之间，实际为 bottom {exit.Bottom} times {exit.Times} years {exit.Years}"));
            return false;
        }
        if (string.IsNullOrWhiteSpace(exit.Code) || (exit.Within is not null && string.IsNullOrWhiteSpace(exit.Within)))
        {
            binder.Report(exit, "RL3050", Binder.Invariant($"scheme '{Window(scheme.Name)}': the exit rule needs a name and, after within, an attribute's name"),
                Binder.Invariant($"考核方案“{Window(scheme.Name)}”：退出规则需要名称，within 后需要属性名称"));
            return false;
        }
        builder.Exit(new SchemeExit(exit.Code, exit.Title, ExitRule.Of(exit.Times, exit.Bottom, exit.Years), exit.Within));
        return true;
    }
}
