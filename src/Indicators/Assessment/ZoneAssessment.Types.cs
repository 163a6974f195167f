namespace Indicators.Assessment;

public sealed partial class ZoneAssessment
{
    /// <summary>
    /// The zone type whose weights scored the zone (权重类型: its value of the scheme's <see cref="AssessmentScheme.WeightsBy"/>
    /// attribute), or null when the scheme has one set of weights.
    /// </summary>
    public string? WeightType { get; private set; }

    /// <summary>The attribute <see cref="WeightType"/> is a value of (类型), or null.</summary>
    internal string? WeightAttribute { get; private set; }

    /// <summary>Records the type whose weights scored the zone, when the scheme is weighted by <paramref name="attribute"/>.</summary>
    internal void ScoredByType(string? attribute, AssessmentZone zone)
    {
        if (attribute is not null)
        {
            WeightAttribute = attribute;
            WeightType = zone.Attributes[attribute];
        }
    }
}
