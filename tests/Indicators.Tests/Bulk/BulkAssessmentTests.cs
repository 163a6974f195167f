using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Bulk;

public class BulkAssessmentTests
{
    private static BulkAssessmentResults Evaluate(AssessmentCase c, BulkDataset dataset, AssessmentScheme scheme, int threads = 1)
    {
        var results = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, results, new BulkOptions { MaxDegreeOfParallelism = threads });
        return results;
    }

    /// <summary>Whether bulk equals the scalar evaluation of that year's zones: every point, subtotal and total bitwise, every rank.</summary>
    private static bool EqualsScalar(AssessmentCase c)
    {
        var dataset = c.Dataset();
        var scheme = c.Scheme();
        var bulk = Evaluate(c, dataset, scheme, threads: 2);
        for (int y = 0; y < c.Years; y++)
        {
            AssessmentResult scalar;
            try
            {
                scalar = scheme.Evaluate(c.ZonesOf(y));
            }
            catch (AssessmentException)
            {
                // The scalar fails for the whole year; bulk must mark at least one zone-year as unscored, without a total.
                var failed = Enumerable.Range(0, c.Zones).Where(z => bulk.GetStatus(z, y) != BulkAssessmentStatus.Scored).ToList();
                if (failed.Count == 0 || failed.Any(z => bulk.GetTotal(z, y) is not null))
                {
                    return false;
                }
                continue;
            }
            for (int z = 0; z < c.Zones; z++)
            {
                var zone = scalar[z];
                if (bulk.GetStatus(z, y) != BulkAssessmentStatus.Scored || bulk.GetTotal(z, y) is not double total
                    || !BulkAssessmentGen.Same(total, zone.Total) || bulk.GetRank(z, y) != zone.Rank)
                {
                    return false;
                }
                int k = 0;
                for (int cat = 0; cat < zone.Categories.Count; cat++)
                {
                    if (bulk.GetCategorySubtotal(z, cat, y) is not double subtotal || !BulkAssessmentGen.Same(subtotal, zone.Categories[cat].Subtotal))
                    {
                        return false;
                    }
                    foreach (var indicator in zone.Categories[cat].Indicators)
                    {
                        if (bulk.GetPoints(z, k++, y) is not double points || !BulkAssessmentGen.Same(points, indicator.Points)
                            || bulk.GetPoints(z, indicator.Code, y) != points)
                        {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    [Property(MaxTest = 300)]
    public bool Bulk_equals_the_scalar_evaluation_of_each_year(AssessmentCase c) => EqualsScalar(c);

    // Four years or more and mostly capped or benchmark ratios (methods 0 and 5): categories go through the vector path.
    [Property(MaxTest = 150)]
    public bool Bulk_equals_the_scalar_evaluation_where_the_vector_path_scores_whole_categories(VectorAssessmentCase c) => EqualsScalar(c.Case);

    [Fact]
    public void Most_generated_years_are_compared_with_the_scalar_not_skipped()
    {
        // Guards the property above: a generator where the scalar nearly always throws would compare nothing.
        var cases = BulkAssessmentGen.Case().Sample(200);
        int years = 0, compared = 0;
        foreach (var c in cases)
        {
            var scheme = c.Scheme();
            for (int y = 0; y < c.Years; y++)
            {
                years++;
                try
                {
                    scheme.Evaluate(c.ZonesOf(y));
                    compared++;
                }
                catch (AssessmentException)
                {
                }
            }
        }
        // About 60% are scored (measured: 0.57–0.66 over 20 samples of 200 cases); half was within 4 sigma of that and
        // failed once in a while. Two in five still says the generator mostly reaches the scalar.
        Assert.True(compared * 5 > years * 2, $"only {compared} of {years} years were scored by the scalar");
    }

    [Property(MaxTest = 200)]
    public bool Results_are_bitwise_identical_whatever_the_thread_count(WideAssessmentCase wide)
    {
        var c = wide.Case;
        var dataset = c.Dataset();
        var scheme = c.Scheme();
        var one = Evaluate(c, dataset, scheme, 1);
        var two = Evaluate(c, dataset, scheme, 2);
        var seven = Evaluate(c, dataset, scheme, 7);
        return SameOutputs(one, two) && SameOutputs(one, seven);
    }

    private static bool SameOutputs(BulkAssessmentResults a, BulkAssessmentResults b) =>
        BulkGen.SameBits(a.Points, b.Points) && BulkGen.SameBits(a.Subtotals, b.Subtotals) && BulkGen.SameBits(a.Totals, b.Totals)
        && a.Ranks.SequenceEqual(b.Ranks) && a.Statuses.SequenceEqual(b.Statuses);

    [Property(MaxTest = 200)]
    public bool A_second_evaluation_into_the_same_results_gives_the_same_answer(AssessmentCase c, AssessmentCase other)
    {
        // Fill the buffers from another case's numbers of the same shape first, so stale values would show.
        var dataset = c.Dataset();
        var scheme = c.Scheme();
        var fresh = Evaluate(c, dataset, scheme);
        var reused = new BulkAssessmentResults(dataset, scheme);
        var scrambled = c with { Actual = c.Actual.Select((v, k) => other.Actual[k % other.Actual.Length]).ToArray() };
        BulkAssessment.Evaluate(scrambled.Dataset(), scheme, reused);
        BulkAssessment.Evaluate(dataset, scheme, reused);
        return SameOutputs(fresh, reused);
    }

    [Property(MaxTest = 200)]
    public bool Error_policy_marks_only_the_zone_year_with_the_missing_value(ErrorPolicyCase t)
    {
        var (c, zone, year) = t;
        // Every cell present and positive, except one value of a scored indicator.
        var actual = c.Actual.Select(v => double.IsNaN(v) || v <= 0 ? 7.0 : v).ToArray();
        var missingIndicator = c.Categories[0].Indicators[0].Indicator;
        actual[c.Index(zone, missingIndicator, year)] = double.NaN;
        var target = c.Target.Select(v => double.IsNaN(v) ? 10.0 : v).ToArray();
        var full = c with { Actual = actual, Target = target };
        var scheme = full.Scheme();
        var bulk = Evaluate(full, full.Dataset(), scheme);
        if (bulk.GetStatus(zone, year) != BulkAssessmentStatus.MissingValue || bulk.GetTotal(zone, year) is not null
            || bulk.GetRank(zone, year) is not null || bulk.GetPoints(zone, 0, year) is not null || bulk.GetCategorySubtotal(zone, 0, year) is not null)
        {
            return false;
        }
        Assert.Throws<AssessmentException>(() => scheme.Evaluate(full.ZonesOf(year)));
        // The other zones: as the scalar without the failing zone (absolute methods, unranked missing totals, so nothing else moves).
        var others = full.ZonesOf(year).Where((_, z) => z != zone).ToArray();
        var scalar = scheme.Evaluate(others);
        for (int z = 0, s = 0; z < full.Zones; z++)
        {
            if (z == zone)
            {
                continue;
            }
            if (bulk.GetStatus(z, year) != BulkAssessmentStatus.Scored || !BulkAssessmentGen.Same(bulk.GetTotal(z, year)!.Value, scalar[s].Total)
                || bulk.GetRank(z, year) != scalar[s].Rank)
            {
                return false;
            }
            s++;
        }
        return Enumerable.Range(0, full.Years).Where(y => y != year)
            .All(y => Enumerable.Range(0, full.Zones).All(z => bulk.GetStatus(z, y) == BulkAssessmentStatus.Scored));
    }

    [Fact]
    public void A_users_method_that_throws_stops_the_evaluation_and_the_results_stay_reusable()
    {
        // RatioToTarget throws InvalidOperationException without a target: not a rejection of its input (an
        // ArgumentException), so it propagates; on several threads wrapped as Parallel.For did, once the helpers are done.
        var catalog = IndicatorCatalog.Empty.With(IndicatorDefinition.Create("A", "甲", "A", Units.Count("项"), IndicatorNature.Flow));
        var scheme = AssessmentScheme.CreateBuilder("s", 100).WithCatalog(catalog)
            .Category("C", 100, c => c.Indicator("A", Assessment.RatioToTarget.Instance, IndicatorWeight.Points(100), MissingDataPolicy.Reweight))
            .Build();
        var dataset = new BulkDataset(64, [1.0], [Polarity.Positive], 5, 2020, ["A"]);
        for (int z = 0; z < 64; z++)
        {
            for (int y = 0; y < 5; y++)
            {
                dataset.SetActual(z, 0, y, 8);
                dataset.SetTarget(z, 0, y, 10);
            }
        }
        dataset.SetTarget(40, 0, 3, null);
        var results = new BulkAssessmentResults(dataset, scheme);
        Assert.Throws<InvalidOperationException>(() => BulkAssessment.Evaluate(dataset, scheme, results, new BulkOptions { MaxDegreeOfParallelism = 1 }));
        var wrapped = Assert.Throws<AggregateException>(() => BulkAssessment.Evaluate(dataset, scheme, results, new BulkOptions { MaxDegreeOfParallelism = 2 }));
        Assert.IsType<InvalidOperationException>(wrapped.InnerException);
        Assert.False(results.IsComputed);

        dataset.SetTarget(40, 0, 3, 10);
        BulkAssessment.Evaluate(dataset, scheme, results, new BulkOptions { MaxDegreeOfParallelism = 2 });
        Assert.True(Enumerable.Range(0, 64).All(z => results.GetTotal(z, 3) is double total && Math.Abs(total - 80) < 1e-12 && results.GetRank(z, 3) == 1));
    }

    /// <summary>One category of 100 points holding one indicator "A" (项), scored by a capped ratio under Reweight.</summary>
    internal static AssessmentScheme OneReweightedIndicator()
    {
        var catalog = IndicatorCatalog.Empty.With(IndicatorDefinition.Create("A", "甲", "A", Units.Count("项"), IndicatorNature.Flow));
        return AssessmentScheme.CreateBuilder("s", 100).WithCatalog(catalog)
            .Category("C", 100, c => c.Indicator("A", ScoringMethods.CappedRatio(), IndicatorWeight.Points(100), MissingDataPolicy.Reweight))
            .Build();
    }

    [Fact]
    public void Nothing_to_reweight_and_unscorable_are_marked()
    {
        // One category, one indicator under Reweight: a missing value leaves nothing to reweight.
        var scheme = OneReweightedIndicator();
        var dataset = new BulkDataset(3, [1.0], [Polarity.Positive], 1, 2024, ["A"]);
        dataset.SetActual(0, 0, 0, 8);
        dataset.SetTarget(0, 0, 0, 10);
        dataset.SetActual(1, 0, 0, null);
        dataset.SetActual(2, 0, 0, 5); // no target and no default: CappedRatio cannot score it
        var results = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, results);
        Assert.Equal(BulkAssessmentStatus.Scored, results.GetStatus(0, 0));
        Assert.Equal(80, results.GetTotal(0, 0)!.Value, 12);
        Assert.Equal(1, results.GetRank(0, 0));
        Assert.Equal(BulkAssessmentStatus.NothingToReweight, results.GetStatus(1, 0));
        Assert.Equal(BulkAssessmentStatus.Unscorable, results.GetStatus(2, 0));
        Assert.Null(results.GetTotal(2, 0));
        Assert.Null(results.GetRank(1, 0));

        // A user's method that returns NaN: unscorable, as the scalar refuses it.
        var nan = AssessmentScheme.CreateBuilder("n", 100).WithCatalog(scheme.Catalog)
            .Category("C", 100, c => c.Indicator("A", new Assessment.NotANumber(), IndicatorWeight.Points(100), MissingDataPolicy.Reweight))
            .Build();
        var nanResults = new BulkAssessmentResults(dataset, nan);
        BulkAssessment.Evaluate(dataset, nan, nanResults);
        Assert.Equal(BulkAssessmentStatus.Unscorable, nanResults.GetStatus(0, 0));
        Assert.Null(nanResults.GetTotal(0, 0));
    }

    [Fact]
    public void Bad_inputs_throw_naming_the_thing()
    {
        var c = BulkAssessmentGen.Case(maxZones: 3).Sample(1)[0];
        var dataset = c.Dataset();
        var scheme = c.Scheme();
        var code = scheme.Categories[0].Indicators[0].Code;

        // A scheme code missing from the dataset.
        var renamed = new BulkDataset(c.Zones, Enumerable.Repeat(1.0, c.Indicators).ToArray(), Enumerable.Range(0, c.Indicators).Select(c.PolarityOf).ToArray(),
            c.Years, 2020, Enumerable.Range(0, c.Indicators).Select(i => "X" + i).ToArray());
        var unknown = Assert.Throws<ArgumentException>(() => new BulkAssessmentResults(renamed, scheme));
        Assert.Contains("'" + code + "'", unknown.Message, StringComparison.Ordinal);

        // A polarity that disagrees with the catalogue.
        var flipped = new BulkDataset(c.Zones, Enumerable.Repeat(1.0, c.Indicators).ToArray(),
            Enumerable.Range(0, c.Indicators).Select(i => i == 0 ? (c.Reverse[0] ? Polarity.Positive : Polarity.Reverse) : c.PolarityOf(i)).ToArray(),
            c.Years, 2020, Enumerable.Range(0, c.Indicators).Select(AssessmentCase.Code).ToArray());
        var polarity = Assert.Throws<ArgumentException>(() => new BulkAssessmentResults(flipped, scheme));
        Assert.Contains("'I0'", polarity.Message, StringComparison.Ordinal);

        // No codes at all.
        var anonymous = new BulkDataset(c.Zones, Enumerable.Repeat(1.0, c.Indicators).ToArray(), Enumerable.Range(0, c.Indicators).Select(c.PolarityOf).ToArray(), c.Years);
        Assert.Contains("no indicator codes", Assert.Throws<ArgumentException>(() => new BulkAssessmentResults(anonymous, scheme)).Message, StringComparison.Ordinal);

        var results = new BulkAssessmentResults(dataset, scheme);
        Assert.Throws<InvalidOperationException>(() => results.GetTotal(0, 0));

        // Results made for another scheme (even an equal one), or another shape of dataset, or other codes.
        var otherScheme = c.Scheme();
        var wrongScheme = Assert.Throws<ArgumentException>(() => BulkAssessment.Evaluate(dataset, otherScheme, results));
        Assert.Contains("scheme 'bulk test scheme'", wrongScheme.Message, StringComparison.Ordinal);
        var bigger = (c with { Zones = c.Zones + 1, Actual = new double[(c.Zones + 1) * c.Indicators * c.Years], Target = new double[(c.Zones + 1) * c.Indicators * c.Years] }).Dataset();
        var wrongShape = Assert.Throws<ArgumentException>(() => BulkAssessment.Evaluate(bigger, scheme, results));
        Assert.Contains("zones", wrongShape.Message, StringComparison.Ordinal);
        var swapped = new BulkDataset(c.Zones, Enumerable.Repeat(1.0, c.Indicators).ToArray(), Enumerable.Range(0, c.Indicators).Select(c.PolarityOf).Reverse().ToArray(),
            c.Years, 2020, Enumerable.Range(0, c.Indicators).Select(AssessmentCase.Code).Reverse().ToArray());
        Assert.Throws<ArgumentException>(() => BulkAssessment.Evaluate(swapped, scheme, results));

        BulkAssessment.Evaluate(dataset, scheme, results);
        Assert.Throws<ArgumentException>(() => results.GetPoints(0, "nope", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => results.GetPoints(0, results.IndicatorCount, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => results.GetCategorySubtotal(0, results.CategoryCount, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => results.GetTotal(c.Zones, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => results.GetRank(0, c.Years));
    }

    [Fact]
    public void Issue9_04_ZoneTargetKeepsSchemeBaseline()
    {
        // The issue's scheme entry: a default target 3 and baseline 1; the zone brings its own target 5 only.
        var compiled = RulePlan.Compile("""
            scheme S "S" total 100 { category C 100 { GDP 100 by interpolation() target 3 baseline 1; } }
            """);
        Assert.True(compiled.Success, compiled.ToString());
        var scheme = compiled.Value!.Schemes["S"];

        var zone = AssessmentZone.Of("Z0").WithValue("GDP", 3).WithTargets("GDP", new ZoneTargets(Target: 5));
        var scalar = scheme.Evaluate([zone])[0].Categories[0].Indicators[0];
        Assert.Equal(new ZoneTargets(5, null, 1), scalar.Targets);
        Assert.Equal(100 * (3.0 - 1) / (5 - 1), scalar.Points, 12);

        var dataset = new BulkDataset(1, [1.0], [Polarity.Positive], 1, 2024, ["GDP"]);
        dataset.SetActual(0, 0, 0, 3);
        dataset.SetTarget(0, 0, 0, 5);
        var results = new BulkAssessmentResults(dataset, scheme);
        BulkAssessment.Evaluate(dataset, scheme, results);
        Assert.Equal(BulkAssessmentStatus.Scored, results.GetStatus(0, 0));
        Assert.True(BulkAssessmentGen.Same(scalar.Points, results.GetPoints(0, 0, 0)!.Value));

        // A zone that gives its own baseline keeps it; a zone that gives only a stretch target keeps the scheme's target.
        var own = scheme.Evaluate([AssessmentZone.Of("Z0").WithValue("GDP", 3).WithTargets("GDP", new ZoneTargets(5, null, 2))])[0];
        Assert.Equal(new ZoneTargets(5, null, 2), own.Categories[0].Indicators[0].Targets);
        var stretchOnly = scheme.Evaluate([AssessmentZone.Of("Z0").WithValue("GDP", 2).WithTargets("GDP", new ZoneTargets(Stretch: 9))])[0];
        Assert.Equal(new ZoneTargets(3, 9, 1), stretchOnly.Categories[0].Indicators[0].Targets);
        Assert.Equal(50, stretchOnly.Categories[0].Indicators[0].Points, 12);
    }
}
