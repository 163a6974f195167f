namespace Indicators;

/// <summary>
/// What every calculation result has in common: it explains itself. A result carries its
/// inputs, the formula that combined them and either a value or a status saying why the
/// domain has no number for it (扭亏为盈, no target, base zero…). It is never NaN or an infinity.
/// </summary>
/// <remarks>
/// Results are small readonly structs; computing one allocates nothing. Text is built only
/// when <see cref="Explain()"/> is called. The phrasing layer (how a report words a result) is built on results, never the reverse:
/// no calculation depends on how a report words it.
/// </remarks>
public interface ICalculationResult
{
    /// <summary>The formula, in symbols, e.g. <c>growth = current / base − 1</c>.</summary>
    string Formula { get; }

    /// <summary>Whether the result has a number. False where the domain calls the result undefined; the status then says why.</summary>
    bool HasValue { get; }

    /// <summary>One line in Chinese (the default, as the reports are Chinese): the formula, the inputs and the value or the status.</summary>
    /// <returns>The explanation; the same as <see cref="Explain(ExplanationLanguage)"/> with <see cref="ExplanationLanguage.Chinese"/>.</returns>
    string Explain();

    /// <summary>
    /// One line in <paramref name="language"/>: the formula, the inputs and the value or the status. Both languages write
    /// the same unrounded numbers with the same invariant formatter.
    /// </summary>
    /// <param name="language">Chinese or English.</param>
    /// <returns>The explanation.</returns>
    string Explain(ExplanationLanguage language);
}
