using System.Globalization;
using Indicators.Assessment;

namespace Indicators.Bulk;

/// <summary>
/// An assessment scheme flattened for bulk evaluation: its indicators in declaration order (category by category), each
/// mapped to a dataset indicator by code, with the numbers the scalar evaluator reads, in arrays.
/// </summary>
internal sealed class BulkAssessmentPlan
{
    private readonly bool vectorReadsTotals;

    internal BulkAssessmentPlan(BulkDataset dataset, AssessmentScheme scheme)
    {
        if (scheme.WeightsBy is { } attribute)
        {
            // A dataset has no zone attributes, so no zone's type is known.
            throw new NotSupportedException("Scheme '" + scheme.Name + "' weighs its indicators by the zone attribute '" + attribute +
                "', which a BulkDataset does not hold; evaluate it zone by zone with AssessmentScheme.Evaluate.");
        }
        var codes = dataset.IndicatorCodes ?? throw new ArgumentException(
            "The dataset has no indicator codes, so the indicators of scheme '" + scheme.Name + "' cannot be found in it.", nameof(dataset));
        var byCode = new Dictionary<string, int>(codes.Count, StringComparer.Ordinal);
        for (int d = 0; d < codes.Count; d++)
        {
            byCode.TryAdd(codes[d], d);
        }
        var indicators = scheme.Categories.SelectMany(c => c.Indicators).ToArray();
        Indicators = indicators;
        DatasetIndex = new int[indicators.Length];
        RelativeIndex = new int[indicators.Length];
        Fast = new IPointsOnly?[indicators.Length];
        var relative = 0;
        for (int k = 0; k < indicators.Length; k++)
        {
            var indicator = indicators[k];
            Guard.Against.False(byCode.TryGetValue(indicator.Code, out var d), nameof(dataset), $"Indicator '{indicator.Code}' of scheme '{scheme.Name}' is not in the dataset.");
            Guard.Against.False(dataset.GetPolarity(d) == indicator.Definition.Polarity, nameof(dataset), $"Indicator '{indicator.Code}' is {dataset.GetPolarity(d)} in the dataset but {indicator.Definition.Polarity} in the catalogue of scheme '{scheme.Name}'.");
            DatasetIndex[k] = d;
            RelativeIndex[k] = indicator.Method.IsRelative ? relative++ : -1;
            Fast[k] = indicator.Method as IPointsOnly;
        }
        RelativeCount = relative;
        RelativeIndicators = new int[relative];
        Needs = new PopulationNeeds[relative];
        for (int k = 0; k < indicators.Length; k++)
        {
            if (RelativeIndex[k] >= 0)
            {
                RelativeIndicators[RelativeIndex[k]] = k;
                Needs[RelativeIndex[k]] = NeedsOf(indicators[k].Method);
            }
        }
        SortsPopulations = Needs.Any(n => (n & (PopulationNeeds.Ranks | PopulationNeeds.Median)) != 0);

        var categories = scheme.Categories;
        CategoryStart = new int[categories.Count + 1];
        CategoryPoints = new double[categories.Count];
        for (int c = 0; c < categories.Count; c++)
        {
            CategoryStart[c + 1] = CategoryStart[c] + categories[c].Indicators.Count;
            // As the scalar evaluator sums them (Enumerable.Sum: in order, from 0), for the same bits.
            CategoryPoints[c] = categories[c].Indicators.Sum(i => i.Points);
        }
        Categories = categories;

        VectorCategory = new bool[categories.Count];
        CategoryReweights = new bool[categories.Count];
        VectorMethods = new RatioMethod[indicators.Length];
        VectorSteps = new RatioVectors[indicators.Length];
        for (int c = 0; c < categories.Count; c++)
        {
            bool all = true;
            for (int k = CategoryStart[c]; k < CategoryStart[c + 1]; k++)
            {
                VectorMethods[k] = RatioMethod.Of(indicators[k]);
                VectorSteps[k] = new RatioVectors(VectorMethods[k], indicators[k].Points);
                all &= VectorMethods[k].Kind != RatioKind.None;
                CategoryReweights[c] |= VectorMethods[k].Reweight;
            }
            // The vector path's methods are all proportional to the weight, so such a category always reweights its sum.
            VectorCategory[c] = all && categories[c].ReweightsSum;
        }
        RelativeDataset = Array.ConvertAll(RelativeIndicators, k => DatasetIndex[k]);
        for (int c = 0; c < categories.Count; c++)
        {
            for (int k = CategoryStart[c]; k < CategoryStart[c + 1]; k++)
            {
                // The generic path hands every relative method its count and total; on the vector path only a ratio to the mean or the total reads them.
                vectorReadsTotals |= RelativeIndex[k] >= 0 && (!VectorCategory[c]
                    || indicators[k].Method is RatioToScoring { Reference: RelativeReference.Mean or RelativeReference.Total });
            }
        }
    }

    /// <summary>
    /// What a relative method reads of its population beyond the best, worst, count and total (one pass over the values
    /// gives those): the ranks and the median need a sort per indicator and year. A user's method may read anything.
    /// </summary>
    private static PopulationNeeds NeedsOf(IScoringMethod method) => method switch
    {
        RatioToScoring { Reference: RelativeReference.Median } => PopulationNeeds.Median,
        RatioToScoring or EfficacyCoefficientScoring or BenchmarkRatioScoring => PopulationNeeds.None,
        RankLadderScoring => PopulationNeeds.Ranks,
        _ => PopulationNeeds.Ranks | PopulationNeeds.Median,
    };

    /// <summary>Per relative index, what its method reads of the population beyond best, worst, count and total.</summary>
    internal PopulationNeeds[] Needs { get; }

    /// <summary>Whether some relative method needs the ranks or the median, which sort each indicator's values per year.</summary>
    internal bool SortsPopulations { get; }

    /// <summary>Per category, whether every indicator has a method <see cref="BulkAssessmentVector"/> scores four years at a time (<see cref="RatioKind"/>).</summary>
    internal bool[] VectorCategory { get; }

    /// <summary>Per relative index, its dataset indicator index.</summary>
    internal int[] RelativeDataset { get; }

    /// <summary>
    /// Whether the population pass must count and sum each relative indicator's values: always on the generic path
    /// (every relative method is given its population whole), on the vector path only for a ratio to the mean or the
    /// total or a relative method outside a vector category.
    /// </summary>
    internal bool ReadsTotals(bool vector) => !vector || vectorReadsTotals;

    /// <summary>Per scheme indicator, its ratio method's parameters, or <see cref="RatioKind.None"/>.</summary>
    internal RatioMethod[] VectorMethods { get; }

    /// <summary>Per scheme indicator, <see cref="VectorMethods"/> broadcast to vector lanes, once for every zone.</summary>
    internal RatioVectors[] VectorSteps { get; }

    /// <summary>Per vector category, whether one of its indicators reweights a missing value (else its scale is 1 in every year).</summary>
    internal bool[] CategoryReweights { get; }

    /// <summary>The scheme's indicators, category by category.</summary>
    internal SchemeIndicator[] Indicators { get; }

    /// <summary>The categories.</summary>
    internal IReadOnlyList<SchemeCategory> Categories { get; }

    /// <summary>Per scheme indicator, its dataset indicator index.</summary>
    internal int[] DatasetIndex { get; }

    /// <summary>Per scheme indicator, its index among the relative ones, or −1.</summary>
    internal int[] RelativeIndex { get; }

    /// <summary>Per relative index, the scheme indicator.</summary>
    internal int[] RelativeIndicators { get; }

    /// <summary>The number of relative indicators.</summary>
    internal int RelativeCount { get; }

    /// <summary>Per scheme indicator, the built-in method's allocation-free points, or null for a user's method.</summary>
    internal IPointsOnly?[] Fast { get; }

    /// <summary>The first scheme indicator of each category, and the count at the end.</summary>
    internal int[] CategoryStart { get; }

    /// <summary>Per category, the sum of its indicators' points.</summary>
    internal double[] CategoryPoints { get; }

    /// <summary>Whether <paramref name="dataset"/> maps the scheme's codes to the same indicators with the same polarities.</summary>
    internal void CheckSameMapping(BulkDataset dataset, string paramName)
    {
        var codes = dataset.IndicatorCodes;
        for (int k = 0; k < Indicators.Length; k++)
        {
            var d = DatasetIndex[k];
            var indicator = Indicators[k];
            Guard.Against.False(codes is not null && d < codes.Count && string.Equals(codes[d], indicator.Code, StringComparison.Ordinal)
                && dataset.GetPolarity(d) == indicator.Definition.Polarity, paramName, $"The results map indicator '{indicator.Code}' to dataset indicator {d}, which this dataset does not hold with that code and polarity; make results for this dataset.");
        }
    }
}

/// <summary>What a relative method reads of its population beyond the best, worst, count and total.</summary>
[Flags]
internal enum PopulationNeeds : byte
{
    /// <summary>Nothing more.</summary>
    None = 0,

    /// <summary>Each value's competition rank.</summary>
    Ranks = 1,

    /// <summary>The median.</summary>
    Median = 2,
}
