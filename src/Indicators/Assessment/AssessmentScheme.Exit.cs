namespace Indicators.Assessment;

public sealed partial class AssessmentScheme
{
    /// <summary>The scheme's exit rule (退出机制: 降级备选, 摘牌), or <see langword="null"/>; set with
    /// <see cref="AssessmentSchemeBuilder.Exit"/>, evaluated over several years' results with <see cref="SchemeExit.Evaluate"/>.</summary>
    public SchemeExit? Exit { get; internal init; }
}

public sealed partial class AssessmentSchemeBuilder
{
    private SchemeExit? exit;

    /// <summary>Sets the scheme's exit rule (退出机制): <c>连续三年内有两次进入本地区最后5名 → 降级备选</c>.</summary>
    /// <param name="rule">The rule; it replaces any earlier one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public AssessmentSchemeBuilder Exit(SchemeExit rule)
    {
        Guard.Against.Null(rule);
        exit = rule;
        return this;
    }
}
