namespace Indicators.Assessment;

/// <summary>The aggregation of <see cref="AssessmentScheme.Evaluate"/>; pure, so one scheme may evaluate on many threads.</summary>
internal static class AssessmentEvaluator
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
        var schemes = scheme.SchemesOf(zones);
        var populations = Populations(schemes, zones);
        var results = new ZoneAssessment[zones.Length];
        for (var i = 0; i < zones.Length; i++)
        {
            results[i] = Assess(schemes[i], zones[i], i, populations);
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

    /// <summary>For each relative indicator, each zone's population entry (null where the zone has no value).</summary>
    /// <remarks>Under weights by type, a zone whose type does not assess an indicator is no part of its population.</remarks>
    private static Dictionary<string, ScoringPopulation?[]> Populations(AssessmentScheme[] schemes, AssessmentZone[] zones)
    {
        var result = new Dictionary<string, ScoringPopulation?[]>(StringComparer.Ordinal);
        foreach (var indicator in schemes.Distinct().SelectMany(s => s.Categories).SelectMany(c => c.Indicators).Where(i => i.Method.IsRelative))
        {
            if (result.ContainsKey(indicator.Code))
            {
                continue;
            }
            var values = zones.Select((z, i) => schemes[i].Scores(indicator.Code) ? ValueOf(z, indicator.Code) : null).ToArray();
            var entries = Ranking.Populations(values, indicator.Definition.Polarity);
            if (indicator.Method is RatioToScoring)
            {
                PopulationStatistics.Add(entries, values);
            }
            result.Add(indicator.Code, entries);
        }
        return result;
    }

    private static double? ValueOf(AssessmentZone zone, string code) => zone.Values.TryGetValue(code, out var v) ? v : null;

    private static ZoneAssessment Assess(AssessmentScheme scheme, AssessmentZone zone, int index, Dictionary<string, ScoringPopulation?[]> populations)
    {
        var categories = new List<CategoryAssessment>(scheme.Categories.Count);
        foreach (var category in scheme.Categories)
        {
            var dropped = 0.0;
            foreach (var indicator in category.Indicators)
            {
                if (ValueOf(zone, indicator.Code) is null)
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
            var scale = Reweighting.Scale(category.Indicators.Sum(i => i.Points), dropped, category.Weight);
            if (double.IsNaN(scale))
            {
                throw new AssessmentException("Zone '" + zone.Id.Code + "' has no value for any indicator of category '" + category.Name +
                    "', so its weight cannot be reweighted.");
            }

            // Scaling the sum once or each weight is one definition for methods proportional to the weight (Reweighting).
            var weightScale = category.WeightScale(scale);
            var indicators = new List<IndicatorAssessment>(category.Indicators.Count);
            foreach (var indicator in category.Indicators)
            {
                indicators.Add(Score(zone, index, indicator, weightScale, populations));
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

    private static IndicatorAssessment Score(AssessmentZone zone, int index, SchemeIndicator indicator, double scale,
        Dictionary<string, ScoringPopulation?[]> populations)
    {
        var targets = zone.Targets.TryGetValue(indicator.Code, out var own) ? own.Over(indicator.DefaultTargets) : indicator.DefaultTargets;
        if (ValueOf(zone, indicator.Code) is not double value)
        {
            return indicator.MissingData == MissingDataPolicy.ScoreZero
                ? new IndicatorAssessment(indicator, indicator.Points * scale, null, targets, IndicatorAssessmentStatus.MissingScoredZero, null, null)
                : new IndicatorAssessment(indicator, 0, null, targets, IndicatorAssessmentStatus.MissingReweighted, null, null);
        }
        var weight = indicator.Points * scale;
        var population = indicator.Method.IsRelative ? populations[indicator.Code][index] : null;
        var input = new ScoringInput(value, weight, indicator.Definition.Polarity, targets.Target, targets.Stretch, targets.Baseline, population);
        IndicatorScore score;
        try
        {
            score = indicator.Method.Score(in input);
        }
        catch (ArgumentException e)
        {
            // A method rejects what it cannot score (no target, a target of zero): say which zone and indicator.
            throw new AssessmentException("Method '" + indicator.Method.Name + "' cannot score zone '" + zone.Id.Code + "' on indicator '" +
                indicator.Shown + "': " + e.Message, e);
        }
        if (!double.IsFinite(score.Points))
        {
            throw new AssessmentException("Method '" + indicator.Method.Name + "' gave zone '" + zone.Id.Code + "' a non-finite score for indicator '" +
                indicator.Shown + "'.");
        }
        return new IndicatorAssessment(indicator, weight, value, targets, IndicatorAssessmentStatus.Scored, score, population);
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
