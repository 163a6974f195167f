namespace Indicators;

/// <summary>
/// The language of a person-readable explanation (说明). Chinese is the default everywhere a result explains itself
/// (<c>Explain()</c>, <c>ToString()</c>), because the reports are Chinese; pass <see cref="English"/> for English.
/// </summary>
public enum ExplanationLanguage
{
    /// <summary>Chinese (中文), the default.</summary>
    Chinese = 0,

    /// <summary>English.</summary>
    English = 1,
}
