namespace Indicators.Reports;

/// <summary>A known indicator name found in a normalised text.</summary>
/// <param name="Start">Its start in the normalised text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Name">The name as the vocabulary knows it.</param>
/// <param name="Code">Its catalogue code.</param>
internal readonly record struct NameMatch(int Start, int Length, string Name, string Code);

/// <summary>A known indicator name found in a text as read: the match in the normalised text and its span in the
/// source, which can be longer (zero-width characters inside the name).</summary>
/// <param name="Match">The match in the normalised text.</param>
/// <param name="SourceStart">Its start in the source.</param>
/// <param name="SourceEnd">Its end (exclusive) in the source.</param>
internal readonly record struct SourceNameMatch(NameMatch Match, int SourceStart, int SourceEnd);
