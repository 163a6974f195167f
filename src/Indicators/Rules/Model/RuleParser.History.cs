using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// The exit rule of a scheme (issue 13, item 4). bottom, times and years are contextual words, read only in this
// position, so that they stay free as names (an indicator named 年数 or years is common in statistics).
internal sealed partial class RuleParser
{
    private ExitDeclaration ParseExit()
    {
        var start = Take().Start;
        var code = ExpectName(" after 'exit'", "“exit”后");
        var title = ExpectString(" after the exit rule's name", "退出规则名称后");
        var bottom = ParseExitNumber("bottom", "the number of bottom places", "末位名次数");
        var times = ParseExitNumber("times", "how many times", "次数");
        var years = ParseExitNumber("years", "the window in years", "年数");
        string? within = null;
        if (Current.IsKeyword("within"))
        {
            Take();
            within = ExpectName(" after 'within' (the zone attribute that groups the ranking)", "“within”后（排名分组所依据的属性）");
        }
        if (!TryTake(RuleTokenKind.Semicolon))
        {
            throw ExpectedOneOf(within is not null ? [";"] : ["within", ";"], " in the exit rule", "退出规则中");
        }
        return Mark(new ExitDeclaration(code, title, bottom, times, years, within), start);
    }

    /// <summary>The contextual word <paramref name="word"/> and the whole number after it (0 when it is not whole: reported).</summary>
    private int ParseExitNumber(string word, string whatEn, string whatZh)
    {
        if (Current.Kind != RuleTokenKind.Name || Current.Text != word)
        {
            throw Expected("'" + word + "'", "“" + word + "”", " in the exit rule (exit NAME \"…\" bottom N times K years M)", "退出规则中（exit 名称 \"…\" bottom N times K years M）");
        }
        Take();
        return ParseInteger(" after '" + word + "' (" + whatEn + ")", "“" + word + "”后（" + whatZh + "）") ?? 0;
    }
}
