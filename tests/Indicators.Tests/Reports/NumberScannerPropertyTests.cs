using System.Globalization;
using FsCheck.Xunit;

namespace Indicators.Tests.Reports;

public class NumberScannerPropertyTests
{
    [Property]
    public bool Issue12_NumberScanner_RandomTextNeverThrowsAndSpansAreOrdered(ReportText text)
    {
        // From every start, not only from the end of the number before: a reader may resume anywhere.
        for (var start = 0; start <= text.Text.Length; start++)
        {
            if (NumberScanner.TryRead(text.Text, start, out var number)
                && !(number.Start >= start && number.End > number.Start && number.End <= text.Text.Length
                     && double.IsFinite(number.Figure.Value) && number.Figure.Value >= 0))
            {
                return false;
            }
        }
        var numbers = NumberScannerTests.ReadAll(text.Text);
        return numbers.Zip(numbers.Skip(1)).All(p => p.First.End <= p.Second.Start);
    }

    [Property]
    public bool Issue12_NumberScanner_NoDigitAndNoChineseNumeralMeansNoNumber(NumberlessText text) =>
        !NumberScanner.TryRead(text.Text, 0, out _);

    [Property]
    public bool Issue12_NumberScanner_PrintedNumberReadsBackWithItsDecimals(PrintedNumber printed)
    {
        const string before = "同比增长";
        var text = before + printed.Text + "，";
        return NumberScanner.TryRead(text, 0, out var number)
               && number.Start == before.Length && number.End == before.Length + printed.Text.Length
               && ReadsAs(number, printed);
    }

    [Property]
    public bool Issue12_NumberScanner_SpacesAndLineBreaksInsideANumberReadTheSame(SpacedNumber spaced)
    {
        var text = "完成" + spaced.Text + "，";
        return NumberScanner.TryRead(text, 0, out var number)
               && number.Start == 2 && number.End == 2 + spaced.Text.Length
               && ReadsAs(number, spaced.Printed);
    }

    /// <summary>The value of the printed text, its decimals (exact for a whole count), and its unit in simplified form.</summary>
    private static bool ReadsAs(ReportNumber number, PrintedNumber printed) =>
        number.Figure.Value == double.Parse(printed.Number, CultureInfo.InvariantCulture)
        && (printed.Decimals == 0 && printed.Unit is "家" or "人"
            ? number.Figure.IsExact
            : number.Figure.Decimals == printed.Decimals)
        && number.Figure.Qualifier == Qualifier.None
        && number.Unit == (printed.Unit == "％" ? "%" : printed.Unit);
}
