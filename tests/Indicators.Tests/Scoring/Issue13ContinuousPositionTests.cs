using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Assessment;

namespace Indicators.Tests.Scoring;

/// <summary>
/// Issue 13: the efficacy coefficient and interpolation divide in binary (<c>ScoringChecks.ContinuousPosition</c>), as
/// docs/numeric-policy.md has the continuous methods do. The binary index stays within a proved rounding bound of the
/// decimal-snapped one it replaces, and the points stay monotone in the value.
/// </summary>
public class Issue13ContinuousPositionTests
{
    private const double U = 1.0 / (1L << 53);

    /// <summary>A decimal of at most 15 significant digits, as data are: m / 10^k with |m| below 10^8 and k up to 6.</summary>
    private static readonly Gen<decimal> Decimals =
        from m in Gen.Choose(-100_000_000, 100_000_000)
        from k in Gen.Choose(0, 6)
        select m / Pow10(k);

    /// <summary>A spread best − worst of either sign, from 10^-6 to 10^6, as a decimal of at most 7 significant digits.</summary>
    private static readonly Gen<decimal> Spreads =
        from m in Gen.Choose(1, 1_000_000)
        from k in Gen.Choose(0, 6)
        from sign in Gen.Elements(1, -1)
        select sign * m / Pow10(k);

    private static decimal Pow10(int k) => k == 0 ? 1m : 10m * Pow10(k - 1);

    /// <summary>The double nearest the decimal (parsing rounds correctly), as a loader reads it.</summary>
    private static double Read(decimal value) => double.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The index as it was before: the decimal quotient of the values snapped to 15 significant digits.</summary>
    private static double DecimalIndex(double value, double best, double worst) =>
        Math.Clamp(60 + (40 * ScoringChecks.StepsBetween(value, worst, best - worst)), 0, 100);

    /// <summary>
    /// The bound proved, for data A (value), L (worst), H (best) read from decimals, P = (A − L) / (H − L) exact and
    /// u = 2^-53. Reading rounds each by at most u relatively, so the binary differences are off by at most
    /// E = 2.01u(|A| + |L|) and F = 2.01u(|H| + |L|), and the binary position by dp = (E + |P|F) / (|H − L| − F) + 1.01u|P|
    /// (the division rounds once). The decimal position snaps A and L to 15 significant digits (5.01e-15 relatively at
    /// most: Ed) and the binary divisor too (Fd = F + 5.01e-15 of it), then converts its quotient to a double:
    /// dq = (Ed + |P|Fd) / (|H − L| − Fd) + 3.01u|P|. 60 + 40p rounds twice, each time by at most u of its size, and the
    /// clamp is 1-Lipschitz: the binary index is within 40dp + 2.02u(60 + 80(|P| + dp)) + 101u of the exact one (rounded
    /// to a double), and within 40(dp + dq) + 2.02u(60 + 80(|P| + dp + dq)) of the decimal one. When the values are no
    /// larger than the spread (|A|, |L|, |H| ≤ |H − L|) and the value lies between worst and best, the first is below 750u:
    /// six ulps of an index from 64 to 100 (ulp 128u); the decimal one's own error (dq, up to ~140u × 40) dominates the second.
    /// </summary>
    [Property(MaxTest = 2000)]
    public Property Issue13_ContinuousPosition_the_binary_efficacy_index_is_within_the_proved_bound_of_the_decimal_one()
    {
        var cases = from worst in Decimals
                    from spread in Spreads
                    from value in Decimals
                    from near in Gen.Choose(0, 2)
                    // A third of the values between worst and best, where the index is not clamped.
                    let a = near == 0 ? worst + (spread * (value - Math.Truncate(value))) : value
                    select (a, worst, best: worst + spread);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            double a = Read(c.a), l = Read(c.worst), h = Read(c.best);
            decimal exact = (c.a - c.worst) / (c.best - c.worst);
            double p = Math.Abs((double)exact), d = Math.Abs((double)(c.best - c.worst));
            double e = 2.01 * U * (Math.Abs(a) + Math.Abs(l)), f = 2.01 * U * (Math.Abs(h) + Math.Abs(l));
            double fd = f + (5.01e-15 * (d + f));
            double ed = 5.01e-15 * (Math.Abs(a) + Math.Abs(l));
            double dp = ((e + (p * f)) / (d - f)) + (1.01 * U * p);
            double dq = (((ed + (p * fd)) / (d - fd))) + (3.01 * U * p);
            double toExact = (40 * dp) + (2.02 * U * (60 + (80 * (p + dp)))) + (101 * U);
            double toDecimal = (40 * (dp + dq)) + (2.02 * U * (60 + (80 * (p + dp + dq))));
            EfficacyCoefficientScoring.Points(10, a, h, l, out var binary);
            double exactIndex = (double)Math.Clamp(60 + (40 * exact), 0m, 100m);
            double before = DecimalIndex(a, h, l);
            double position = ScoringChecks.ContinuousPosition(a, l, h, l);
            return (fd < d / 2 && Math.Abs(position - (double)exact) <= dp
                    && Math.Abs(binary - exactIndex) <= toExact && Math.Abs(binary - before) <= toDecimal)
                .Label($"value {c.a}, worst {c.worst}, best {c.best}: binary {binary:R}, exact {exactIndex:R} (bound {toExact:R}), "
                    + $"decimal {before:R} (bound {toDecimal:R}); position {position:R}, exact {exact} (bound {dp:R})");
        });
    }

    /// <summary>Values from data, and doubles near ±1.8e308 where the position comes from the halves.</summary>
    private static readonly Gen<double> Values = Gen.Frequency(
        (8, Decimals.Select(Read)),
        (1, Gen.Elements(double.MaxValue, -double.MaxValue, 1.7e308, -1.7e308, 9e307, -9e307, 0.0, -0.0, double.Epsilon)));

    /// <summary>
    /// Rounding in binary is monotone (a − b, a division by a fixed divisor, 40 ×, 60 +, the clamps, w × and / 100 each
    /// keep the order, and so do the halves), so the points never fall as the value gets better: non-decreasing in the
    /// value when best is above worst, non-increasing when below (a reverse indicator).
    /// </summary>
    [Property(MaxTest = 2000)]
    public Property Issue13_ContinuousPosition_efficacy_points_are_monotone_in_the_value()
    {
        var cases = from worst in Values
                    from best in Values
                    from x in Values
                    from y in Values
                    from weight in Gen.Elements(0.0, 1.0, 2.5, 10.0, 37.3)
                    where best != worst
                    select (weight, low: Math.Min(x, y), high: Math.Max(x, y), best, worst);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            double lower = EfficacyCoefficientScoring.Points(c.weight, c.low, c.best, c.worst, out var lowerIndex);
            double higher = EfficacyCoefficientScoring.Points(c.weight, c.high, c.best, c.worst, out var higherIndex);
            bool ordered = c.best > c.worst ? lower <= higher && lowerIndex <= higherIndex : lower >= higher && lowerIndex >= higherIndex;
            return (ordered && double.IsFinite(lowerIndex) && double.IsFinite(higherIndex))
                .Label($"best {c.best:R}, worst {c.worst:R}: {c.low:R} → {lower:R} ({lowerIndex:R}), {c.high:R} → {higher:R} ({higherIndex:R})");
        });
    }

    /// <summary>
    /// F13's figure through the binary division: 60 + 40 × (5.81 − 6) / (12 − 6) = 58.7333…, as the report rounds it; and
    /// the interpolation's halfway point (5 between 0 and 10 → half the weight) exactly, since 5 / 10 rounds once to 0.5.
    /// </summary>
    [Fact]
    public void Issue13_ContinuousPosition_worked_examples_keep_their_published_figures()
    {
        var efficacy = ScoringMethods.EfficacyCoefficient(12, 6).Score(new ScoringInput(5.81, 10, Polarity.Positive));
        Assert.Equal(58.73, Math.Round(efficacy.Index!.Value, 2));
        // (5.81 − 6) in binary is −0.19000000000000039, so the index is 58.733333333333320 give or take an ulp of 60.
        Assert.InRange(efficacy.Index!.Value, 58.7333333333333 - 1e-13, 58.7333333333334);
        var interpolation = ScoringMethods.Interpolation().Score(new ScoringInput(5, 8, Polarity.Positive) { Baseline = 0, Target = 10 });
        Assert.Equal(4.0, interpolation.Points);
    }
}
