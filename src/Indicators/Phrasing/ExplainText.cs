namespace Indicators;

/// <summary>Builds the one-line, invariant explanations of calculation results.</summary>
internal static class ExplainText
{
    /// <summary>"formula with a = 1, b = 2: outcome".</summary>
    internal static string Line(string formula, string inputs, string outcome) => formula + " with " + inputs + ": " + outcome;

    /// <summary>"name = value" in the invariant round-trip form.</summary>
    internal static string Input(string name, double value) => name + " = " + NumberText.Format(value);

    /// <summary>The outcome when the domain has no number: "no value, reason".</summary>
    internal static string NoValue(string reason) => "no value, " + reason;
}
