using System.Globalization;
using Indicators.Assessment;
using Indicators.Bulk;

namespace Indicators.Rules;

/// <summary>
/// One scheme of a plan in bulk: delegated to <see cref="BulkAssessment"/>. When the scheme scores only indicators of
/// the dataset it runs on the dataset itself; when it scores derived indicators it runs on a dataset of its own
/// indicators (data columns copied, derived columns filled from the plan's values in their units, with no target of
/// their own: the scheme's default targets apply), made once with the results and refilled by each evaluation.
/// </summary>
internal sealed class RuleBulkScheme
{
    private readonly AssessmentScheme scheme;
    private readonly BulkDataset? own;
    private readonly (int Column, int Derived)[] sources;

    private RuleBulkScheme(AssessmentScheme scheme, BulkDataset? own, (int Column, int Derived)[] sources, BulkAssessmentResults results)
    {
        this.scheme = scheme;
        this.own = own;
        this.sources = sources;
        Results = results;
    }

    internal BulkAssessmentResults Results { get; }

    internal static RuleBulkScheme Create(RulePlan plan, BulkDataset dataset, AssessmentScheme scheme)
    {
        if (plan.HasTriggers(scheme))
        {
            // Bonus, deductions and vetoes are outside the bulk path; one triggered from data would be silently left out.
            throw new NotSupportedException("Bulk assessment cannot apply the items scheme '" + scheme.Name +
                "' triggers from data (per …, when …); evaluate the plan per zone.");
        }
        var codes = dataset.IndicatorCodes ?? throw new ArgumentException(
            "The dataset has no indicator codes, so scheme '" + scheme.Name + "' cannot find its indicators in it.", nameof(dataset));
        var indicators = scheme.Categories.SelectMany(c => c.Indicators).Select(i => i.Definition).DistinctBy(d => d.Code, StringComparer.Ordinal).ToArray();
        var derivedByCode = plan.DerivedOrder.Select((slot, d) => (slot.Code, d)).ToDictionary(p => p.Code, p => p.d, StringComparer.Ordinal);
        if (indicators.All(d => codes.Contains(d.Code, StringComparer.Ordinal) || !derivedByCode.ContainsKey(d.Code)))
        {
            // Every scored indicator is data (or unknown, which BulkAssessment reports naming it).
            return new RuleBulkScheme(scheme, null, [], new BulkAssessmentResults(dataset, scheme));
        }
        var sources = new (int Column, int Derived)[indicators.Length];
        for (var k = 0; k < indicators.Length; k++)
        {
            var code = indicators[k].Code;
            if (derivedByCode.TryGetValue(code, out var d))
            {
                sources[k] = (-1, d);
                continue;
            }
            var column = RuleBulkCompiler.IndexOf(codes, code);
            Guard.Against.False(column >= 0, nameof(dataset), $"Scheme '{scheme.Name}' scores indicator '{code}', which is neither in the dataset nor derived by the rules.");
            sources[k] = (column, -1);
        }
        var own = new BulkDataset(dataset.ZoneCount, Enumerable.Repeat(1.0, indicators.Length).ToArray(),
            indicators.Select(d => d.Polarity).ToArray(), dataset.YearCount, dataset.FirstYear, indicators.Select(d => d.Code).ToArray());
        return new RuleBulkScheme(scheme, own, sources, new BulkAssessmentResults(own, scheme));
    }

    /// <summary>Assesses the scheme after the derived values are computed.</summary>
    internal void Evaluate(RulePlan plan, BulkDataset dataset, RuleBulkResults results, BulkOptions? options)
    {
        if (own is null)
        {
            BulkAssessment.Evaluate(dataset, scheme, Results, options);
            return;
        }
        var years = dataset.YearCount;
        for (var k = 0; k < sources.Length; k++)
        {
            var (column, derived) = sources[k];
            for (var zone = 0; zone < dataset.ZoneCount; zone++)
            {
                var to = own.Actual.Slice((zone * sources.Length + k) * years, years);
                var targets = own.Target.Slice((zone * sources.Length + k) * years, years);
                if (column >= 0)
                {
                    var from = (zone * dataset.IndicatorCount + column) * years;
                    dataset.Actual.Slice(from, years).CopyTo(to);
                    dataset.Target.Slice(from, years).CopyTo(targets);
                    continue;
                }
                var values = results.Values[derived].AsSpan(zone * years, years);
                var factor = plan.DerivedOrder[derived].InsideFactor;
                for (var y = 0; y < years; y++)
                {
                    // The value in the indicator's unit, as RuleBulkResults.GetValue gives it (NaN stays NaN).
                    to[y] = values[y] / factor;
                }
                targets.Fill(double.NaN);
            }
        }
        BulkAssessment.Evaluate(own, scheme, Results, options);
    }
}
