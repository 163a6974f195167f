namespace Indicators.Reports;

/// <summary>How a number of report text was written, which tells the reader how far to trust its value.</summary>
internal enum NumberForm
{
    /// <summary>Arabic digits, half- or full-width (35.5, １２３．４, 1,234).</summary>
    Digits = 0,

    /// <summary>Chinese numerals (三, 十二, 一百二十, 两): an exact figure.</summary>
    Chinese,

    /// <summary>A fraction in words (三分之一): the value is the quotient; 百分之/千分之 give % and ‰ instead.</summary>
    Fraction,

    /// <summary>A count of digits (两位数): at least 10^(n−1), a bound rather than a value.</summary>
    DigitCount,

    /// <summary>An order of magnitude (百亿级): at least the stated amount.</summary>
    Magnitude,
}

/// <summary>
/// One number read from report text: its figure as stated (decimals and the 余/多 written inside it kept), the unit
/// written after it, normalised to simplified half-width script (億元 → 亿元, ％ → %), and its span [Start, End) in
/// UTF-16 units of the source, unit included.
/// </summary>
internal readonly record struct ReportNumber(StatedFigure Figure, string Unit, int Start, int End, NumberForm Form)
{
    /// <summary>The number of source characters the number and its unit take.</summary>
    public int Length => End - Start;
}
