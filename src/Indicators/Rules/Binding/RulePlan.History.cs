namespace Indicators.Rules;

public sealed partial class RulePlan
{
    /// <summary>Whether the rules read data beyond this year and last year (<c>previous(x, n)</c>, <c>in_year</c>,
    /// <c>average</c>), as the binder found it.</summary>
    internal bool ReadsHistory { get; init; }
}
