using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Bulk;

/// <summary>
/// Issue 4, item 3: every bulk cell equals the scalar API's calculation, the scores equal an
/// <see cref="AssessmentScheme"/>'s, and the ranks equal <see cref="Ranking.Rank(ReadOnlySpan{double?}, RankingOptions?)"/>.
/// </summary>
/// <remarks>
/// <para>Why "within an ulp or two" and not bitwise: the scalar results store a percent
/// (<see cref="Percentage"/>), the bulk engine a fraction. Growth: the scalar computes
/// (a/p − 1)·100 and <see cref="Percentage.Fraction"/> divides by 100 again: two extra roundings
/// of half an ulp each, so at most 1 ulp from the bulk's a/p − 1. Completion: the scalar computes
/// 100·n (rounded), ÷ d (rounded), and the rate ÷ 100 (rounded) against the bulk's single n ÷ d:
/// three roundings, so up to 2 ulps (−41.101/436.662 is −0.09412543340157833 in bulk and
/// −0.09412543340157836 from the scalar rate, 2 ulps apart). More than that fails.</para>
/// <para>Whether a value exists is exact: the bulk cell is missing exactly where the scalar result
/// has a status and no rate (由盈转亏 TurnedLoss, TooLarge, a negative ceiling, MetWithZero,
/// NoCompletionRate), and a cell is attained exactly where the scalar's IsMet holds and a rate exists
/// (c = a/t never rounds to 1 for a ≠ t: the relative spacing of doubles is at least 2⁻⁵³).
/// The deliberate differences, all forced by the zones-bulk workload's definition (BulkEngine's
/// remarks): a cell without a completion rate is never attained, even where IsMet holds (a reverse
/// indicator met with 0, MetWithZero); overfulfilment is 0 where the scalar has none; and where the
/// scalar throws because actual − target overflows, the bulk cell is missing.</para>
/// </remarks>
public class BulkScalarEquivalenceTests
{
    private static BulkResults Compute(BulkDataset dataset, BulkOptions? options = null)
    {
        var results = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, results, options);
        return results;
    }

    internal static bool WithinUlps(double x, double y, long ulps)
    {
        if (x == y)
        {
            return true;
        }
        if (Math.Sign(x) != Math.Sign(y))
        {
            return false;
        }
        return Math.Abs(BitConverter.DoubleToInt64Bits(x) - BitConverter.DoubleToInt64Bits(y)) <= ulps;
    }

    [Property(MaxTest = 200)]
    public bool Every_cell_equals_the_scalar_api(CornerDataset corner)
    {
        var spec = corner.Spec;
        var dataset = spec.Build();
        var results = Compute(dataset);
        for (int z = 0; z < spec.Zones; z++)
        {
            for (int i = 0; i < spec.Indicators; i++)
            {
                bool reverse = spec.Reverse[i];
                for (int y = 0; y < spec.Years; y++)
                {
                    int k = spec.Index(z, i, y);
                    double a = spec.Actual[k], t = spec.Target[k];
                    var where = new Where(z, i, y, a, t);
                    CheckGrowth(results.GetGrowth(z, i, y), y == 0 ? double.NaN : spec.Actual[k - 1], y == 0 ? double.NaN : a, where);
                    CheckCompletion(results, z, i, y, a, t, reverse, where);
                }
            }
        }
        return true;
    }

    /// <summary>The cell being checked; formatted only when a check fails, as formatting every cell would dominate the test's time.</summary>
    private readonly record struct Where(int Zone, int Indicator, int Year, double Actual, double Target)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"zone {Zone} indicator {Indicator} year {Year}: a={Actual:R} t={Target:R}");
    }

    private static void Require(bool condition, Func<string> message)
    {
        if (!condition)
        {
            Assert.Fail(message());
        }
    }

    private static void CheckGrowth(double? bulk, double previous, double current, Where where)
    {
        if (double.IsNaN(previous) || double.IsNaN(current))
        {
            Require(bulk is null, () => "growth over a missing value must be missing; " + where);
            return;
        }
        var scalar = Growth.YearOnYear(current, previous);
        if (scalar.TryGetRate(out var rate))
        {
            Require(bulk is { } g && WithinUlps(g, rate.Fraction, 1),
                () => string.Create(CultureInfo.InvariantCulture, $"growth {bulk:R} vs scalar {rate.Fraction:R}; {where}"));
        }
        else
        {
            Require(bulk is null, () => string.Create(CultureInfo.InvariantCulture, $"growth {bulk:R} where the scalar has {scalar.Status}; {where}"));
        }
    }

    private static void CheckCompletion(BulkResults results, int z, int i, int y, double a, double t, bool reverse, Where where)
    {
        double? bulk = results.GetCompletion(z, i, y);
        double? over = results.GetOverfulfilment(z, i, y);
        bool attained = results.IsAttained(z, i, y);
        Assert.Equal(bulk is null, over is null);
        if (double.IsNaN(a) || double.IsNaN(t))
        {
            Require(bulk is null && !attained, () => "completion with a missing value must be missing; " + where);
            return;
        }
        CompletionResult scalar;
        try
        {
            scalar = reverse ? Completion.OfCeiling(a, t) : Completion.OfLevel(a, t);
        }
        catch (ArgumentOutOfRangeException)
        {
            // actual − target overflows (documented difference): the bulk has no completion there.
            Require(bulk is null && !attained, () => $"completion {bulk} where the scalar throws; {where}");
            return;
        }
        if (scalar.Rate is { } rate)
        {
            Require(bulk is { } c && WithinUlps(c, rate.Percent / 100, 2),
                () => string.Create(CultureInfo.InvariantCulture, $"completion {bulk:R} vs scalar {rate.Percent / 100:R}; {where}"));
            // Overfulfilment is a difference near 1, so its error is the completion's (absolute), not relative to itself.
            double scalarOver = scalar.Overfulfilment is { } o ? o.Fraction : 0;
            Require(Math.Abs(over!.Value - scalarOver) <= 2 * Math.BitIncrement(bulk!.Value) - 2 * bulk.Value + 1e-300,
                () => string.Create(CultureInfo.InvariantCulture, $"overfulfilment {over:R} vs scalar {scalarOver:R}; {where}"));
            // 达标 compares the values, as the scalar does, not the rounded ratio.
            Require(attained == scalar.IsMet, () => $"attained {attained} vs scalar {scalar.IsMet}; {where}");
        }
        else
        {
            Require(bulk is null && !attained, () => $"completion {bulk} (attained {attained}) where the scalar has {scalar.Status}; {where}");
        }
    }

    [Fact]
    public void Corner_cases_follow_the_scalar_statuses()
    {
        // Zone 0, one positive and one reverse indicator over two years:
        // growth 5 → −2 is 由盈转亏 (TurnedLoss): no rate, so missing (the workload's a/p − 1 would be −1.4);
        // growth 1e-300 → 1.7e8: the percent overflows (TooLarge), missing;
        // a ceiling of −3 against 4 has no rate (NoCompletionRate), missing, though t/a = −0.75;
        // a ceiling of 66 met with 0 (MetWithZero): missing and not attained (the workload's attained);
        // a level target 8 with actual −2 is a rate, −25%, and a level actual 10 on target 10 is attained.
        var spec = new DatasetSpec(1, 2, 2, 2020, [50, 50], [false, true],
            Actual: [5, -2, 4, 0], Target: [8, 8, -3, 66]);
        var results = Compute(spec.Build());
        Assert.Null(results.GetGrowth(0, 0, 1));
        Assert.Equal(-0.25, results.GetCompletion(0, 0, 1));
        Assert.Null(results.GetCompletion(0, 1, 0));
        Assert.Null(results.GetCompletion(0, 1, 1));
        Assert.False(results.IsAttained(0, 1, 1));
        Assert.True(Completion.OfCeiling(0, 66).IsMet);
        var overflow = new DatasetSpec(1, 1, 2, 2020, [100], [false], Actual: [1e-300, 1.7e8], Target: [10, 10]);
        var big = Compute(overflow.Build());
        Assert.Equal(GrowthStatus.TooLarge, Growth.YearOnYear(1.7e8, 1e-300).Status);
        Assert.Null(big.GetGrowth(0, 0, 1));
        var onTarget = new DatasetSpec(1, 1, 1, 2020, [100], [false], Actual: [10], Target: [10]);
        Assert.True(Compute(onTarget.Build()).IsAttained(0, 0, 0));
    }

    [Fact]
    public void Attained_agrees_with_the_values_for_neighbouring_doubles()
    {
        // The bulk judges c = a/t ≥ 1, the scalar a ≥ t: for a one ulp either side of t the ratio must not round to 1.
        foreach (double t in new[] { 10.0, 3.0, 1.5, Math.BitDecrement(2.0), 1e-300, 7e300 })
        {
            double below = Math.BitDecrement(t), above = Math.BitIncrement(t);
            var spec = new DatasetSpec(1, 1, 3, 2020, [100], [false], Actual: [below, t, above], Target: [t, t, t]);
            var results = Compute(spec.Build());
            Assert.Equal([false, true, true], [.. Enumerable.Range(0, 3).Select(y => results.IsAttained(0, 0, y))]);
            Assert.Equal([false, true, true], new[] { below, t, above }.Select(a => Completion.OfLevel(a, t).IsMet));
        }
    }

    /// <summary>
    /// Datasets inside the domain where the workload's score and a capped-ratio scheme mean the same:
    /// targets present and positive (as in zbulk-v1), actuals missing or not negative, and no zero
    /// actual for a reverse indicator (the workload has no completion there and drops the indicator;
    /// the scheme scores T/0 as the full capped ratio). Weights add up to 100, as a scheme's points must.
    /// </summary>
    internal static Gen<DatasetSpec> SchemeComparable { get; } =
        from spec in BulkGen.Dataset()
        from units in Gen.ArrayOf(Gen.Choose(1, 50), spec.Indicators)
        select spec with
        {
            Weights = [.. units.Select(u => u * 100.0 / units.Sum())],
            Target = [.. spec.Target.Select(t => double.IsNaN(t) ? 1.0 : t <= 0 ? 1.0 + Math.Abs(t) : t)],
            Actual = [.. spec.Actual.Select((a, k) => a < 0 ? -a : a == 0 && spec.Reverse[k / spec.Years % spec.Indicators] ? double.NaN : a)],
        };

    [Property]
    public bool Scores_equal_a_one_category_capped_ratio_scheme_with_reweighting(SchemeComparableDataset comparable)
    {
        var spec = comparable.Spec;
        var catalog = BulkCsvTests.Synthetic(spec);
        var scheme = AssessmentScheme.CreateBuilder("bulk-equivalence", 100)
            .WithCatalog(catalog)
            .Category("全部", 100, c =>
            {
                for (int i = 0; i < spec.Indicators; i++)
                {
                    c.Indicator(Code(i), ScoringMethods.CappedRatio(1.2), IndicatorWeight.Points(spec.Weights[i]), MissingDataPolicy.Reweight);
                }
            })
            .Build();
        var results = Compute(spec.Build());
        for (int y = 0; y < spec.Years; y++)
        {
            var zones = new List<AssessmentZone>();
            for (int z = 0; z < spec.Zones; z++)
            {
                var zone = AssessmentZone.Of("Z" + z.ToString(CultureInfo.InvariantCulture));
                bool any = false;
                for (int i = 0; i < spec.Indicators; i++)
                {
                    double a = spec.Actual[spec.Index(z, i, y)];
                    any |= !double.IsNaN(a);
                    zone = zone.WithValue(Code(i), double.IsNaN(a) ? null : a)
                        .WithTargets(Code(i), new ZoneTargets(spec.Target[spec.Index(z, i, y)]));
                }
                if (any)
                {
                    zones.Add(zone);
                }
                else
                {
                    // No indicator has a value: the scheme cannot reweight (it reports an error), the bulk score is missing.
                    Assert.Null(results.GetScore(z, y));
                }
            }
            if (zones.Count == 0)
            {
                continue;
            }
            foreach (var assessed in scheme.Evaluate(zones))
            {
                int z = int.Parse(assessed.Id.Code[1..], CultureInfo.InvariantCulture);
                double bulk = results.GetScore(z, y) ?? double.NaN;
                Assert.True(Math.Abs(bulk - assessed.Total) <= 1e-9 * Math.Max(1, Math.Abs(assessed.Total)),
                    string.Create(CultureInfo.InvariantCulture, $"zone {z} year {y}: bulk {bulk} vs scheme {assessed.Total}"));
            }
        }
        return true;
    }

    private static string Code(int i) => "X" + i.ToString(CultureInfo.InvariantCulture);

    [Property(MaxTest = 200)]
    public bool Ranks_equal_competition_ranking_with_missing_scores_last(DatasetSpec spec)
    {
        var results = Compute(spec.Build());
        var options = new RankingOptions { Missing = MissingScores.RankedLast };
        for (int y = 0; y < spec.Years; y++)
        {
            var scores = Enumerable.Range(0, spec.Zones).Select(z => results.GetScore(z, y)).ToArray();
            var expected = Ranking.Rank(scores, options);
            for (int z = 0; z < spec.Zones; z++)
            {
                Assert.True(expected[z] == results.GetRank(z, y),
                    string.Create(CultureInfo.InvariantCulture, $"zone {z} year {y}: bulk rank {results.GetRank(z, y)} vs Ranking.Rank {expected[z]} (scores {string.Join(",", scores)})"));
            }
        }
        return true;
    }

    [Fact]
    public void Ties_are_ranked_1224_and_missing_scores_share_the_last_rank()
    {
        // README "rank": competition ranking, ties by exact equality, all NaN scores share (#non-NaN + 1).
        var spec = new DatasetSpec(5, 1, 1, 2020, [100], [false],
            Actual: [2, 1, 2, double.NaN, double.NaN], Target: [1, 1, 1, 1, 1]);
        var results = Compute(spec.Build());
        Assert.Equal([1, 3, 1, 4, 4], Enumerable.Range(0, 5).Select(z => results.GetRank(z, 0)));
        Assert.Equal(120.0, results.GetScore(0, 0));   // 2/1 capped at 1.2
        Assert.Null(results.GetScore(3, 0));
    }
}
