using FsCheck.Xunit;

namespace Indicators.Tests.Reports.Reading;

public class ReportReaderPropertyTests
{
    [Property]
    public bool Issue12_ReportReader_RandomTextNeverThrowsAndEverySpanIsASliceOfTheSource(ReportText text)
    {
        var document = ReportReader.Standard.Read(text.Text);
        return document.Facts.All(f => f.Start >= 0 && f.Start <= f.End && f.End <= text.Text.Length && f.Text == text.Text[f.Start..f.End])
               && document.Statements.All(s => s.Start >= 0 && s.Start <= s.End && s.End <= text.Text.Length && s.Text == text.Text[s.Start..s.End] && s.Facts.Count > 0)
               && document.Facts.All(f => f.Value is not { } v || double.IsFinite(v.Value));
    }

    [Property]
    public bool Issue12_ReportReader_MixedScriptTextNeverThrowsAndSpansStayInside(ReportTextCase text)
    {
        var document = ReportReader.Standard.Read(text.Text, 2013);
        return document.Facts.All(f => f.Start >= 0 && f.End <= text.Text.Length && f.Text == text.Text[f.Start..f.End]);
    }

    [Property]
    public bool Issue12_ReportReader_TextWithoutNumbersYieldsNoFigure(NumberlessText text) =>
        ReportReader.Standard.Read(text.Text).Facts.All(f =>
            f.Value is null && f.Growth is null && f.Share is null && f.Completion is null && f.Overfulfilment is null && f.PercentagePoints is null
            && f.Rank is null && f.RankChange is null && (f.Multiple is null || f.Multiple.Value.IsExact));

    [Property]
    public bool Issue12_ReportReader_SpacesAndLineBreaksInsideANumberReadTheSame(SpacedNumber spaced)
    {
        // The number as a level with a name before it: the unit decides what a figure is, so 亿元 stands for every unit.
        var number = spaced.Text[..^spaced.Printed.Unit.Length].TrimEnd();
        const string unit = "亿元";
        var text = number + unit;
        var plain = ReportReader.Standard.Read("全年完成工业投资" + spaced.Printed.Number + unit + "。").Facts;
        var facts = ReportReader.Standard.Read("全年完成工业投资" + text + "。").Facts;
        return plain.Count == 1 && facts.Count == 1 && facts[0].Value == plain[0].Value && facts[0].Unit == plain[0].Unit
               && facts[0].Indicator == "工业投资";
    }
}
