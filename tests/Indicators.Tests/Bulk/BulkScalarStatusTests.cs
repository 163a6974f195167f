using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Indicators.Tests.Bulk;

/// <summary>
/// Issue 10, item 4: a bulk growth or completion is the scalar result itself, with its status (扭亏为盈, 由盈转亏, 从无到有,
/// too large, met with zero…), its rate to the bit, its rounding from the development speed and its phrase. The oracle
/// is the scalar API called on the spec's own arrays (the previous year, the polarity and missing read independently
/// of the results), so a wrong cell, year or polarity in the getters fails here.
/// </summary>
public class BulkScalarStatusTests
{
    /// <summary>Levels 100, 100.05 … 103 (made in decimal): consecutive years give growth rates such as 0.45%, ties at one decimal.</summary>
    private static readonly Gen<double> TieProneCell = Gen.Choose(0, 60).Select(k => (double)(100m + (k * 0.05m)));

    /// <summary>The arbitraries of this class's properties: datasets with negative and zero bases, missing cells, ratios
    /// whose percent overflows, differences that overflow, and decimal ties.</summary>
    public static class Arbitraries
    {
        /// <summary>Datasets of up to 12 zones, 4 indicators, 6 years.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<DatasetSpec> Datasets() =>
            BulkGen.Dataset(Gen.Frequency((3, BulkGen.CornerCell), (2, TieProneCell)), maxZones: 12, maxIndicators: 4, maxYears: 6).ToArbitrary();
    }

    /// <summary>The phrasing options the phrases are compared under: the defaults, GB/T 8170 rounding (a tie rounds to
    /// even, so 0.45% is 0.4%), two decimals, and the sign wording of negative values (由负转正…).</summary>
    private static readonly PhrasingOptions[] Options =
    [
        PhrasingOptions.Default,
        PhrasingOptions.Default with { RoundingMode = RoundingMode.GbT8170 },
        PhrasingOptions.Default with { Decimals = 2, UseMultiples = false },
        PhrasingOptions.Default with { NegativeValues = NegativeValueWording.Sign },
    ];

    private static BulkResults Compute(BulkDataset dataset)
    {
        var results = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, results);
        return results;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150, QuietOnSuccess = true)]
    public void Every_bulk_growth_is_the_scalar_growth_in_status_value_rounding_and_phrase(DatasetSpec spec)
    {
        var results = Compute(spec.Build());
        ForEachCell(spec, (z, i, y, k) =>
        {
            double current = spec.Actual[k];
            double previous = y == 0 ? double.NaN : spec.Actual[k - 1];
            GrowthResult? bulk = results.GetGrowthResult(z, i, y);
            string where = string.Create(CultureInfo.InvariantCulture, $"zone {z} indicator {i} year {y}: {previous:R} → {current:R}");
            if (double.IsNaN(current) || double.IsNaN(previous))
            {
                Assert.True(bulk is null, "a growth over a missing value or in the first year must be missing; " + where);
                Assert.Null(results.GetGrowth(z, i, y));
                return;
            }
            Assert.True(bulk is not null, "no growth where both values exist; " + where);
            SameGrowth(Growth.YearOnYear(current, previous), bulk.Value, where);
            // The engine's number exists exactly where the result has a rate.
            Assert.True(bulk.Value.HasValue == results.GetGrowth(z, i, y).HasValue, "the engine's growth and the result's rate disagree on existing; " + where);
        });
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150, QuietOnSuccess = true)]
    public void Every_bulk_completion_is_the_scalar_completion_in_status_value_rounding_and_phrase(DatasetSpec spec)
    {
        var results = Compute(spec.Build());
        ForEachCell(spec, (z, i, y, k) =>
        {
            double actual = spec.Actual[k], target = spec.Target[k];
            CompletionResult? bulk = results.GetCompletionResult(z, i, y);
            string where = string.Create(CultureInfo.InvariantCulture, $"zone {z} indicator {i} year {y}: actual {actual:R} target {target:R} reverse {spec.Reverse[i]}");
            CompletionResult? scalar = ScalarCompletion(actual, target, spec.Reverse[i]);
            if (scalar is null)
            {
                Assert.True(bulk is null, "a completion where a value is missing or the scalar refuses the pair; " + where);
                Assert.Null(results.GetCompletion(z, i, y));
                Assert.False(results.IsAttained(z, i, y));
                return;
            }
            Assert.True(bulk is not null, "no completion where the scalar has one; " + where);
            SameCompletion(scalar.Value, bulk.Value, where);
            // The engine's numbers: a completion exactly where the result has a rate, attained where it has one and is met.
            Assert.True(bulk.Value.HasValue == results.GetCompletion(z, i, y).HasValue, "the engine's completion and the result's rate disagree on existing; " + where);
            Assert.True(results.IsAttained(z, i, y) == (bulk.Value.HasValue && bulk.Value.IsMet), "attained disagrees with the result; " + where);
        });
    }

    /// <summary>Calls <paramref name="check"/> with (zone, indicator, year, index in the spec's arrays) of every cell.</summary>
    private static void ForEachCell(DatasetSpec spec, Action<int, int, int, int> check)
    {
        for (int z = 0; z < spec.Zones; z++)
        {
            for (int i = 0; i < spec.Indicators; i++)
            {
                for (int y = 0; y < spec.Years; y++)
                {
                    check(z, i, y, spec.Index(z, i, y));
                }
            }
        }
    }

    /// <summary>The scalar completion of a cell, or null where a value is missing or the scalar API throws (actual − target overflows).</summary>
    private static CompletionResult? ScalarCompletion(double actual, double target, bool reverse)
    {
        if (double.IsNaN(actual) || double.IsNaN(target))
        {
            return null;
        }
        try
        {
            return reverse ? Completion.OfCeiling(actual, target) : Completion.OfLevel(actual, target);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static void SameGrowth(GrowthResult scalar, GrowthResult bulk, string where)
    {
        Assert.True(scalar.Status == bulk.Status, $"status {bulk.Status} vs scalar {scalar.Status}; {where}");
        Assert.Equal(Bits(scalar.Current), Bits(bulk.Current));
        Assert.Equal(Bits(scalar.Base), Bits(bulk.Base));
        Assert.Equal(scalar.Kind, bulk.Kind);
        Assert.Equal(scalar.TryGetRate(out var scalarRate), bulk.TryGetRate(out var bulkRate));
        Assert.True(Bits(scalarRate.Percent) == Bits(bulkRate.Percent), $"rate {bulkRate.Percent:R} vs scalar {scalarRate.Percent:R}; {where}");
        // The rounding's input: the development speed snapped to 15 digits, as a decimal percent.
        Assert.Equal(scalar.TryGetDecimalPercent(out var scalarPercent), bulk.TryGetDecimalPercent(out var bulkPercent));
        Assert.Equal(scalarPercent, bulkPercent);
        foreach (var options in Options)
        {
            Assert.True(ChinesePhrasing.Phrase(scalar, options) == ChinesePhrasing.Phrase(bulk, options),
                $"phrase {ChinesePhrasing.Phrase(bulk, options)} vs scalar {ChinesePhrasing.Phrase(scalar, options)}; {where}");
            Assert.Equal(ChinesePhrasing.PhraseChange(scalar, options), ChinesePhrasing.PhraseChange(bulk, options));
        }
        // Judged at a limit from the development speed: the same verdict under both policies.
        foreach (var comparison in new[] { LimitComparison.RoundedValue, LimitComparison.FullValue })
        {
            Assert.Equal(Judgement.Compare(scalar, Percentage.FromPercent(0.5), 1, comparison), Judgement.Compare(bulk, Percentage.FromPercent(0.5), 1, comparison));
        }
        Assert.Equal(scalar.Explain(), bulk.Explain());
    }

    private static void SameCompletion(CompletionResult scalar, CompletionResult bulk, string where)
    {
        Assert.True(scalar.Status == bulk.Status, $"status {bulk.Status} vs scalar {scalar.Status}; {where}");
        Assert.Equal(scalar.Polarity, bulk.Polarity);
        Assert.Equal(scalar.Basis, bulk.Basis);
        Assert.Equal(Bits(scalar.Actual), Bits(bulk.Actual));
        Assert.Equal(Bits(scalar.Target), Bits(bulk.Target));
        Assert.Equal(scalar.TryGetRate(out var scalarRate), bulk.TryGetRate(out var bulkRate));
        Assert.True(Bits(scalarRate.Percent) == Bits(bulkRate.Percent), $"rate {bulkRate.Percent:R} vs scalar {scalarRate.Percent:R}; {where}");
        Assert.Equal(scalar.IsMet, bulk.IsMet);
        Assert.Equal(Bits(scalar.Margin), Bits(bulk.Margin));
        Assert.Equal(Bits(scalar.Overfulfilment?.Percent ?? double.NaN), Bits(bulk.Overfulfilment?.Percent ?? double.NaN));
        Assert.Equal(Bits(scalar.ShortfallPoints?.Points ?? double.NaN), Bits(bulk.ShortfallPoints?.Points ?? double.NaN));
        foreach (var options in Options)
        {
            Assert.True(ChinesePhrasing.Phrase(scalar, options) == ChinesePhrasing.Phrase(bulk, options),
                $"phrase {ChinesePhrasing.Phrase(bulk, options)} vs scalar {ChinesePhrasing.Phrase(scalar, options)}; {where}");
        }
        Assert.Equal(scalar.Explain(), bulk.Explain());
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);

    private static BulkResults OneSeries(double[] actual, double[]? target = null, bool reverse = false)
    {
        var spec = new DatasetSpec(1, 1, actual.Length, 2020, [100], [reverse], actual, target ?? [.. actual.Select(_ => 1.0)]);
        return Compute(spec.Build());
    }

    [Fact]
    public void Issue10_Bulk_growth_of_100_to_100_45_is_0_5_percent_as_in_the_scalar()
    {
        // The numeric policy's example: 100.45 / 100 − 1 is 0.0044999999999999485 in binary, whose 15 digits round to
        // 0.4%; the development speed 1.0045, a tie of the levels, rounds half away from zero to 0.5%.
        var results = OneSeries([100, 100.45]);
        var bulk = results.GetGrowthResult(0, 0, 1)!.Value;
        // The engine's fraction is the binary one, below the tie: not a number to round.
        Assert.Equal(0.0044999999999999485, results.GetGrowth(0, 0, 1));
        var scalar = Growth.YearOnYear(100.45, 100);
        Assert.Equal("同比增长0.5%", ChinesePhrasing.Phrase(scalar));
        Assert.Equal("同比增长0.5%", ChinesePhrasing.Phrase(bulk));
        Assert.Equal("同比增长0.4%", ChinesePhrasing.Phrase(bulk, PhrasingOptions.Default with { RoundingMode = RoundingMode.GbT8170 }));
        Assert.True(Judgement.IsAtLeast(bulk, Percentage.FromPercent(0.5), 1));
        Assert.True(Judgement.IsAtLeast(scalar, Percentage.FromPercent(0.5), 1));
    }

    [Fact]
    public void Issue10_Bulk_loss_to_profit_is_TurnedProfit_as_in_the_scalar()
    {
        var results = OneSeries([-46, 148]);
        var bulk = results.GetGrowthResult(0, 0, 1)!.Value;
        Assert.Equal(GrowthStatus.TurnedProfit, Growth.YearOnYear(148, -46).Status);
        Assert.Equal(GrowthStatus.TurnedProfit, bulk.Status);
        Assert.Equal("同比扭亏为盈", ChinesePhrasing.Phrase(bulk));
        Assert.Equal("同比由负转正", ChinesePhrasing.Phrase(bulk, PhrasingOptions.Default with { NegativeValues = NegativeValueWording.Sign }));
        Assert.Null(bulk.Rate);
        // The engine has no number there (scores use completions only): missing, as the result has no rate.
        Assert.Null(results.GetGrowth(0, 0, 1));
    }

    [Fact]
    public void Issue10_Bulk_statuses_of_every_kind_come_through()
    {
        // 5 → −2 由盈转亏, −2 → −3 增亏, −3 → −1 减亏, −1 → 0 减亏 (not a profit), 0 → 0, 0 → 7 从无到有, 1e-300 → 1.7e8 too large.
        var results = OneSeries([5, -2, -3, -1, 0, 0, 7, 1e-300, 1.7e8]);
        GrowthStatus?[] statuses = [.. Enumerable.Range(0, 9).Select(y => results.GetGrowthResult(0, 0, y)?.Status)];
        Assert.Equal(
            [null, GrowthStatus.TurnedLoss, GrowthStatus.LossWidened, GrowthStatus.LossNarrowed, GrowthStatus.LossNarrowed,
             GrowthStatus.BothZero, GrowthStatus.FromZero, GrowthStatus.Rate, GrowthStatus.TooLarge],
            statuses);
        Assert.Equal("同比由盈转亏", ChinesePhrasing.Phrase(results.GetGrowthResult(0, 0, 1)!.Value));
        Assert.Equal("同比从无到有", ChinesePhrasing.Phrase(results.GetGrowthResult(0, 0, 6)!.Value));
    }

    [Fact]
    public void Issue10_Bulk_completion_keeps_the_scalar_statuses()
    {
        // A ceiling met with nothing (MetWithZero) is met, though the engine, by the zones-bulk definition, does not count
        // it as attained; a negative ceiling has no rate; a missing target gives no result; 66 against 66人以内 is completed.
        var results = OneSeries([0, 4, 3, 66], [66, -3, double.NaN, 66], reverse: true);
        var metWithZero = results.GetCompletionResult(0, 0, 0)!.Value;
        Assert.Equal(CompletionStatus.MetWithZero, metWithZero.Status);
        Assert.True(metWithZero.IsMet);
        Assert.False(results.IsAttained(0, 0, 0));
        Assert.Equal("控制在目标以内", ChinesePhrasing.Phrase(metWithZero));
        Assert.Equal(CompletionStatus.NoCompletionRate, results.GetCompletionResult(0, 0, 1)!.Value.Status);
        Assert.Null(results.GetCompletionResult(0, 0, 2));
        Assert.Equal(CompletionStatus.Completed, results.GetCompletionResult(0, 0, 3)!.Value.Status);
        Assert.Equal(100.0, results.GetCompletionResult(0, 0, 3)!.Value.Rate!.Value.Percent);
    }

    [Fact]
    public void Issue10_Bulk_completion_of_values_too_far_apart_is_missing_where_the_scalar_throws()
    {
        var results = OneSeries([1.7e308], [-1.7e308]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Completion.OfLevel(1.7e308, -1.7e308));
        Assert.Null(results.GetCompletionResult(0, 0, 0));
        Assert.Null(results.GetCompletion(0, 0, 0));
    }

    [Fact]
    public void Issue10_Bulk_results_need_a_computation()
    {
        var spec = new DatasetSpec(1, 1, 2, 2020, [100], [false], [1, 2], [1, 1]);
        var results = new BulkResults(spec.Build());
        Assert.Throws<InvalidOperationException>(() => results.GetGrowthResult(0, 0, 1));
        Assert.Throws<InvalidOperationException>(() => results.GetCompletionResult(0, 0, 1));
    }

    [Fact]
    public void Issue10_Bulk_results_refuse_a_changed_zone_until_it_is_recomputed()
    {
        var spec = new DatasetSpec(2, 1, 2, 2020, [100], [false], [100, 110, 100, 120], [100, 100, 100, 100]);
        var dataset = spec.Build();
        var results = Compute(dataset);
        dataset.SetActual(1, 0, 1, 148);
        // The engine's numbers of zone 1 are those of 120; a result read now would be of 148, so there is none.
        Assert.Throws<InvalidOperationException>(() => results.GetGrowthResult(1, 0, 1));
        Assert.Throws<InvalidOperationException>(() => results.GetCompletionResult(1, 0, 0));
        Assert.Equal(GrowthStatus.Rate, results.GetGrowthResult(0, 0, 1)!.Value.Status);
        BulkEngine.RecomputeZone(dataset, results, 1);
        Assert.Equal(148, results.GetGrowthResult(1, 0, 1)!.Value.Current);
        Assert.Equal("同比增长48.0%", ChinesePhrasing.Phrase(results.GetGrowthResult(1, 0, 1)!.Value));
        Assert.Equal(110, results.GetGrowthResult(0, 0, 1)!.Value.Current);
    }

    [Fact]
    public void Issue10_Bulk_results_of_a_zone_recomputed_from_another_dataset_leave_the_others_unread()
    {
        var first = new DatasetSpec(2, 1, 2, 2020, [100], [false], [100, 110, 100, 120], [100, 100, 100, 100]);
        var second = first with { Actual = [100, 130, 100, 140] };
        var results = Compute(first.Build());
        BulkEngine.RecomputeZone(second.Build(), results, 0);
        Assert.Equal(130, results.GetGrowthResult(0, 0, 1)!.Value.Current);
        // Zone 1 was computed from the first dataset, whose values the results no longer hold.
        Assert.Throws<InvalidOperationException>(() => results.GetGrowthResult(1, 0, 1));
    }
}
