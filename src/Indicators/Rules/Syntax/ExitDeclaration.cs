namespace Indicators.Rules.Syntax;

/// <summary>
/// A scheme's exit rule (退出机制): <c>exit 降级备选 "连续三年内有两次进入本地区最后5名" bottom 5 times 2 years 3 within 地区;</c> —
/// a zone in the bottom <see cref="Bottom"/> of its group at least <see cref="Times"/> times within <see cref="Years"/>
/// consecutive years is flagged, with the mean of its scores in those years.
/// </summary>
/// <param name="Code">The rule's name (降级备选).</param>
/// <param name="Title">The rule's wording.</param>
/// <param name="Bottom">How many places at the bottom of the group count (最后5名).</param>
/// <param name="Times">How many bottom years flag a zone (两次).</param>
/// <param name="Years">The window in consecutive years (连续三年).</param>
/// <param name="Within">The zone attribute whose groups the zones are ranked within (地区), or <see langword="null"/>.</param>
public sealed record ExitDeclaration(string Code, string Title, int Bottom, int Times, int Years, string? Within = null);
