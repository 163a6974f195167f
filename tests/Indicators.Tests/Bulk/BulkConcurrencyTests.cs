using System.Diagnostics;
using System.Globalization;

namespace Indicators.Tests.Bulk;

/// <summary>
/// One results object serves one call at a time: a second call while one fills it is refused with an
/// <see cref="InvalidOperationException"/>, and every call that is not refused leaves results equal to a sequential run
/// on its own dataset.
/// </summary>
public class BulkConcurrencyTests
{
    private const string Refusal = "is being filled by another call; give each concurrent call its own results";

    private static readonly BulkOptions OneThread = new() { MaxDegreeOfParallelism = 1 };

    [Fact]
    public async Task Issue9_03_SharedResultsBufferIsRefused()
    {
        // The reproducer: two concurrent bulk calls into one results buffer gave results equal to neither dataset, or
        // IndexOutOfRange / NullReference from the shared loop bookkeeping. Each entry point is held inside its fill
        // (by a user's scoring method or rule function that waits), and a second call on the same buffer is refused.
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();

        // BulkAssessment.Evaluate, held by a user's scoring method.
        var gate = new GateMethod(entered, release);
        var scheme = AssessmentScheme.CreateBuilder("gate", 100).WithCatalog(OneIndicatorCatalog("I0"))
            .Category("C", 100, b => b.Indicator("I0", gate, IndicatorWeight.Multiplier(1), MissingDataPolicy.ScoreZero, new ZoneTargets(50, null, 0)))
            .Build();
        var first = OneIndicatorDataset("I0", 10, 20);
        var second = OneIndicatorDataset("I0", 30, 40);
        var assessed = new BulkAssessmentResults(first, scheme);
        var holder = Task.Run(() => BulkAssessment.Evaluate(first, scheme, assessed, OneThread));
        Assert.True(entered.Wait(TimeSpan.FromSeconds(10)));
        var refused = Assert.Throws<InvalidOperationException>(() => BulkAssessment.Evaluate(second, scheme, assessed, OneThread));
        Assert.Contains("BulkAssessmentResults " + Refusal, refused.Message, StringComparison.Ordinal);
        // Refusing did not release the holder's claim.
        Assert.Throws<InvalidOperationException>(() => BulkAssessment.Evaluate(second, scheme, assessed, OneThread));
        release.Set();
        await holder.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(10.0 / 50 * 100, assessed.GetTotal(0, 0));
        Assert.Equal(20.0 / 50 * 100, assessed.GetTotal(1, 0));
        // Released at the end of the call: the buffer serves the next one.
        BulkAssessment.Evaluate(second, scheme, assessed, OneThread);
        Assert.Equal(30.0 / 50 * 100, assessed.GetTotal(0, 0));

        // RuleBulk.Evaluate, held by a user's rule function.
        entered.Reset();
        release.Reset();
        var environment = RuleEnvironment.Default.WithFunction(new RuleFunction("gate", [RuleType.Number], RuleType.Number, a =>
        {
            entered.Set();
            release.Wait(TimeSpan.FromSeconds(10));
            return a[0];
        }));
        var compiled = RulePlan.Compile(RuleSet.CreateBuilder().Indicator("A").Derived("D", Rule.Call("gate", Rule.Name("A"))).Build(), environment);
        Assert.True(compiled.Success, compiled.ToString());
        var plan = compiled.Value!;
        var ruleFirst = OneIndicatorDataset("A", 1, 2);
        var ruleResults = new RuleBulkResults(plan, ruleFirst);
        var ruleHolder = Task.Run(() => RuleBulk.Evaluate(plan, ruleFirst, ruleResults, OneThread));
        Assert.True(entered.Wait(TimeSpan.FromSeconds(10)));
        var ruleRefused = Assert.Throws<InvalidOperationException>(() => RuleBulk.Evaluate(plan, OneIndicatorDataset("A", 3, 4), ruleResults, OneThread));
        Assert.Contains("RuleBulkResults " + Refusal, ruleRefused.Message, StringComparison.Ordinal);
        release.Set();
        await ruleHolder.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([1.0, 2.0], [ruleResults.GetValue(0, "D", 0)!.Value, ruleResults.GetValue(1, "D", 0)!.Value]);

        // BulkEngine has no user code to hold it: two threads started together recompute different datasets into one
        // buffer, over and over; some calls are refused, none fails otherwise, and the buffer ends with the results of
        // one dataset, never a mixture.
        var datasets = new[] { EngineDataset(new Random(3), 400), EngineDataset(new Random(4), 400) };
        var expected = datasets.Select(d => EngineSnapshot(Recomputed(d))).ToArray();
        var shared = new BulkResults(datasets[0]);
        int refusals = 0;
        var outcomes = RunTogether(
            () => Repeat(() => BulkEngine.Recompute(datasets[0], shared, OneThread), ref refusals),
            () => Repeat(() => BulkEngine.Recompute(datasets[1], shared, new BulkOptions { MaxDegreeOfParallelism = 2 }), ref refusals));
        AssertOneOf(EngineSnapshot(shared), outcomes, expected);
        Assert.True(refusals > 0, "two threads recomputing into one buffer were never refused");

        // RecomputeZone too; and a call that fails for its own reason still releases the buffer.
        var fresh = new BulkResults(datasets[0]);
        Assert.Throws<InvalidOperationException>(() => BulkEngine.RecomputeZone(datasets[0], fresh, 0));
        BulkEngine.Recompute(datasets[0], fresh, OneThread);
        refusals = 0;
        outcomes = RunTogether(
            () => Repeat(() => BulkEngine.Recompute(datasets[0], fresh, OneThread), ref refusals),
            () => Repeat(() => BulkEngine.RecomputeZone(datasets[0], fresh, 7), ref refusals));
        AssertOneOf(EngineSnapshot(fresh), outcomes, [expected[0], expected[0]]);
        Assert.True(refusals > 0, "a recomputation and incremental ones on one buffer were never refused");
    }

    /// <summary>
    /// Calls <paramref name="call"/> 20 times and then until some call (of any thread) was refused, for 2 s at most, so
    /// that two threads overlap even when the machine runs one of them late; counts the refusals, and any other
    /// exception ends the loop.
    /// </summary>
    private static void Repeat(Action call, ref int refusals)
    {
        var clock = Stopwatch.StartNew();
        for (int n = 0; n < 20 || (Volatile.Read(ref refusals) == 0 && clock.ElapsedMilliseconds < 2000); n++)
        {
            try
            {
                call();
            }
            catch (InvalidOperationException e) when (e.Message.Contains(Refusal, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref refusals);
            }
        }
    }

    [Fact]
    public void Concurrent_bulk_calls_give_sequential_results_or_are_refused()
    {
        // Rounds of four threads started together on random datasets of one shape: three share a results object, one
        // has its own. Each call completes with results equal to a sequential run on its dataset, or is refused with
        // the InvalidOperationException; nothing else, and the shared buffer holds one dataset's results, never a mix.
        var random = new Random(2026_12_04);
        var kinds = new IKind[] { new EngineKind(random), new AssessmentKind(random), new RuleKind(random) };
        int refusals = 0, rounds = 0;
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 1500 && rounds < 300)
        {
            var kind = kinds[rounds++ % kinds.Length];
            var shared = kind.NewResults();
            var own = kind.NewResults();
            int[] picks = [random.Next(4), random.Next(4), random.Next(4), random.Next(4)];
            var options = picks.Select(_ => new BulkOptions { MaxDegreeOfParallelism = random.Next(1, 3) }).ToArray();
            var outcomes = RunTogether(
                () => kind.Run(picks[0], shared, options[0]),
                () => kind.Run(picks[1], shared, options[1]),
                () => kind.Run(picks[2], shared, options[2]),
                () => kind.Run(picks[3], own, options[3]));
            Assert.Null(outcomes[3]);
            Assert.Equal(kind.Expected[picks[3]], kind.Snapshot(own));
            refusals += outcomes.Count(o => o is InvalidOperationException);
            AssertOneOf(kind.Snapshot(shared), outcomes[..3], picks[..3].Select(p => kind.Expected[p]).ToArray());
        }
        Assert.True(refusals > 0, $"{rounds} rounds and never a refusal: the property did not exercise concurrent use");
    }

    /// <summary>Runs the calls on threads of their own, released together; each outcome is null or what the call threw.</summary>
    private static Exception?[] RunTogether(params Action[] calls)
    {
        var outcomes = new Exception?[calls.Length];
        using var start = new Barrier(calls.Length);
        var threads = calls.Select((call, k) => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                call();
            }
#pragma warning disable CA1031 // Every outcome is checked by the caller: a refusal, or a failure of the property.
            catch (Exception e)
#pragma warning restore CA1031
            {
                outcomes[k] = e;
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }
        foreach (var thread in threads)
        {
            thread.Join();
        }
        return outcomes;
    }

    /// <summary>Every outcome is a success or the refusal, at least one call succeeded, and the buffer holds the results of one that did.</summary>
    private static void AssertOneOf(double[] actual, Exception?[] outcomes, double[][] expected)
    {
        foreach (var outcome in outcomes)
        {
            if (outcome is not null and not InvalidOperationException || (outcome is InvalidOperationException refused && !refused.Message.Contains(Refusal, StringComparison.Ordinal)))
            {
                throw new Xunit.Sdk.XunitException("A call failed with something other than the refusal: " + outcome);
            }
        }
        var succeeded = Enumerable.Range(0, outcomes.Length).Where(k => outcomes[k] is null).ToArray();
        Assert.NotEmpty(succeeded);
        Assert.Contains(succeeded, k => expected[k].AsSpan().SequenceEqual(actual));
    }

    private static IndicatorCatalog OneIndicatorCatalog(string code) => IndicatorCatalog.Empty.With(
        [IndicatorDefinition.Create(code, "指标" + code, "Indicator " + code, Units.Count("项"), IndicatorNature.Flow, Polarity.Positive)]);

    private static BulkDataset OneIndicatorDataset(string code, double zone0, double zone1)
    {
        var dataset = new BulkDataset(2, [1.0], [Polarity.Positive], 1, 2024, [code]);
        dataset.SetActual(0, 0, 0, zone0);
        dataset.SetActual(1, 0, 0, zone1);
        return dataset;
    }

    private static BulkDataset EngineDataset(Random random, int zones)
    {
        var dataset = new BulkDataset(zones, [30.0, 20.0, 25.0, 15.0, 10.0], [Polarity.Positive, Polarity.Reverse, Polarity.Positive, Polarity.Positive, Polarity.Reverse], 4, 2020);
        for (int k = 0; k < dataset.CellCount; k++)
        {
            dataset.Actual[k] = random.Next(12) == 0 ? double.NaN : random.Next(1, 100_000) / 100.0;
            dataset.Target[k] = random.Next(1, 100_000) / 100.0;
        }
        return dataset;
    }

    private static BulkResults Recomputed(BulkDataset dataset)
    {
        var results = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, results, OneThread);
        return results;
    }

    /// <summary>Every public output of the results, missing as NaN, ranks as numbers.</summary>
    private static double[] EngineSnapshot(BulkResults results)
    {
        var values = new List<double>();
        for (int z = 0; z < results.ZoneCount; z++)
        {
            for (int y = 0; y < results.YearCount; y++)
            {
                for (int i = 0; i < results.IndicatorCount; i++)
                {
                    values.Add(results.GetGrowth(z, i, y) ?? double.NaN);
                    values.Add(results.GetCompletion(z, i, y) ?? double.NaN);
                    values.Add(results.GetOverfulfilment(z, i, y) ?? double.NaN);
                    values.Add(results.IsAttained(z, i, y) ? 1 : 0);
                }
                values.Add(results.GetScore(z, y) ?? double.NaN);
                values.Add(results.GetRank(z, y) ?? -1);
            }
        }
        return [.. values];
    }

    private static double[] AssessmentSnapshot(BulkAssessmentResults results)
    {
        var values = new List<double>();
        for (int z = 0; z < results.ZoneCount; z++)
        {
            for (int y = 0; y < results.YearCount; y++)
            {
                values.Add((double)results.GetStatus(z, y));
                values.Add(results.GetTotal(z, y) ?? double.NaN);
                values.Add(results.GetRank(z, y) ?? -1);
                for (int k = 0; k < results.IndicatorCount; k++)
                {
                    values.Add(results.GetPoints(z, k, y) ?? double.NaN);
                }
                for (int c = 0; c < results.CategoryCount; c++)
                {
                    values.Add(results.GetCategorySubtotal(z, c, y) ?? double.NaN);
                }
            }
        }
        return [.. values];
    }

    /// <summary>One bulk entry point over four random datasets of one shape, with their sequential results.</summary>
    private interface IKind
    {
        double[][] Expected { get; }

        object NewResults();

        void Run(int dataset, object results, BulkOptions options);

        double[] Snapshot(object results);
    }

    private sealed class EngineKind : IKind
    {
        private readonly BulkDataset[] datasets;

        public EngineKind(Random random)
        {
            datasets = Enumerable.Range(0, 4).Select(_ => EngineDataset(random, random.Next(100, 400))).ToArray();
            // One shape for all four, so that one buffer fits every dataset.
            datasets = datasets.Select(d => Reshaped(d, datasets[0].ZoneCount)).ToArray();
            Expected = datasets.Select(d => EngineSnapshot(Recomputed(d))).ToArray();
        }

        public double[][] Expected { get; }

        public object NewResults() => new BulkResults(datasets[0]);

        public void Run(int dataset, object results, BulkOptions options) => BulkEngine.Recompute(datasets[dataset], (BulkResults)results, options);

        public double[] Snapshot(object results) => EngineSnapshot((BulkResults)results);

        private static BulkDataset Reshaped(BulkDataset dataset, int zones)
        {
            var copy = new BulkDataset(zones, [30.0, 20.0, 25.0, 15.0, 10.0], [Polarity.Positive, Polarity.Reverse, Polarity.Positive, Polarity.Positive, Polarity.Reverse], 4, 2020);
            for (int k = 0; k < copy.CellCount; k++)
            {
                copy.Actual[k] = dataset.Actual[k % dataset.CellCount];
                copy.Target[k] = dataset.Target[(k * 7) % dataset.CellCount];
            }
            return copy;
        }
    }

    private sealed class AssessmentKind : IKind
    {
        private readonly BulkDataset[] datasets;
        private readonly AssessmentScheme scheme;

        public AssessmentKind(Random random)
        {
            const int zones = 150, indicators = 4, years = 3;
            CategorySpec[] categories =
            [
                new(60, null, [new IndicatorSpec(0, 0, 1.0, MissingDataPolicy.Reweight), new IndicatorSpec(1, 3, 1.2, MissingDataPolicy.ScoreZero)]),
                new(40, 36, [new IndicatorSpec(2, 4, 1.0, MissingDataPolicy.ScoreZero), new IndicatorSpec(3, 2, 0.8, MissingDataPolicy.Reweight)]),
            ];
            var template = new AssessmentCase(zones, indicators, years, [false, true, false, false], [], [], categories, 1);
            scheme = template.Scheme();
            double Value() => random.Next(10) == 0 ? double.NaN : random.Next(1, 200_000) / 1000.0;
            datasets = Enumerable.Range(0, 4).Select(_ => (template with
            {
                Actual = Enumerable.Range(0, zones * indicators * years).Select(_ => Value()).ToArray(),
                Target = Enumerable.Range(0, zones * indicators * years).Select(_ => Value()).ToArray(),
            }).Dataset()).ToArray();
            Expected = datasets.Select(d =>
            {
                var results = new BulkAssessmentResults(d, scheme);
                BulkAssessment.Evaluate(d, scheme, results, OneThread);
                return AssessmentSnapshot(results);
            }).ToArray();
        }

        public double[][] Expected { get; }

        public object NewResults() => new BulkAssessmentResults(datasets[0], scheme);

        public void Run(int dataset, object results, BulkOptions options) => BulkAssessment.Evaluate(datasets[dataset], scheme, (BulkAssessmentResults)results, options);

        public double[] Snapshot(object results) => AssessmentSnapshot((BulkAssessmentResults)results);
    }

    private sealed class RuleKind : IKind
    {
        private readonly BulkDataset[] datasets;
        private readonly RulePlan plan;

        public RuleKind(Random random)
        {
            var rules = RuleSet.Parse("""
                indicator A "甲" unit 万元;
                indicator B "乙" unit 万元;
                indicator R "比率" = A / B * 100;
                scheme T total 100 {
                  category K1 70 { R 40 by capped_ratio(1.5) missing zero target 60; A 30 by efficacy_coefficient() missing reweight; }
                  category K2 30 { B *1 by capped_ratio(1.2) missing zero target 70; }
                }
                """);
            Assert.True(rules.Success, string.Join("\n", rules.Diagnostics));
            var compiled = RulePlan.Compile(rules.Value!);
            Assert.True(compiled.Success, compiled.ToString());
            plan = compiled.Value!;
            const int zones = 300, years = 3;
            datasets = Enumerable.Range(0, 4).Select(_ =>
            {
                var dataset = new BulkDataset(zones, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], years, 2022, ["B", "A"]);
                for (int k = 0; k < dataset.CellCount; k++)
                {
                    dataset.Actual[k] = random.Next(10) == 0 ? double.NaN : random.Next(0, 150);
                }
                return dataset;
            }).ToArray();
            Expected = datasets.Select(d => Snapshot(plan.EvaluateBulk(d, OneThread))).ToArray();
        }

        public double[][] Expected { get; }

        public object NewResults() => new RuleBulkResults(plan, datasets[0]);

        public void Run(int dataset, object results, BulkOptions options) => RuleBulk.Evaluate(plan, datasets[dataset], (RuleBulkResults)results, options);

        public double[] Snapshot(object results)
        {
            var rule = (RuleBulkResults)results;
            var values = new List<double>();
            for (int z = 0; z < rule.ZoneCount; z++)
            {
                for (int y = 0; y < rule.YearCount; y++)
                {
                    values.Add(rule.GetValue(z, "R", y) ?? double.NaN);
                }
            }
            values.AddRange(AssessmentSnapshot(rule.GetAssessment("T")));
            return [.. values];
        }
    }

    /// <summary>A user's scoring method that signals when a fill has begun and waits to be released: it holds the call inside.</summary>
    private sealed class GateMethod(ManualResetEventSlim entered, ManualResetEventSlim release) : IScoringMethod
    {
        public string Name => "gate";

        public bool IsRelative => false;

        public IndicatorScore Score(in ScoringInput input)
        {
            entered.Set();
            release.Wait(TimeSpan.FromSeconds(10));
            var points = input.Weight * input.Value / (input.Target ?? 1);
            return new IndicatorScore(points, null, Name, string.Create(CultureInfo.InvariantCulture, $"{input.Weight} × {input.Value} / {input.Target}"));
        }
    }
}
