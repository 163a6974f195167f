using System.Globalization;

namespace Indicators;

public static partial class ChinesePhrasing
{
    /// <summary>A rank change (排名变化): "排名上升37位", "排名下降3位", "排名持平", "新进入排名", "退出排名", "未参加排名".</summary>
    /// <param name="change">The change.</param>
    /// <returns>The phrase.</returns>
    public static string Phrase(RankChange change) => change.Status switch
    {
        RankChangeStatus.Rose => "排名上升" + change.Places!.Value.ToString(CultureInfo.InvariantCulture) + "位",
        RankChangeStatus.Fell => "排名下降" + (-change.Places!.Value).ToString(CultureInfo.InvariantCulture) + "位",
        RankChangeStatus.Unchanged => "排名持平",
        RankChangeStatus.Entered => "新进入排名",
        RankChangeStatus.Left => "退出排名",
        _ => "未参加排名",
    };
}
