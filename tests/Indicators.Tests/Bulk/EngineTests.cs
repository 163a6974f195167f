using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Indicators.Tests.Bulk;

public sealed class EngineTests
{
    /// <summary>A random dataset: small palettes of values so that exact score ties, zeros, −0, negatives and missing cells are common.</summary>
    public sealed record Spec(int Zones, int Years, double[] Weights, bool[] Reverse, double?[] Actual, double?[] Target)
    {
        public int Indicators => Weights.Length;

        public BulkDataset Build()
        {
            var data = new BulkDataset(Zones, Weights, Reverse.Select(r => r ? Polarity.Reverse : Polarity.Positive).ToArray(), Years, 2010);
            for (int z = 0, k = 0; z < Zones; z++)
            {
                for (int i = 0; i < Indicators; i++)
                {
                    for (int y = 0; y < Years; y++, k++)
                    {
                        data.SetActual(z, i, y, Actual[k]);
                        data.SetTarget(z, i, y, Target[k]);
                    }
                }
            }
            return data;
        }

        public override string ToString() =>
            $"Z={Zones} I={Indicators} Y={Years} w=[{string.Join(",", Weights)}] rev=[{string.Join(",", Reverse)}] a=[{string.Join(",", Actual)}] t=[{string.Join(",", Target)}]";
    }

    internal static readonly Gen<double?> Value = Gen.OneOf(
        Gen.Elements<double?>(null, 0.0, -0.0, -2.0, 0.5, 1.0, 1.2, 2.0, 4.0),
        Gen.Choose(-50, 2000).Select(n => (double?)(n / 37.0)));

    internal static readonly Gen<Spec> Specs =
        from zones in Gen.Choose(1, 12)
        from indicators in Gen.Choose(1, 5)
        from years in Gen.Choose(1, 11)
        from weights in Gen.Elements(0.0, 1.0, 2.5, 10.0, 33.3).ArrayOf(indicators)
        from reverse in Gen.Elements(false, true).ArrayOf(indicators)
        from actual in Value.ArrayOf(zones * indicators * years)
        from target in Value.ArrayOf(zones * indicators * years)
        select new Spec(zones, years, weights, reverse, actual, target);

    /// <summary>The zones-bulk definition (benchmarks/zones-bulk/workload.md), written as plainly as possible, with NaN for "no value",
    /// and the engine's documented departures from it for negative actual values and negative ceilings. The score is the
    /// definition's Σ w·min(c, 1.2) ÷ Σ w · 100 in the operations of the equivalent scheme (BulkEngine.ScoreScheme):
    /// points 100·w ÷ Σw, the points of the indicators without a completion reweighted onto the others, each clamped
    /// to [0, w'·1.2] and summed in indicator order.</summary>
    private sealed class Reference
    {
        public Reference(Spec s)
        {
            int cells = s.Zones * s.Indicators * s.Years;
            Growth = new double[cells];
            Completion = new double[cells];
            Overf = new double[cells];
            Attained = new bool[cells];
            Score = new double[s.Zones * s.Years];
            Rank = new int[s.Zones * s.Years];
            for (int z = 0; z < s.Zones; z++)
            {
                for (int y = 0; y < s.Years; y++)
                {
                    double weightSum = s.Weights.Sum();
                    double[] points = s.Weights.Select(w => 100.0 * w / weightSum).ToArray();
                    double dropped = 0;
                    for (int i = 0; i < s.Indicators; i++)
                    {
                        int k = (z * s.Indicators + i) * s.Years + y;
                        double a = s.Actual[k] ?? double.NaN, t = s.Target[k] ?? double.NaN;
                        double p = y == 0 ? double.NaN : s.Actual[k - 1] ?? double.NaN;
                        // The definition, where it meets the scalar API's statuses (values the workload never has),
                        // follows them: no growth rate for a loss (由盈转亏) or an overflowing percent, no completion
                        // for a negative ceiling or an overflowing percent.
                        Growth[k] = y > 0 && p > 0 && a >= 0 && double.IsFinite(a / p * 100) ? a / p - 1.0 : double.NaN;
                        (double num, double den) = s.Reverse[i] ? (t, a) : (a, t);
                        bool rate = den > 0 && (num >= 0 || !s.Reverse[i]) && (num == den || double.IsFinite(100 * num / den));
                        double c = rate ? num / den : double.NaN;
                        Completion[k] = c;
                        Overf[k] = double.IsNaN(c) ? double.NaN : Math.Max(0.0, c - 1.0);
                        Attained[k] = c >= 1.0;
                        if (double.IsNaN(c))
                        {
                            dropped += points[i];
                        }
                    }
                    double kept = points.Sum() - dropped;
                    double scale = dropped > 0 ? (kept + dropped) / kept : 1.0;
                    // Each indicator's capped points at its own points, summed in indicator order, the sum times the
                    // reweighting scale once (issue 10: the scheme reweights a sum of proportional points so).
                    double sum = 0;
                    for (int i = 0; i < s.Indicators; i++)
                    {
                        double c = Completion[(z * s.Indicators + i) * s.Years + y];
                        double w = points[i];
                        sum += double.IsNaN(c) ? 0.0 : Math.Clamp(w * Math.Min(c, 1.2), 0, w * 1.2) + 0.0;
                    }
                    double score = scale * sum;
                    // No weight at all, or none kept (within 1e-12 of the category's 100): no score.
                    bool none = weightSum == 0 || (dropped > 0 && kept <= 1e-12 * 100);
                    Score[z * s.Years + y] = none ? double.NaN : score;
                }
            }
            for (int y = 0; y < s.Years; y++)
            {
                int scored = Enumerable.Range(0, s.Zones).Count(z => !double.IsNaN(Score[z * s.Years + y]));
                for (int z = 0; z < s.Zones; z++)
                {
                    double mine = Score[z * s.Years + y];
                    Rank[z * s.Years + y] = double.IsNaN(mine)
                        ? scored + 1
                        : 1 + Enumerable.Range(0, s.Zones).Count(other => Score[other * s.Years + y] > mine);
                }
            }
        }

        public double[] Growth { get; }
        public double[] Completion { get; }
        public double[] Overf { get; }
        public bool[] Attained { get; }
        public double[] Score { get; }
        public int[] Rank { get; }
    }

    private static bool Same(double? actual, double expected) =>
        actual is { } v ? BitConverter.DoubleToInt64Bits(v) == BitConverter.DoubleToInt64Bits(expected) : double.IsNaN(expected);

    /// <summary>Every output equals the reference, bitwise; returns a description of the first difference, or null.</summary>
    private static string? Difference(Spec s, BulkResults r)
    {
        var e = new Reference(s);
        for (int z = 0; z < s.Zones; z++)
        {
            for (int y = 0; y < s.Years; y++)
            {
                for (int i = 0; i < s.Indicators; i++)
                {
                    int k = (z * s.Indicators + i) * s.Years + y;
                    if (!Same(r.GetGrowth(z, i, y), e.Growth[k])) { return $"growth ({z},{i},{y}): {r.GetGrowth(z, i, y)} vs {e.Growth[k]}"; }
                    if (!Same(r.GetCompletion(z, i, y), e.Completion[k])) { return $"completion ({z},{i},{y}): {r.GetCompletion(z, i, y)} vs {e.Completion[k]}"; }
                    if (!Same(r.GetOverfulfilment(z, i, y), e.Overf[k])) { return $"overf ({z},{i},{y}): {r.GetOverfulfilment(z, i, y)} vs {e.Overf[k]}"; }
                    if (r.IsAttained(z, i, y) != e.Attained[k]) { return $"attained ({z},{i},{y})"; }
                }
                if (!Same(r.GetScore(z, y), e.Score[z * s.Years + y])) { return $"score ({z},{y}): {r.GetScore(z, y)} vs {e.Score[z * s.Years + y]}"; }
                if (r.GetRank(z, y) != e.Rank[z * s.Years + y]) { return $"rank ({z},{y}): {r.GetRank(z, y)} vs {e.Rank[z * s.Years + y]}"; }
            }
        }
        return null;
    }

    [Property(MaxTest = 150)]
    public Property EveryOutputEqualsTheWorkloadDefinitionBitwiseWhateverThreadsAndVectorisation(Spec spec, ThreadCount threads, LoopKind loops)
    {
        var (n, scalarOnly) = (threads.Value, loops.ScalarOnly);
        BulkDataset data = spec.Build();
        var results = new BulkResults(data);
        BulkEngine.Recompute(data, results, new BulkOptions { MaxDegreeOfParallelism = n, ScalarOnly = scalarOnly });
        string? difference = Difference(spec, results);
        return difference is null ? true.ToProperty() : false.Label(difference);
    }

    [Property(MaxTest = 150)]
    public Property RecomputingAZoneAfterAChangeEqualsAFullRecompute(EngineChange c)
    {
        BulkDataset data = c.Spec.Build();
        var results = new BulkResults(data);
        BulkEngine.Recompute(data, results);
        double?[] actual = (double?[])c.Spec.Actual.Clone(), target = (double?[])c.Spec.Target.Clone();
        foreach (var (i, y, isTarget, value) in c.Edits)
        {
            int k = (c.Zone * c.Spec.Indicators + i) * c.Spec.Years + y;
            if (isTarget) { data.SetTarget(c.Zone, i, y, value); target[k] = value; }
            else { data.SetActual(c.Zone, i, y, value); actual[k] = value; }
        }
        BulkEngine.RecomputeZone(data, results, c.Zone);
        string? difference = Difference(c.Spec with { Actual = actual, Target = target }, results);
        return difference is null ? true.ToProperty() : false.Label(difference);
    }

    [Fact]
    public void RepeatedIncrementalUpdatesKeepTheRanksOfAFullRecompute()
    {
        // Many successive moves through one sorted order, including into and out of ties and NaN.
        var spec = new Spec(6, 2, [1.0], [false], new double?[12], Enumerable.Repeat<double?>(1.0, 12).ToArray());
        BulkDataset data = spec.Build();
        var results = new BulkResults(data);
        BulkEngine.Recompute(data, results);
        double?[] actual = new double?[12];
        double?[] walk = [0.5, 0.8, null, 0.8, 1.1, 0.5, 2.0, null, 0.8, 0.3, 1.1, 0.8];
        for (int step = 0; step < 40; step++)
        {
            int zone = (step * 7) % 6;
            int year = step % 2;
            double? value = walk[(step * 5) % walk.Length];
            data.SetActual(zone, 0, year, value);
            actual[zone * 2 + year] = value;
            BulkEngine.RecomputeZone(data, results, zone);
            Assert.Null(Difference(spec with { Actual = actual }, results));
        }
    }

    [Fact]
    public void LongSeriesBeyondTheStackScratchAgreeWithTheDefinition()
    {
        // More than 256 years: the per-zone score sums live on the heap instead of the stack.
        Spec spec = (from a in Value.ArrayOf(3 * 2 * 300)
                     from t in Value.ArrayOf(3 * 2 * 300)
                     select new Spec(3, 300, [40.0, 60.0], [false, true], a, t)).Sample(1, 1).Single();
        BulkDataset data = spec.Build();
        var results = new BulkResults(data);
        BulkEngine.Recompute(data, results, new BulkOptions { MaxDegreeOfParallelism = 2 });
        Assert.Null(Difference(spec, results));
        data.SetActual(1, 1, 299, 0.25);
        BulkEngine.RecomputeZone(data, results, 1);
        double?[] actual = (double?[])spec.Actual.Clone();
        actual[(1 * 2 + 1) * 300 + 299] = 0.25;
        Assert.Null(Difference(spec with { Actual = actual }, results));
    }

    [Fact]
    public void WorkedExampleOfScoresAndCompetitionRanks()
    {
        // Hand-computed from the zones-bulk definition. Indicator 0: weight 60, positive; indicator 1: weight 40, reverse.
        var data = new BulkDataset(4, [60.0, 40.0], [Polarity.Positive, Polarity.Reverse], 2, 2023);
        void Set(int z, int i, int y, double? a, double? t) { data.SetActual(z, i, y, a); data.SetTarget(z, i, y, t); }
        Set(0, 0, 0, 100, 100); Set(0, 1, 0, 0.5, 0.5);   // c = 1, 1: score 100
        Set(0, 0, 1, 130, 100); Set(0, 1, 1, 0.4, 0.5);   // c = 1.3 → 1.2 (cap), 1.25 → 1.2: score 120
        Set(1, 0, 0, 90, 100); Set(1, 1, 0, 0.5, 0.5);    // c = 0.9, 1: (54 + 40) / 100 · 100 = 94
        Set(1, 0, 1, 0, 100); Set(1, 1, 1, null, 0.5);    // growth from 90 to 0 is −100%; c = 0 only: score 0
        Set(2, 0, 0, 90, 100); Set(2, 1, 0, 0.5, 0.5);    // the same 94: a tie with zone 1
        Set(2, 0, 1, 100, null); Set(2, 1, 1, 0, 0.5);     // no target, reverse with actual 0: no score
        // zone 3 has nothing at all: no score in either year.
        var results = new BulkResults(data);
        BulkEngine.Recompute(data, results, new BulkOptions { MaxDegreeOfParallelism = 1 });

        Assert.Equal([100.0, 94.0, 94.0, null], Enumerable.Range(0, 4).Select(z => results.GetScore(z, 0)));
        Assert.Equal([1, 2, 2, 4], Enumerable.Range(0, 4).Select(z => results.GetRank(z, 0)));
        Assert.Equal([120.0, 0.0, null, null], Enumerable.Range(0, 4).Select(z => results.GetScore(z, 1)));
        Assert.Equal([1, 2, 3, 3], Enumerable.Range(0, 4).Select(z => results.GetRank(z, 1)));
        Assert.Null(results.GetGrowth(0, 0, 0));
        Assert.Equal(0.3, results.GetGrowth(0, 0, 1)!.Value, 12);
        Assert.Equal(-1.0, results.GetGrowth(1, 0, 1));
        Assert.Equal(-1.0, results.GetGrowth(2, 1, 1));         // from 0.5 to 0: 0/0.5 − 1
        Assert.Null(results.GetGrowth(1, 1, 1));                // this year's value is missing
        Assert.Equal(1.25, results.GetCompletion(0, 1, 1));
        Assert.Equal(0.25, results.GetOverfulfilment(0, 1, 1));
        Assert.Equal(0.0, results.GetOverfulfilment(1, 0, 0));
        Assert.True(results.IsAttained(0, 0, 0));
        Assert.False(results.IsAttained(1, 0, 0));
        Assert.Null(results.GetCompletion(2, 1, 1));
        Assert.False(results.IsAttained(2, 1, 1));
    }

    [Fact]
    public void MisuseIsReportedClearly()
    {
        var data = new BulkDataset(2, [1.0], [Polarity.Positive], 3);
        var results = new BulkResults(data);
        Assert.Throws<InvalidOperationException>(() => results.GetRank(0, 0));
        Assert.Throws<InvalidOperationException>(() => BulkEngine.RecomputeZone(data, results, 0));
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => BulkEngine.Recompute(new BulkDataset(3, [1.0], [Polarity.Positive], 3), results)).ParamName);
        BulkEngine.Recompute(data, results);
        Assert.Equal("zone", Assert.Throws<ArgumentOutOfRangeException>(() => BulkEngine.RecomputeZone(data, results, 2)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BulkOptions { MaxDegreeOfParallelism = 0 });
    }

    [Fact]
    public void Issue10_Results_never_computed_are_refused_not_read_as_zero()
    {
        // Fresh buffers hold zeros: growth 0, completion 0 and score 0 would be silent wrong numbers.
        var data = new BulkDataset(2, [1.0], [Polarity.Positive], 3);
        data.SetActual(0, 0, 1, 100);
        data.SetActual(0, 0, 2, 110);
        data.SetTarget(0, 0, 2, 100);
        var results = new BulkResults(data);
        var reads = new Action[]
        {
            () => results.GetGrowth(0, 0, 2), () => results.GetGrowthResult(0, 0, 2), () => results.GetCompletion(0, 0, 2),
            () => results.GetCompletionResult(0, 0, 2), () => results.GetOverfulfilment(0, 0, 2),
            () => results.IsAttained(0, 0, 2), () => results.GetScore(0, 2), () => results.GetRank(0, 2),
        };
        Assert.All(reads, read => Assert.Contains("BulkEngine.Recompute", Assert.Throws<InvalidOperationException>(read).Message));
        BulkEngine.Recompute(data, results);
        Assert.All(reads, read => read());
        Assert.Equal(0.1, results.GetGrowth(0, 0, 2)!.Value, 12);
        Assert.Equal(1.1, results.GetCompletion(0, 0, 2)!.Value, 12);
        Assert.Null(results.GetGrowth(1, 0, 2));
    }
}

public sealed class EngineAllocationTests
{
    [Fact]
    public void SingleThreadedRecomputeAndIncrementalUpdateAllocateNothingOnceWarm()
    {
        var data = new BulkDataset(50, [30.0, 70.0], [Polarity.Positive, Polarity.Reverse], 15);
        for (int z = 0; z < 50; z++)
        {
            for (int y = 0; y < 15; y++)
            {
                data.SetActual(z, 0, y, 1 + ((z * 7 + y) % 11));
                data.SetTarget(z, 0, y, 6);
                data.SetActual(z, 1, y, 2 + ((z * 3 + y) % 5));
                data.SetTarget(z, 1, y, 4);
            }
        }
        var results = new BulkResults(data);
        var options = new BulkOptions { MaxDegreeOfParallelism = 1 };
        BulkEngine.Recompute(data, results, options);
        BulkEngine.RecomputeZone(data, results, 3);

        // The runtime may allocate on this thread once, between tiers of the JIT (a net8.0 CI run counted 3,496 bytes in
        // one pass under the full suite's load): the least of three passes is the engine's own allocation, and an engine
        // that allocated would allocate in every pass.
        long allocated = long.MaxValue;
        for (var pass = 0; pass < 3 && allocated != 0; pass++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            BulkEngine.Recompute(data, results, options);
            data.SetActual(3, 0, 4, 40.0);
            data.SetActual(3, 1, 4, 1.0);
            BulkEngine.RecomputeZone(data, results, 3);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, allocated);
        // The update took effect: 40/6 and 4/1 both cap at 1.2, the highest possible score.
        Assert.Equal(120.0, results.GetScore(3, 4));
        Assert.Equal(1, results.GetRank(3, 4));
    }
}
