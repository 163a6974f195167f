using System.Globalization;
using Indicators.Assessment;
using Indicators.Bulk;
using Indicators.Data;
using Indicators.Rules;
using Indicators.Tool.Output;

namespace Indicators.Tool.Compute;

/// <summary>One zone's figures for one indicator and year: the inputs and what the library computes from them.</summary>
/// <param name="Zone">The zone.</param>
/// <param name="Indicator">The catalogue's definition (the value and target are in its unit).</param>
/// <param name="Year">The year.</param>
/// <param name="Value">The value (实际值), or null when missing.</param>
/// <param name="Target">The target (目标), or null when none.</param>
/// <param name="Growth">The year-on-year growth (同比), or null without both years' values.</param>
/// <param name="Completion">The completion (完成情况), or null without a value and a target.</param>
/// <param name="Attained">Whether the target is attained, or null without a completion rate.</param>
/// <param name="Share">The zone's share of all zones' total (占全部开发区合计比重), or null (not additive, or a zone's value missing).</param>
/// <param name="Rank">The rank by value among the zones with one (逆向 indicators lowest first), or null.</param>
/// <param name="RankedCount">How many zones have a value that year.</param>
/// <param name="RankChange">The rank against the year before, when both years are ranked.</param>
/// <param name="Pacing">The pacing (序时进度) when the data are 1-N月 figures (--month), else null.</param>
internal sealed record FigureCell(
    string Zone, IndicatorDefinition Indicator, int Year, double? Value, double? Target, GrowthResult? Growth,
    CompletionResult? Completion, bool? Attained, ShareResult? Share, int? Rank, int RankedCount, RankChange? RankChange,
    PacingResult? Pacing);

/// <summary>A zone's weighted score (综合得分) and rank (排名) in a year, from the bulk engine.</summary>
/// <param name="Zone">The zone.</param>
/// <param name="Year">The year.</param>
/// <param name="Score">The score, or null when none of its indicators has a completion.</param>
/// <param name="Rank">The rank by score, or null without a score.</param>
internal sealed record ZoneScore(string Zone, int Year, double? Score, int? Rank);

/// <summary>
/// The figures of <c>indicators compute</c> and <c>indicators phrase</c>: data files loaded with the one loader
/// (<see cref="DataLoader"/>), each value and target turned into an <see cref="Observation"/> in its catalogue
/// indicator's unit, a <see cref="BulkDataset"/> built from them (<see cref="BulkDatasetFactory.FromObservations"/>, equal
/// weights) and recomputed by <see cref="BulkEngine"/>; growth and completion read as the scalar results
/// (<see cref="BulkResults.GetGrowthResult"/>, <see cref="BulkResults.GetCompletionResult"/>, which the engine's
/// documentation says to report with), shares, ranks by value and pacing by the library's calculations.
/// </summary>
internal sealed class ComputedFigures
{
    private ComputedFigures(List<FigureCell> cells, List<ZoneScore> scores, IReadOnlyList<int> years, IReadOnlyList<string> zones)
    {
        Cells = cells;
        Scores = scores;
        Years = years;
        Zones = zones;
    }

    /// <summary>Every cell with a value, a target or an explicitly missing value, by zone, indicator and year.</summary>
    internal IReadOnlyList<FigureCell> Cells { get; }

    /// <summary>Every zone's score and rank, by zone and year.</summary>
    internal IReadOnlyList<ZoneScore> Scores { get; }

    /// <summary>The years, ascending.</summary>
    internal IReadOnlyList<int> Years { get; }

    /// <summary>The zones, in the data's order.</summary>
    internal IReadOnlyList<string> Zones { get; }

    /// <summary>An indicator of the standard catalogue by code, Chinese name or alias, or null.</summary>
    internal static IndicatorDefinition? Resolve(string name) =>
        IndicatorCatalog.Standard.TryGet(name.Trim(), out var byCode) ? byCode
        : IndicatorCatalog.Standard.TryGetByName(name, out var byName) ? byName : null;

    /// <summary>
    /// Loads and computes. Errors (one line each, in the compiler format: the place, <c>error</c>, the code, the message)
    /// go to <paramref name="errors"/>; the result is null when there is any.
    /// </summary>
    /// <param name="paths">The data files.</param>
    /// <param name="month">With 1-N月 figures, N: pacing against N/12 of each target; null for whole years.</param>
    /// <param name="skipUnknown">Whether an indicator the catalogue does not know is left out with a warning rather than an error.</param>
    /// <param name="progress">The progress bar.</param>
    /// <param name="errors">Where errors and warnings go, one line each.</param>
    internal static ComputedFigures? Load(IReadOnlyList<string> paths, int? month, bool skipUnknown, ProgressBar progress, List<string> errors)
    {
        var loaded = DataLoader.Load(paths);
        errors.AddRange(loaded.Diagnostics.Select(d => d.ToString()));
        if (!loaded.TryGetValue(out var data))
        {
            return null;
        }
        var observations = Observations(data, skipUnknown, errors);
        if (observations is null)
        {
            return null;
        }
        var built = BulkDatasetFactory.FromObservations(observations);
        errors.AddRange(built.Diagnostics.Select(d => d.ToString()));
        if (!built.TryGetValue(out var dataset))
        {
            return null;
        }
        var results = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, results);
        return Collect(dataset, results, observations, month, progress);
    }

    /// <summary>The data as observations in the catalogue's units; null (and errors) for an unknown indicator or unit.</summary>
    private static List<Observation>? Observations(ZoneData data, bool skipUnknown, List<string> errors)
    {
        var observations = new List<Observation>();
        var failed = false;
        var definitions = new Dictionary<string, IndicatorDefinition?>(StringComparer.Ordinal);
        IndicatorDefinition? Definition(string name, DataSource at)
        {
            if (!definitions.TryGetValue(name, out var definition))
            {
                definition = Resolve(name);
                definitions[name] = definition;
                if (definition is null && !IsDerivedSeries(name))
                {
                    // Never a guess: without the catalogue's unit and direction a rank or a completion could be upside down.
                    errors.Add(Error(at, skipUnknown ? "warning" : "error", "CP1001", $"unknown indicator “{name}”: not a code, Chinese name or alias of the standard catalogue; its unit and direction are unknown" + (skipUnknown ? ", left out" : " (--skip-unknown leaves such indicators out)")));
                    failed |= !skipUnknown;
                }
            }
            return definition;
        }
        foreach (var name in data.Indicators)
        {
            foreach (var zone in data.Zones)
            {
                foreach (var year in data.Years)
                {
                    if (!data.IsGiven(zone, name, year))
                    {
                        continue;
                    }
                    var at = data.GetSource(zone, name, year);
                    if (Definition(name, at) is not { } definition)
                    {
                        continue;
                    }
                    var period = ReportingPeriod.Year(year);
                    if (data.GetValue(zone, name, year) is not { } value)
                    {
                        observations.Add(Observation.Missing(ZoneId.Of(zone), definition, period));
                    }
                    else if (Quantity(value, data.GetUnit(zone, name, year), definition, at, errors) is { } quantity)
                    {
                        observations.Add(Observation.Of(ZoneId.Of(zone), definition, period, quantity));
                    }
                    else
                    {
                        failed = true;
                    }
                }
            }
        }
        foreach (var target in data.Targets)
        {
            if (target.Target is not { } value || Definition(target.Indicator, target.At) is not { } definition)
            {
                continue;
            }
            if (Quantity(value, target.Unit, definition, target.At, errors) is { } quantity)
            {
                observations.Add(Observation.Of(ZoneId.Of(target.Zone), definition, ReportingPeriod.Year(target.Year), quantity, ObservationKind.Target));
            }
            else
            {
                failed = true;
            }
        }
        return failed ? null : observations;
    }

    /// <summary>A 统计月报 table's 本月 and 增速 columns load as 「指标」本月 and 「指标」增速: series of a known indicator,
    /// not indicators of their own; compute computes growth from the values and leaves them out.</summary>
    private static bool IsDerivedSeries(string name) =>
        (name.EndsWith(TableReader.MonthSuffix, StringComparison.Ordinal) && Resolve(name[..^TableReader.MonthSuffix.Length]) is not null)
        || (name.EndsWith(TableReader.GrowthSuffix, StringComparison.Ordinal) && Resolve(name[..^TableReader.GrowthSuffix.Length]) is not null);

    private static Quantity? Quantity(double value, string? unitText, IndicatorDefinition definition, DataSource at, List<string> errors)
    {
        var unit = definition.Unit;
        if (unitText is not null)
        {
            var parsed = Unit.Parse(unitText);
            if (!parsed.TryGetValue(out var given))
            {
                errors.Add(Error(at, "error", "CP1002", $"unknown unit “{unitText}” for {definition.ChineseName}: {parsed.Error!.Message}"));
                return null;
            }
            if (!given.IsCompatibleWith(unit))
            {
                errors.Add(Error(at, "error", "CP1002", $"{definition.ChineseName} is measured in {unit.Symbol}; a value in {given.Symbol} does not measure the same"));
                return null;
            }
            unit = given;
        }
        return Indicators.Quantity.Of(value, unit);
    }

    private static string Error(DataSource at, string severity, string code, string message) =>
        (at.Source is null ? "" : at + ": ") + severity + " " + code + ": " + message;

    private static ComputedFigures Collect(BulkDataset dataset, BulkResults results, List<Observation> observations, int? month, ProgressBar progress)
    {
        var zones = dataset.ZoneIds!;
        var codes = dataset.IndicatorCodes!;
        var definitions = codes.Select(c => IndicatorCatalog.Standard[c]).ToArray();
        var zoneIndex = zones.Select((z, i) => (z, i)).ToDictionary(p => p.z, p => p.i, StringComparer.Ordinal);
        var indicatorIndex = codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var given = new HashSet<(int, int, int)>();
        foreach (var observation in observations)
        {
            given.Add((zoneIndex[observation.Zone.Code], indicatorIndex[observation.Indicator.Code], observation.Period.CalendarYear - dataset.FirstYear));
        }
        var (ranks, ranked, wholes) = RanksAndWholes(dataset, definitions);
        var cells = new List<FigureCell>();
        var scores = new List<ZoneScore>();
        for (var z = 0; z < dataset.ZoneCount; z++)
        {
            for (var i = 0; i < dataset.IndicatorCount; i++)
            {
                for (var y = 0; y < dataset.YearCount; y++)
                {
                    if (!given.Contains((z, i, y)))
                    {
                        continue;
                    }
                    var value = dataset.GetActual(z, i, y);
                    var target = dataset.GetTarget(z, i, y);
                    var completion = results.GetCompletionResult(z, i, y);
                    var rank = ranks[i][y][z];
                    cells.Add(new FigureCell(
                        zones[z], definitions[i], dataset.FirstYear + y, value, target,
                        results.GetGrowthResult(z, i, y),
                        completion,
                        results.GetCompletion(z, i, y) is null ? null : results.IsAttained(z, i, y),
                        value is { } part && wholes[i][y] is { } whole ? Indicators.Share.Of(part, whole) : null,
                        rank,
                        ranked[i][y],
                        y > 0 && rank is not null && ranks[i][y - 1][z] is { } before ? Indicators.RankChange.Between(before, rank) : null,
                        month is { } m && value is { } ytd && target is { } annual ? Indicators.Pacing.ByMonths(ytd, annual, m) : null));
                }
            }
            for (var y = 0; y < dataset.YearCount; y++)
            {
                // The engine ranks a zone without a score last with the others; printed, that would be a rank of nothing.
                var score = results.GetScore(z, y);
                scores.Add(new ZoneScore(zones[z], dataset.FirstYear + y, score, score is null ? null : results.GetRank(z, y)));
            }
            progress.Report("computing", z + 1, dataset.ZoneCount, "zones");
        }
        progress.Done();
        return new ComputedFigures(cells, scores, [.. Enumerable.Range(dataset.FirstYear, dataset.YearCount)], zones);
    }

    /// <summary>Per indicator and year: each zone's rank by value (the library's <see cref="Ranking"/>, competition ranks,
    /// the indicator's polarity), how many were ranked, and the total of all zones (null when one is missing or the
    /// indicator is a ratio or index, which do not add up).</summary>
    private static (int?[][][] Ranks, int[][] Ranked, double?[][] Wholes) RanksAndWholes(BulkDataset dataset, IndicatorDefinition[] definitions)
    {
        var ranks = new int?[dataset.IndicatorCount][][];
        var ranked = new int[dataset.IndicatorCount][];
        var wholes = new double?[dataset.IndicatorCount][];
        var values = new double?[dataset.ZoneCount];
        for (var i = 0; i < dataset.IndicatorCount; i++)
        {
            ranks[i] = new int?[dataset.YearCount][];
            ranked[i] = new int[dataset.YearCount];
            wholes[i] = new double?[dataset.YearCount];
            var additive = definitions[i].Nature is IndicatorNature.Flow or IndicatorNature.Stock;
            for (var y = 0; y < dataset.YearCount; y++)
            {
                double? whole = additive ? 0 : null;
                for (var z = 0; z < dataset.ZoneCount; z++)
                {
                    values[z] = dataset.GetActual(z, i, y);
                    whole = values[z] is { } v ? whole + v : null;
                }
                ranks[i][y] = Ranking.Rank(values, RankingOptions.Default with { Polarity = dataset.GetPolarity(i) });
                ranked[i][y] = values.Count(v => v is not null);
                wholes[i][y] = whole is { } w && double.IsFinite(w) ? w : null;
            }
        }
        return (ranks, ranked, wholes);
    }

    /// <summary>The year's text for messages.</summary>
    internal string YearRange() => Years.Count == 1
        ? Years[0].ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Years[0]}–{Years[^1]}");
}
