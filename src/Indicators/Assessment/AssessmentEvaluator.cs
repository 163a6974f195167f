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
    private static ScoringPopulation?[]?[] Populations(ValueTable table, int zoneCount)
    {
        var result = new ScoringPopulation?[]?[table.Width];
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
                    var entries = Ranking.Populations(values, indicators[i].Definition.Polarity);
                    // The total, mean and median of the ratio to a reference, for every relative method as in bulk.
                    PopulationStatistics.Add(entries, values);
                    result[column] = entries;
                }
            }
        }
        return result;
    }

    private static ZoneAssessment Assess(ValueTable table, AssessmentZone zone, int index, ScoringPopulation?[]?[] populations)
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
            var weightScale = category.WeightScale(scale);
            var indicators = new List<IndicatorAssessment>(category.Indicators.Count);
            for (var i = 0; i < category.Indicators.Count; i++)
            {
                var column = columns.Columns[c][i];
                indicators.Add(Score(zone, category.Indicators[i], weightScale, table.Value(index, column), populations[column]?[index]));
            }
            var assessed = new CategoryAssessment(category, indicators, scale);
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

    private static IndicatorAssessment Score(AssessmentZone zone, SchemeIndicator indicator, double scale, double? given,
        ScoringPopulation? entry)
    {
        var targets = zone.Targets.Count > 0 && zone.Targets.TryGetValue(indicator.Code, out var own) ? own.Over(indicator.DefaultTargets) : indicator.DefaultTargets;
        if (given is not double value)
        {
            return indicator.MissingData == MissingDataPolicy.ScoreZero
                ? new IndicatorAssessment(indicator, indicator.Points * scale, null, targets, IndicatorAssessmentStatus.MissingScoredZero, null, null)
                : new IndicatorAssessment(indicator, 0, null, targets, IndicatorAssessmentStatus.MissingReweighted, null, null);
        }
        var weight = indicator.Points * scale;
        var population = indicator.Method.IsRelative ? entry : null;
        var input = new ScoringInput(value, weight, indicator.Definition.Polarity, targets.Target, targets.Stretch, targets.Baseline, population);
        // A built-in method gives its points alone (the same bits as its Score) and its text when first read.
        var pointsOnly = indicator.Method as IPointsOnly;
        IndicatorScore? score = null;
        double points;
        try
        {
            points = pointsOnly is not null ? pointsOnly.Points(in input) : (score = indicator.Method.Score(in input)).Value.Points;
        }
        catch (ArgumentException e)
        {
            // A method rejects what it cannot score (no target, a target of zero): say which zone and indicator.
            throw new AssessmentException("Method '" + indicator.Method.Name + "' cannot score zone '" + zone.Id.Code + "' on indicator '" +
                indicator.Shown + "': " + e.Message, e);
        }
        if (!double.IsFinite(points))
        {
            throw new AssessmentException("Method '" + indicator.Method.Name + "' gave zone '" + zone.Id.Code + "' a non-finite score for indicator '" +
                indicator.Shown + "'.");
        }
        return score is { } whole
            ? new IndicatorAssessment(indicator, weight, value, targets, IndicatorAssessmentStatus.Scored, whole, population)
            : new IndicatorAssessment(indicator, weight, value, targets, points, population);
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
