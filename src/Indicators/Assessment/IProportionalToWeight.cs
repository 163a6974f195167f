namespace Indicators.Assessment;

/// <summary>
/// A built-in scoring method that says whether its points are proportional to the weight it is given (p(s·w) = s·p(w)
/// for s ≥ 1, for every value, target and population), which lets <see cref="MissingDataPolicy.Reweight"/> scale a
/// category's sum once instead of each weight (<see cref="Reweighting"/>). A method that does not implement it, such as
/// a user's own, is taken as not proportional.
/// </summary>
internal interface IProportionalToWeight
{
    /// <summary>Whether the points are w × a factor that does not depend on w (clamped to [0, a multiple of w]).</summary>
    bool IsProportionalToWeight { get; }
}
