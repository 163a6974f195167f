using System.Globalization;

namespace Indicators.Bulk;

/// <summary>Builds a <see cref="BulkDataset"/> (批量数据集) from observations.</summary>
public static class BulkDatasetFactory
{
    /// <summary>
    /// A dataset from yearly observations (由观测值构建批量数据集): each actual (实际) and target (目标)
    /// observation fills one cell, converted to its indicator's unit; an explicitly missing
    /// observation stays missing. Zones are in order of first appearance, years run from the
    /// earliest to the latest observed.
    /// </summary>
    /// <param name="observations">The observations, each for a calendar year (年度), of kind
    /// <see cref="ObservationKind.Actual"/> or <see cref="ObservationKind.Target"/>. Qualifiers
    /// (以上, 左右…) are not kept: a cell holds a number.</param>
    /// <param name="weights">Optional weights (权重) by indicator code or Chinese name (an observed
    /// indicator's, or else the standard catalogue's), in the order the indicators
    /// should take; every observed indicator must have one. Without them, the indicators are in
    /// order of first appearance and weighted equally (100 / count each).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">There are no observations; one is not for a calendar
    /// year, or is an estimate or a plan; two fill the same cell; an observed indicator has no
    /// weight, or a weight names an unknown indicator. The message names the observation.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite; or an observation would make the
    /// years span more than 200, or the dataset more than max(65,536, 256 × observations) cells (as <see cref="BulkCsv"/>
    /// refuses such a row: a few far-apart observations must not ask for gigabytes).</exception>
    public static BulkDataset FromObservations(
        IEnumerable<Observation> observations, IEnumerable<KeyValuePair<string, double>>? weights = null)
    {
        Guard.Against.Null(observations);
        var list = observations.ToList();
        // Weights name indicators by code or name: those observed first, then the standard catalogue's.
        var observed = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        foreach (var observation in list)
        {
            Guard.Against.Null(observation, nameof(observations));
            foreach (var name in observation.Indicator.Names.Prepend(observation.Indicator.Code))
            {
                observed.TryAdd(name, observation.Indicator);
            }
        }
        var weighted = BulkCellCollector.Resolve(weights,
            key => observed.GetValueOrDefault(key.Trim()) ?? BulkCellCollector.Lookup(IndicatorCatalog.Standard, key), nameof(weights));
        var collector = new BulkCellCollector(weighted);
        for (int n = 0; n < list.Count; n++)
        {
            var observation = list[n];
            bool isTarget = observation.Kind switch
            {
                ObservationKind.Actual => false,
                ObservationKind.Target => true,
                _ => throw new ArgumentException(Describe(observation, "is an estimate or a plan; a bulk dataset holds actuals (实际) and targets (目标)"), nameof(observations)),
            };
            if (observation.Period.Kind != ReportingPeriodKind.Year)
            {
                throw new ArgumentException(Describe(observation, "is not for a calendar year (年度)"), nameof(observations));
            }
            double value = observation.HasValue
                ? observation.Value.ConvertTo(observation.Indicator.Unit).Value
                : double.NaN;
            // The same bound as the CSV loader's: a few observations with far-apart years must not ask for gigabytes.
            if (collector.BoundProblem(observation.Zone.Code, observation.Indicator, observation.Period.CalendarYear) is { } bound)
            {
                throw new ArgumentOutOfRangeException(nameof(observations), Describe(observation, "cannot be added: " + bound.Reason));
            }
            switch (collector.Add(observation.Zone.Code, observation.Indicator, observation.Period.CalendarYear, isTarget, value, n, out int first))
            {
                case BulkCellCollector.Outcome.Duplicate:
                    throw new ArgumentException(Describe(observation, string.Create(CultureInfo.InvariantCulture, $"fills the cell already filled by observation {first} ({list[first]})")), nameof(observations));
                case BulkCellCollector.Outcome.NoWeight:
                    throw new ArgumentException(Describe(observation, "is for an indicator with no weight"), nameof(weights));
            }
        }
        return collector.Build() ?? throw new ArgumentException("There are no observations.", nameof(observations));
    }

    private static string Describe(Observation observation, string problem) =>
        string.Create(CultureInfo.InvariantCulture, $"Observation {observation} {problem}.");
}
