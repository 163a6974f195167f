namespace Indicators.Assessment;

/// <summary>
/// The points of a built-in scoring method without its explanation, for bulk evaluation: the same bits as
/// <see cref="IScoringMethod.Score"/>'s <see cref="IndicatorScore.Points"/> (one shared computation), the same
/// exceptions, and no allocation.
/// </summary>
internal interface IPointsOnly
{
    /// <summary>The points <see cref="IScoringMethod.Score"/> would award.</summary>
    double Points(in ScoringInput input);
}
