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
    /// <returns>The dataset, or no dataset and a diagnostic for every observation that cannot fill a cell (each naming the
    /// observation, with no line or column): <c>BK3006</c> not for a calendar year, <c>BK3007</c> an estimate or a plan,
    /// <c>BK3001</c> a cell filled twice, <c>BK3002</c> an indicator without a weight, <c>BK3003</c>/<c>BK3004</c> a dataset
    /// that would span more than 200 years or more than max(65,536, 256 × observations) cells (as <see cref="BulkCsv"/>
    /// refuses such a row: a few far-apart observations must not ask for gigabytes), <c>BK3005</c> no observations.
    /// Bad content is never thrown: every observation is checked and all the problems are reported at once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A weight names an unknown indicator, or one twice (the weights are the caller's
    /// own arguments, not content).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite.</exception>
    public static Outcome<BulkDataset> FromObservations(
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
        var diagnostics = new List<Diagnostic>();
        void Refuse(int n, string code, string problem, string chineseProblem) => diagnostics.Add(Diagnostic.Unplaced(code,
            Describe(list[n], problem), string.Create(CultureInfo.InvariantCulture, $"观测值 {list[n]}{chineseProblem}。"),
            string.Create(CultureInfo.InvariantCulture, $"observation {n}")));
        for (int n = 0; n < list.Count; n++)
        {
            var observation = list[n];
            bool? isTarget = observation.Kind switch
            {
                ObservationKind.Actual => false,
                ObservationKind.Target => true,
                _ => null,
            };
            if (isTarget is null)
            {
                Refuse(n, "BK3007", "is an estimate or a plan; a bulk dataset holds actuals (实际) and targets (目标)", "是预计值或计划值；批量数据集只存实际值和目标值");
                continue;
            }
            if (observation.Period.Kind != ReportingPeriodKind.Year)
            {
                Refuse(n, "BK3006", "is not for a calendar year (年度)", "不是年度数据");
                continue;
            }
            double value = observation.HasValue
                ? observation.Value.ConvertTo(observation.Indicator.Unit).Value
                : double.NaN;
            // The same bound as the CSV loader's: a few observations with far-apart years must not ask for gigabytes.
            if (collector.BoundProblem(observation.Zone.Code, observation.Indicator, observation.Period.CalendarYear) is { } bound)
            {
                Refuse(n, bound.Code, "cannot be added: " + bound.Reason, "无法加入：" + bound.ChineseReason);
                continue;
            }
            switch (collector.Add(observation.Zone.Code, observation.Indicator, observation.Period.CalendarYear, isTarget.Value, value, n, out int first))
            {
                case BulkCellCollector.AddResult.Duplicate:
                    Refuse(n, BulkCellCollector.DuplicateCode, string.Create(CultureInfo.InvariantCulture, $"fills the cell already filled by observation {first} ({list[first]})"),
                        string.Create(CultureInfo.InvariantCulture, $"所填的单元格已由第 {first} 个观测值（{list[first]}）填过"));
                    break;
                case BulkCellCollector.AddResult.NoWeight:
                    Refuse(n, BulkCellCollector.NoWeightCode, "is for an indicator with no weight", "所属指标没有权重");
                    break;
            }
        }
        if (list.Count == 0)
        {
            diagnostics.Add(Diagnostic.Unplaced(BulkCellCollector.NoCellsCode, "There are no observations.", "没有观测值。"));
        }
        return new Outcome<BulkDataset>(diagnostics.Count > 0 ? null : collector.Build(), diagnostics);
    }

    private static string Describe(Observation observation, string problem) =>
        string.Create(CultureInfo.InvariantCulture, $"Observation {observation} {problem}.");
}
