using System.Text;

namespace Indicators.Reports;

/// <summary>
/// The outcome of one consistency check on stated figures (数据一致性核验): the verdict, the figures used, the
/// result computed from them as stated and from the intervals they stand for, the stated result, and an explanation
/// in Chinese (the default) or English. Made by <see cref="Consistency"/>.
/// </summary>
public readonly struct ConsistencyCheck : ICalculationResult
{
    private readonly StatedFigure[]? figures;
    private readonly (string English, string Chinese)[]? roles;
    private readonly (string English, string Chinese) reason;

    internal ConsistencyCheck(
        ConsistencyCheckKind kind, ConsistencyVerdict verdict, StatedFigure[] figures, (string English, string Chinese)[] roles,
        StatedFigure? stated, double? value, StatedInterval? computed, StatedInterval? implied, (string English, string Chinese) reason, ConsistencyPolicy policy)
    {
        Kind = kind;
        Verdict = verdict;
        this.figures = figures;
        this.roles = roles;
        Stated = stated;
        Value = value;
        Computed = computed;
        Implied = implied;
        this.reason = reason;
        Policy = policy;
    }

    /// <summary>What the check compares.</summary>
    public ConsistencyCheckKind Kind { get; }

    /// <summary>Consistent, borderline, inconsistent or unverifiable.</summary>
    public ConsistencyVerdict Verdict { get; }

    /// <summary>The figures the check used, in the order of its method's parameters (a missing one left out).</summary>
    public IReadOnlyList<StatedFigure> Figures => figures ?? [];

    /// <summary>The stated result checked (the growth, the share, the total…), or null where the check has none.</summary>
    public StatedFigure? Stated { get; }

    /// <summary>The result computed from the figures as stated (4.4776 for 63 on 60.3), or null without one (a qualified or missing figure).</summary>
    public double? Value { get; }

    /// <summary>Every result the values of the figures' intervals give, or null when there is none (a missing or non-positive base).</summary>
    public StatedInterval? Computed { get; }

    /// <summary>The figure a missing one would have to be (the previous level a growth implies, the whole of a share, the target of a completion), when the check implies one.</summary>
    public StatedInterval? Implied { get; }

    /// <summary>The policy the check was judged under.</summary>
    public ConsistencyPolicy Policy { get; }

    /// <summary>Whether the check reached a verdict other than unverifiable.</summary>
    public bool HasValue => Verdict != ConsistencyVerdict.Unverifiable;

    /// <inheritdoc />
    public string Formula => Consistency.FormulaOf(Kind, ExplanationLanguage.English);

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language)
    {
        var chinese = ExplainText.IsChinese(language);
        var text = new StringBuilder();
        var figures = this.figures ?? [];
        var roles = this.roles ?? [];
        for (var i = 0; i < figures.Length; i++)
        {
            if (i > 0)
            {
                text.Append(ExplainText.Comma(language));
            }
            text.Append(chinese ? roles[i].Chinese : roles[i].English).Append(" = ").Append(figures[i].Written).Append(' ').Append(figures[i].IntervalUnder(Policy));
        }
        if (Stated is StatedFigure stated)
        {
            text.Append(ExplainText.Comma(language)).Append(chinese ? "所述 = " : "stated = ").Append(stated.Written).Append(' ').Append(stated.IntervalUnder(Policy));
        }
        var outcome = new StringBuilder();
        if (Value is double value)
        {
            outcome.Append(chinese ? "按所述数字计算得 " : "from the figures as stated ").Append(NumberText.Format(value)).Append(ExplainText.Semicolon(language));
        }
        if (Computed is StatedInterval computed)
        {
            outcome.Append(chinese ? "按各数字代表的区间得 " : "from the figures' intervals ").Append(computed).Append(ExplainText.Semicolon(language));
        }
        if (Implied is StatedInterval implied)
        {
            outcome.Append(chinese ? "由所述结果推算" + Consistency.ImpliedName(Kind, language) + "为 " : "the stated result implies a " + Consistency.ImpliedName(Kind, language) + " of ").Append(implied).Append(ExplainText.Semicolon(language));
        }
        outcome.Append(Verdict switch
        {
            ConsistencyVerdict.Consistent => chinese ? "一致" : "consistent",
            ConsistencyVerdict.Borderline => chinese ? "勉强一致（仅因数字的修约或限定词而相符）" : "borderline (consistent only thanks to the figures' rounding or qualifiers)",
            ConsistencyVerdict.Inconsistent => chinese ? "不一致" : "inconsistent",
            _ => chinese ? "无法核验" : "unverifiable",
        });
        if (reason.English is not null)
        {
            outcome.Append(chinese ? "（" + reason.Chinese + "）" : " (" + reason.English + ")");
        }
        return ExplainText.Line(language, Consistency.FormulaOf(Kind, language), text.ToString(), outcome.ToString());
    }

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();
}
