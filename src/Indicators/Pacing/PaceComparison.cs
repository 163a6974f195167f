namespace Indicators;

/// <summary>Judges a figure against its pace, shared by 序时进度 and 规划进度.</summary>
internal static class PaceComparison
{
    /// <summary>
    /// Ahead, on or behind. Two doubles that agree to 15 significant digits are on pace, so that a tie in decimal
    /// arithmetic (50 of 100 at the end of June) stays a tie, as in <see cref="Judgement"/>'s 全数值比较法.
    /// </summary>
    internal static PaceStatus Of(double actual, double pace)
    {
        var difference = Rounding.SnapCompare(actual, pace);
        return difference > 0 ? PaceStatus.Ahead : difference < 0 ? PaceStatus.Behind : PaceStatus.OnPace;
    }

    /// <summary>"ahead of", "on", "behind" for English explanations.</summary>
    internal static string Describe(PaceStatus status) => status switch
    {
        PaceStatus.Ahead => "ahead of",
        PaceStatus.OnPace => "on",
        _ => "behind",
    };

    /// <summary>"快于序时进度", "与序时进度持平", "慢于序时进度" for Chinese explanations, with the pace named.</summary>
    internal static string DescribeChinese(PaceStatus status, string pace) => status switch
    {
        PaceStatus.Ahead => "快于" + pace,
        PaceStatus.OnPace => "与" + pace + "持平",
        _ => "慢于" + pace,
    };
}
