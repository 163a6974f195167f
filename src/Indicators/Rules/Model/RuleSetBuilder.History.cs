using Indicators.Rules.Syntax;

namespace Indicators.Rules;

public sealed partial class RuleSchemeBuilder
{
    private ExitDeclaration? exit;

    /// <summary>The scheme's exit rule (退出机制): <c>exit 降级备选 "连续三年内有两次进入本地区最后5名" bottom 5 times 2 years 3 within 地区;</c>.</summary>
    /// <param name="code">The rule's name (降级备选).</param>
    /// <param name="ruleTitle">The rule's wording.</param>
    /// <param name="bottom">How many places at the bottom of the group count (5).</param>
    /// <param name="times">How many bottom years flag a zone (2).</param>
    /// <param name="years">The window in consecutive years (3).</param>
    /// <param name="within">The zone attribute whose groups the zones are ranked within (地区), or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="ruleTitle"/> is null.</exception>
    public RuleSchemeBuilder Exit(string code, string ruleTitle, int bottom, int times, int years, string? within = null)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(ruleTitle);
        exit = new ExitDeclaration(code, ruleTitle, bottom, times, years, within);
        return this;
    }
}
