namespace Indicators.Reports;

/// <summary>A known indicator name found in a normalised text.</summary>
/// <param name="Start">Its start in the normalised text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Name">The name as the vocabulary knows it.</param>
/// <param name="Code">Its catalogue code.</param>
internal readonly record struct NameMatch(int Start, int Length, string Name, string Code);
