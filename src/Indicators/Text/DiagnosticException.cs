using System.Globalization;

namespace Indicators;

/// <summary>
/// Thrown by <see cref="Outcome{T}.GetValueOrThrow"/> (and the throwing shortcuts built on it, such as
/// <c>AssessmentSchemeBuilder.Build</c>) when content has errors. The message lists every diagnostic in the compiler format, in English like every exception message of the library (a
/// program's log reads them); <see cref="Diagnostics"/> has both languages.
/// </summary>
public sealed class DiagnosticException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">The diagnostics of the content.</param>
    public DiagnosticException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Describe(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every diagnostic of the content.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
    {
        Guard.Against.Null(diagnostics);
        var errors = diagnostics.Count(d => d.IsError);
        return errors == 0
            ? "The content gave no value."
            : (errors == 1 ? "The content has an error:" : string.Create(CultureInfo.InvariantCulture, $"The content has {errors} errors:"))
              + Environment.NewLine + string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString(ExplanationLanguage.English)));
    }
}
