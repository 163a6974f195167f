namespace Indicators.Assessment;

/// <summary>The aggregation of <see cref="AssessmentScheme.Evaluate"/>; pure, so one scheme may evaluate on many threads.</summary>
internal static partial class AssessmentEvaluator
{
    internal static AssessmentResult Evaluate(AssessmentScheme scheme, AssessmentZone[] zones)
    {
        var seen = new HashSet<ZoneId>();
        foreach (var zone in zones)
        {
            Guard.Against.False(zone is not null, nameof(zones), "A zone is null.");
            Guard.Against.False(seen.Add(zone.Id), nameof(zones), $"Zone '{zone.Id.Code}' is given twice.");
            CheckEvents(scheme, zone);
        }

        // A scheme weighted by zone type scores each zone by its type's weights; all are ranked together below.
        var table = new ValueTable(scheme.SchemesOf(zones), zones);
        var populations = Populations(table, zones.Length);
        var results = new ZoneAssessment[zones.Length];
        for (var i = 0; i < zones.Length; i++)
        {
            results[i] = Assess(table, zones[i], i, populations);
            results[i].ScoredByType(scheme.WeightsBy, zones[i]);
        }
        Rank(scheme, results);
        foreach (var result in results)
        {
            result.Grade = Grade(scheme, result);
        }
        return new AssessmentResult(scheme, results);
    }

    private static void CheckEvents(AssessmentScheme scheme, AssessmentZone zone)
    {
        foreach (var code in zone.Events.Keys)
        {
            if (!scheme.BonusItems.Any(b => b.Code == code) && !scheme.DeductionItems.Any(d => d.Code == code))
            {
                throw new AssessmentException("Zone '" + zone.Id.Code + "' reports events of '" + code + "', which is no bonus or deduction item of scheme '" + scheme.Name + "'.");
            }
        }
        foreach (var code in zone.Vetoes.Keys)
        {
            if (!scheme.VetoRules.Any(v => v.Code == code))
            {
                throw new AssessmentException("Zone '" + zone.Id.Code + "' triggers veto '" + code + "', which is no veto rule of scheme '" + scheme.Name + "'.");
            }
        }
    }

    /// <summary>For each column of a relative indicator, each zone's population entry (null where the zone has no value).</summary>
    /// <remarks>Under weights by type, a zone whose type does not assess an indicator is no part of its population.</remarks>
    private static ColumnPopulation?[] Populations(ValueTable table, int zoneCount)
    {
        var result = new ColumnPopulation?[table.Width];
        foreach (var scheme in table.Schemes)
        {
            for (var c = 0; c < scheme.Columns.Length; c++)
            {
                var indicators = scheme.Scheme.Categories[c].Indicators;
                for (var i = 0; i < indicators.Count; i++)
                {
                    var column = scheme.Columns[c][i];
                    if (!indicators[i].Method.IsRelative || result[column] is not null)
                    {
                        continue;
                    }
                    var values = new double?[zoneCount];
                    for (var z = 0; z < zoneCount; z++)
                    {
                        values[z] = table.SchemeOf[z].Scores[column] ? table.Value(z, column) : null;
                    }
                    result[column] = new ColumnPopulation(values, indicators[i].Definition.Polarity);
                }
            }
        }
        return result;
    }

    private static ZoneAssessment Assess(ValueTable table, AssessmentZone zone, int index, ColumnPopulation?[] populations)
    {
        var columns = table.SchemeOf[index];
        var scheme = columns.Scheme;
        var categories = new List<CategoryAssessment>(scheme.Categories.Count);
        for (var c = 0; c < scheme.Categories.Count; c++)
        {
            var category = scheme.Categories[c];
            var dropped = 0.0;
            for (var i = 0; i < category.Indicators.Count; i++)
            {
                var indicator = category.Indicators[i];
                if (table.Value(index, columns.Columns[c][i]) is null)
                {
                    if (indicator.MissingData == MissingDataPolicy.Error)
                    {
                        throw new AssessmentException("Zone '" + zone.Id.Code + "' has no value for indicator '" + indicator.Code + "' (" +
                            indicator.Definition.ChineseName + ") in category '" + category.Name + "', whose missing-data policy is Error.");
                    }
                    if (indicator.MissingData == MissingDataPolicy.Reweight)
                    {
                        dropped += indicator.Points;
                    }
                }
            }
            var scale = Reweighting.Scale(columns.CategoryPoints[c], dropped, category.Weight);
            if (double.IsNaN(scale))
            {
                throw new AssessmentException("Zone '" + zone.Id.Code + "' has no value for any indicator of category '" + category.Name +
                    "', so its weight cannot be reweighted.");
            }

            // Scaling the sum once or each weight is one definition for methods proportional to the weight (Reweighting).
            var cells = new CategoryCells(zone, index, category, columns.Columns[c], category.WeightScale(scale), table, populations);
            var assessed = new CategoryAssessment(category, cells.Score(), scale, cells.Assessments);
            if (!double.IsFinite(assessed.Uncapped))
            {
                throw new AssessmentException("Zone '" + zone.Id.Code + "' scores beyond the range of a number in category '" + category.Name + "'.");
            }
            categories.Add(assessed);
        }

        var bonusItems = new List<ItemPoints>();
        foreach (var item in scheme.BonusItems)
        {
            if (zone.Events.TryGetValue(item.Code, out var count) && count > 0)
            {
                bonusItems.Add(new ItemPoints(item.Code, item.Name, count, item.Award(count)));
            }
        }
        var bonus = bonusItems.Sum(b => b.Points);
        if (scheme.BonusCap is double cap)
        {
            bonus = Math.Min(bonus, cap);
        }

        var deductionItems = new List<ItemPoints>();
        foreach (var item in scheme.DeductionItems)
        {
            if (zone.Events.TryGetValue(item.Code, out var count) && count > 0)
            {
                deductionItems.Add(new ItemPoints(item.Code, item.Name, count, item.PointsPerEvent * count));
            }
        }

        var vetoes = scheme.VetoRules
            .Where(r => zone.Vetoes.ContainsKey(r.Code))
            .Select(r => new AppliedVeto(r, zone.Vetoes[r.Code]))
            .ToList();
        return new ZoneAssessment(zone, categories, bonusItems, bonus, deductionItems, vetoes);
    }

    /// <summary>
    /// Each zone's population entry of one relative indicator (<see cref="Ranking.Populations"/>, with the total, mean and
    /// median of <see cref="PopulationStatistics"/>), kept as the ranks and the one population they share.
    /// </summary>
    private sealed class ColumnPopulation
    {
        private readonly int?[] ranks;
        private readonly ScoringPopulation shared;

        internal ColumnPopulation(double?[] values, Polarity polarity)
        {
            (ranks, var best, var worst, var count) = Ranking.RankedValues(values, polarity, default);
            // The statistics are the same for every zone: added to one population (its rank a placeholder, replaced in At).
            var one = new ScoringPopulation?[] { new ScoringPopulation(best, worst, 1, count) };
            PopulationStatistics.Add(one, values);
            shared = one[0]!.Value;
        }

        /// <summary>The zone's population entry, or null where it has no value.</summary>
        internal ScoringPopulation? At(int zone) => ranks[zone] is int rank ? shared with { Rank = rank } : null;
    }

    /// <summary>
    /// One category's indicators of one zone: their points when scored, and each one's <see cref="IndicatorAssessment"/> (the
    /// value, targets, weight and population the method was given, the score that formats its text) made when the category's
    /// indicators are first read, from the same table: 2,800 zones × 60 indicators are scored a year, and few are looked at.
    /// </summary>
    private sealed class CategoryCells(AssessmentZone zone, int index, SchemeCategory category, int[] columns, double scale,
        ValueTable table, ColumnPopulation?[] populations)
    {
        private readonly double[] points = new double[category.Indicators.Count];

        // The scores of a user's own methods, kept whole as their Score returned them (text and all); null when none.
        private IndicatorScore?[]? whole;
        private IReadOnlyList<IndicatorAssessment>? assessments;

        /// <summary>Scores each indicator; returns the sum of the points in declaration order (各项得分之和).</summary>
        /// <exception cref="AssessmentException">A method refuses the input or gives a non-finite score.</exception>
        internal double Score()
        {
            var sum = 0.0;
            for (var i = 0; i < points.Length; i++)
            {
                var indicator = category.Indicators[i];
                var (value, weight, targets, population) = Cell(i);
                if (value is double present)
                {
                    var input = new ScoringInput(present, weight, indicator.Definition.Polarity, targets.Target, targets.Stretch, targets.Baseline, population);
                    points[i] = Points(indicator, in input, i);
                }
                sum += points[i];
            }
            return sum;
        }

        /// <summary>The indicators' assessments, made on first call (a race makes equal lists and keeps one).</summary>
        internal IReadOnlyList<IndicatorAssessment> Assessments()
        {
            if (assessments is { } known)
            {
                return known;
            }
            var made = new IndicatorAssessment[points.Length];
            for (var i = 0; i < made.Length; i++)
            {
                var indicator = category.Indicators[i];
                var (value, weight, targets, population) = Cell(i);
                made[i] = value is not double present
                    ? indicator.MissingData == MissingDataPolicy.ScoreZero
                        ? new IndicatorAssessment(indicator, weight, null, targets, IndicatorAssessmentStatus.MissingScoredZero, null, null)
                        : new IndicatorAssessment(indicator, 0, null, targets, IndicatorAssessmentStatus.MissingReweighted, null, null)
                    : whole?[i] is { } score
                        ? new IndicatorAssessment(indicator, weight, present, targets, IndicatorAssessmentStatus.Scored, score, population)
                        : new IndicatorAssessment(indicator, weight, present, targets, points[i], population);
            }
            return Interlocked.CompareExchange(ref assessments, made, null) ?? made;
        }

        /// <summary>The indicator's value, the weight it is scored at, its targets (the zone's, else the scheme's defaults)
        /// and, for a relative method, where the value stands among the zones.</summary>
        private (double? Value, double Weight, ZoneTargets Targets, ScoringPopulation? Population) Cell(int i)
        {
            var indicator = category.Indicators[i];
            var targets = zone.Targets.Count > 0 && zone.Targets.TryGetValue(indicator.Code, out var own) ? own.Over(indicator.DefaultTargets) : indicator.DefaultTargets;
            var value = table.Value(index, columns[i]);
            var population = value is not null && indicator.Method.IsRelative ? populations[columns[i]]!.At(index) : null;
            return (value, indicator.Points * scale, targets, population);
        }

        private double Points(SchemeIndicator indicator, in ScoringInput input, int i)
        {
            double result;
            try
            {
                // A built-in method gives its points alone (the same bits as its Score) and its text when first read.
                if (indicator.Method is IPointsOnly pointsOnly)
                {
                    result = pointsOnly.Points(in input);
                }
                else
                {
                    var score = indicator.Method.Score(in input);
                    (whole ??= new IndicatorScore?[points.Length])[i] = score;
                    result = score.Points;
                }
            }
            catch (ArgumentException e)
            {
                // A method rejects what it cannot score (no target, a target of zero): say which zone and indicator.
                throw new AssessmentException("Method '" + indicator.Method.Name + "' cannot score zone '" + zone.Id.Code + "' on indicator '" +
                    indicator.Shown + "': " + e.Message, e);
            }
            if (!double.IsFinite(result))
            {
                throw new AssessmentException("Method '" + indicator.Method.Name + "' gave zone '" + zone.Id.Code + "' a non-finite score for indicator '" +
                    indicator.Shown + "'.");
            }
            return result;
        }
    }

    private static void Rank(AssessmentScheme scheme, ZoneAssessment[] results)
    {
        // An excluded zone has no score to rank, so it neither takes a rank nor pushes the others down.
        var overall = Ranking.Rank(results.Select(r => r.IsExcludedFromRanking ? (double?)null : r.Total).ToArray(), scheme.RankingOptions);
        for (var i = 0; i < results.Length; i++)
        {
            results[i].Rank = results[i].IsExcludedFromRanking ? null : overall[i];
        }
        var inGroups = Ranking.RankWithinGroups(
            results.Where(r => r.Group is not null).Select(r => (r.Id, r.Group!, r.IsExcludedFromRanking ? (double?)null : r.Total)),
            scheme.RankingOptions);
        foreach (var result in results)
        {
            result.GroupRank = result.IsExcludedFromRanking ? null : inGroups.GetValueOrDefault(result.Id);
        }
    }

    private static string? Grade(AssessmentScheme scheme, ZoneAssessment result)
    {
        var grades = scheme.Grades;
        var index = -1;
        for (var g = 0; g < grades.Count && index < 0; g++)
        {
            // Totals are sums of doubles: compare at 9 decimals so 89.99999999999 reaches a 90 threshold.
            if (grades[g].MinimumScore is double minimum ? Math.Round(result.Total, 9) >= minimum
                : result.Rank is int rank && rank <= grades[g].LastRank)
            {
                index = g;
            }
        }
        if (index < 0)
        {
            return null;
        }
        foreach (var veto in result.Vetoes.Where(v => v.Rule.Form == VetoForm.CapGrade))
        {
            for (var g = 0; g < grades.Count; g++)
            {
                if (grades[g].Name == veto.Rule.GradeCap)
                {
                    index = Math.Max(index, g);
                }
            }
        }
        return grades[index].Name;
    }
}
