using System.Diagnostics.CodeAnalysis;

namespace Indicators;

/// <summary>
/// What a load or a compile gave (结果): the value, and every <see cref="Diagnostic"/> found, all at once. The one shape
/// of <c>RuleSet.Parse</c>, <c>RuleSet.ParseExpression</c>, <c>RulePlan.Compile</c>, <c>AssessmentSchemeBuilder.TryBuild</c>,
/// <c>BulkCsv.Read</c>, <c>ZbulkFile.Read</c> and <c>BulkDatasetFactory.FromObservations</c>. None of them throws for bad
/// content; a single value (<c>Quantity.Parse</c>) still gives a <see cref="ValueParseResult{T}"/>.
/// </summary>
/// <remarks>
/// <para>Where a loader goes past what is bad, <see cref="Value"/> holds what it kept even when there are errors: the rule
/// set of every statement that parsed (<c>RuleSet.Parse</c>), the dataset of the valid rows (<c>BulkCsv</c>). A compile,
/// a scheme build and a binary file are all or nothing: their <see cref="Value"/> is null when there is an error.
/// <see cref="GetValueOrThrow"/> is the strict reading: the value only when there is no error at all.</para>
/// </remarks>
/// <typeparam name="T">The type of the value: <c>RuleSet</c>, <c>RulePlan</c>, <c>AssessmentScheme</c>, <c>BulkDataset</c>…</typeparam>
public sealed class Outcome<T>
    where T : class
{
    internal Outcome(T? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
        Errors = [.. diagnostics.Where(d => d.IsError)];
        HasErrors = Errors.Count > 0;
    }

    /// <summary>The value (值): when there are errors, what a loader that goes past them kept, or <see langword="null"/>.</summary>
    public T? Value { get; }

    /// <summary>Every diagnostic (诊断), in the order of the content (position, line, item).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether a diagnostic is an error.</summary>
    public bool HasErrors { get; }

    /// <summary>Whether there is a value and no error (成功); warnings and information may remain.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => !HasErrors && Value is not null;

    /// <summary>The errors alone, without warnings and information.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary>The value when there is no error (the strict reading).</summary>
    /// <returns>The value.</returns>
    /// <exception cref="DiagnosticException">There are errors, or no value; the exception lists every diagnostic.</exception>
    public T GetValueOrThrow() => Success ? Value : throw new DiagnosticException(Diagnostics);

    /// <summary>Gets the value when there is no error.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>Whether <see cref="Success"/>.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = Success ? Value : null;
        return value is not null;
    }

    /// <summary>The diagnostics, one per line, in the compiler format in <paramref name="language"/>; "success" when there are none.</summary>
    /// <param name="language">The language of the messages.</param>
    /// <returns>The text.</returns>
    public string ToString(ExplanationLanguage language) =>
        Diagnostics.Count == 0 ? (Success ? "success" : "no value") : string.Join(Environment.NewLine, Diagnostics.Select(d => d.ToString(language)));
    /// <summary>The diagnostics in Chinese, the library's one default (<see cref="ToString(ExplanationLanguage)"/>).</summary>
    /// <inheritdoc />
    public override string ToString() => ToString(ExplanationLanguage.Chinese);
}
