namespace Indicators.Rules;

public sealed partial class RulePlan
{
    /// <summary>
    /// Evaluates the plan for one zone (求值): every derived indicator with its explanation, every check (passed, failed or
    /// not evaluated when a value is missing) and every target's attainment. Growth, share and completion are those of
    /// <see cref="Growth.YearOnYear"/>, <see cref="Share.Of"/> and <see cref="Completion.OfLevel"/>. Reaching the step limit
    /// gives an RL4003 diagnostic in the result, never an exception. Thread-safe.
    /// </summary>
    /// <param name="zone">The zone's figures this period and the same period last year.</param>
    /// <returns>The evaluation.</returns>
    public RuleEvaluation Evaluate(RuleZone zone)
    {
        Guard.Against.Null(zone);
        return new Evaluator(this, zone).Run();
    }
}
