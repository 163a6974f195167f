using System.Globalization;
using Indicators.Bulk;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// The results of a <see cref="RulePlan"/> evaluated over a <see cref="BulkDataset"/> (规则批量结果): every derived
/// indicator's value and every check's outcome for each zone and year, and each scheme's
/// <see cref="BulkAssessmentResults"/>. Made once for a plan and a dataset and refilled by each
/// <see cref="RuleBulk.Evaluate"/> (reusable buffers; a warm evaluation allocates little and nothing per cell).
/// </summary>
/// <remarks>Missing stays missing: <see cref="GetValue(int, int, int)"/> returns <see langword="null"/>, never NaN or zero,
/// and a check whose condition is missing is <see cref="RuleCheckStatus.NotEvaluated"/>. One evaluation at a time per
/// results object: a second <see cref="RuleBulk.Evaluate"/> on it while one runs is refused with an
/// <see cref="InvalidOperationException"/>.</remarks>
public sealed class RuleBulkResults
{
    private readonly Dictionary<string, int> derivedByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> checksByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleBulkScheme> schemes = new(StringComparer.Ordinal);
    private readonly string[]? codes;

    /// <summary>Creates the buffers for evaluating <paramref name="plan"/> over datasets shaped and coded like <paramref name="dataset"/> (结果缓冲区).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="dataset">The dataset (its shape, codes and polarities; its values are read by <see cref="RuleBulk.Evaluate"/>).</param>
    /// <exception cref="ArgumentException">The dataset lacks an indicator the plan reads, or a scheme's indicator, or its codes.</exception>
    public RuleBulkResults(RulePlan plan, BulkDataset dataset)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(dataset);
        Plan = plan;
        ZoneCount = dataset.ZoneCount;
        YearCount = dataset.YearCount;
        IndicatorCount = dataset.IndicatorCount;
        codes = dataset.IndicatorCodes?.ToArray();
        var cells = ZoneCount * YearCount;
        Programs = RuleBulkPrograms.Compile(plan, dataset);
        Values = new double[plan.DerivedOrder.Length][];
        PreviousValues = new double[plan.DerivedOrder.Length][];
        for (var d = 0; d < Values.Length; d++)
        {
            Values[d] = new double[cells];
            PreviousValues[d] = Programs.NeedsPrevious ? new double[cells] : [];
            derivedByName.TryAdd(plan.DerivedOrder[d].Name, d);
        }
        Outcomes = new byte[plan.BoundChecks.Length][];
        Counts = new int[plan.BoundChecks.Length * 3];
        for (var c = 0; c < Outcomes.Length; c++)
        {
            Outcomes[c] = new byte[cells];
            checksByName.TryAdd(plan.BoundChecks[c].Declaration.Name, c);
        }
        foreach (var (name, scheme) in plan.Schemes)
        {
            schemes[name] = RuleBulkScheme.Create(plan, dataset, scheme);
        }
    }

    /// <summary>The plan the results are for.</summary>
    public RulePlan Plan { get; }

    /// <summary>The number of zones (开发区个数).</summary>
    public int ZoneCount { get; }

    /// <summary>The number of years (年份个数).</summary>
    public int YearCount { get; }

    /// <summary>Whether an evaluation has filled the results.</summary>
    public bool IsComputed { get; internal set; }

    /// <summary>The derived indicators (派生指标), in the plan's evaluation order: index <c>d</c> of <see cref="GetValue(int, int, int)"/>.</summary>
    public IReadOnlyList<PlanIndicator> DerivedIndicators => Plan.DerivedIndicators;

    /// <summary>The consistency checks (一致性校验): index <c>c</c> of <see cref="GetCheckStatus(int, int, int)"/>.</summary>
    public IReadOnlyList<CheckDeclaration> Checks => Plan.Checks;

    /// <summary>The value of a derived indicator (派生指标值) in its unit (2.5 for 2.5%), or <see langword="null"/> when missing.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="derived">The index in <see cref="DerivedIndicators"/>.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <returns>The value, equal to <see cref="RulePlan.Evaluate"/>'s for that zone and year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <remarks>Arguments in the order of every bulk getter: zone, indicator, year (as <see cref="BulkDataset.GetActual"/>).</remarks>
    /// <exception cref="InvalidOperationException">The results were never computed (<see cref="RuleBulk.Evaluate"/>).</exception>
    public double? GetValue(int zone, int derived, int year)
    {
        Guard.Against.GreaterThanOrEqual((uint)derived, (uint)Values.Length, nameof(derived));
        var inside = Values[derived][Cell(zone, year)];
        return double.IsNaN(inside) ? null : inside / Plan.DerivedOrder[derived].InsideFactor;
    }

    /// <summary>The value of a derived indicator by its name in the rules (派生指标值), or <see langword="null"/> when missing.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="indicator">The derived indicator's name.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <returns>The value in the indicator's unit.</returns>
    /// <exception cref="ArgumentException">No derived indicator has that name.</exception>
    /// <exception cref="InvalidOperationException">The results were never computed (<see cref="RuleBulk.Evaluate"/>).</exception>
    public double? GetValue(int zone, string indicator, int year) => GetValue(zone, Find(derivedByName, indicator, "derived indicator"), year);

    /// <summary>The outcome of a check (校验结果) for one zone and year.</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="check">The index in <see cref="Checks"/>.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <returns>Passed, failed, or not evaluated when a value it needs is missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">The results were never computed (<see cref="RuleBulk.Evaluate"/>).</exception>
    public RuleCheckStatus GetCheckStatus(int zone, int check, int year)
    {
        Guard.Against.GreaterThanOrEqual((uint)check, (uint)Outcomes.Length, nameof(check));
        return (RuleCheckStatus)Outcomes[check][Cell(zone, year)];
    }

    /// <summary>The outcome of a check by its name (校验结果).</summary>
    /// <param name="zone">The zero-based zone index.</param>
    /// <param name="check">The check's name.</param>
    /// <param name="year">The zero-based year index.</param>
    /// <returns>Passed, failed or not evaluated.</returns>
    /// <exception cref="ArgumentException">No check has that name.</exception>
    /// <exception cref="InvalidOperationException">The results were never computed (<see cref="RuleBulk.Evaluate"/>).</exception>
    public RuleCheckStatus GetCheckStatus(int zone, string check, int year) => GetCheckStatus(zone, Find(checksByName, check, "check"), year);

    /// <summary>How many zone-years a check passed, failed or could not evaluate (校验统计).</summary>
    /// <param name="check">The index in <see cref="Checks"/>.</param>
    /// <param name="status">The outcome to count.</param>
    /// <returns>The count over every zone and year.</returns>
    /// <exception cref="InvalidOperationException">The results were never computed (<see cref="RuleBulk.Evaluate"/>).</exception>
    public int Count(int check, RuleCheckStatus status)
    {
        Guard.Against.GreaterThanOrEqual((uint)check, (uint)Outcomes.Length, nameof(check));
        Guard.Against.GreaterThan((uint)status, (uint)RuleCheckStatus.NotEvaluated, nameof(status));
        ThrowIfNotComputed();
        return Counts[check * 3 + (int)status];
    }

    /// <summary>The bulk assessment (批量考核结果) of one of the plan's schemes: points, subtotals, totals and ranks per zone and year.</summary>
    /// <param name="scheme">The scheme's name in the rules.</param>
    /// <returns>The scheme's results.</returns>
    /// <exception cref="ArgumentException">The plan has no scheme of that name.</exception>
    public BulkAssessmentResults GetAssessment(string scheme)
    {
        Guard.Against.Null(scheme);
        return schemes.TryGetValue(scheme, out var found) ? found.Results
            : throw new ArgumentException("The plan has no scheme '" + scheme + "'.", nameof(scheme));
    }

    internal int IndicatorCount { get; }

    /// <summary>Refuses a second evaluation while one is filling these results (and its schemes' datasets and results).</summary>
    internal ExclusiveUse Use { get; } = new(nameof(RuleBulkResults));

    internal RuleBulkPrograms Programs { get; }

    /// <summary>Each derived indicator's inside values (a percent as a fraction), zone-major, NaN for missing.</summary>
    internal double[][] Values { get; }

    /// <summary>Each derived indicator evaluated as for the previous year (the scalar's two-period window), when a formula reads one.</summary>
    internal double[][] PreviousValues { get; }

    /// <summary>Each check's outcome per cell, as <see cref="RuleCheckStatus"/>.</summary>
    internal byte[][] Outcomes { get; }

    internal int[] Counts { get; }

    internal IEnumerable<RuleBulkScheme> Schemes => schemes.Values;

    /// <summary>Whether <paramref name="dataset"/> has the shape and the indicator codes (in the same columns) the programs were compiled for.</summary>
    internal bool Fits(BulkDataset dataset) =>
        dataset.ZoneCount == ZoneCount && dataset.YearCount == YearCount && dataset.IndicatorCount == IndicatorCount
        && (dataset.IndicatorCodes ?? []).SequenceEqual(codes ?? [], StringComparer.Ordinal);

    private int Cell(int zone, int year)
    {
        Guard.Against.GreaterThanOrEqual((uint)zone, (uint)ZoneCount, nameof(zone));
        Guard.Against.GreaterThanOrEqual((uint)year, (uint)YearCount, nameof(year));
        ThrowIfNotComputed();
        return zone * YearCount + year;
    }

    // Fresh buffers hold zeros: a value of 0 and a passed check (status 0) would be silent wrong answers.
    private void ThrowIfNotComputed()
    {
        if (!IsComputed)
        {
            throw new InvalidOperationException("The results hold nothing yet: call RuleBulk.Evaluate first.");
        }
    }

    private static int Find(Dictionary<string, int> names, string name, string what)
    {
        Guard.Against.Null(name);
        return names.TryGetValue(name, out var index) ? index
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The plan has no {what} '{name}'."), nameof(name));
    }
}
