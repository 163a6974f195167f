using System.Runtime.Intrinsics;

namespace Indicators.Tests.Scoring;

/// <summary>
/// The bulk score's short form of the capped ratio (<c>CappedRatioScoring.PointsOrZero</c>: min, max and a product
/// instead of the clamp) has the bits of the one formula, lane by lane, and +0 where there is no ratio.
/// </summary>
public class CappedRatioVectorTests
{
    private static readonly double[] Specials =
    [
        double.NaN, 0.0, -0.0, double.Epsilon, -double.Epsilon, 1.0, 1.2, 1.2000000000000002, 1.1999999999999999,
        -1.0, 0.5, 2.0, 1e-300, 1e300, double.MaxValue, -double.MaxValue,
    ];

    [Property(MaxTest = 500)]
    public bool Issue10_PointsOrZero_has_the_bits_of_the_clamped_points_and_zero_without_a_ratio(
        double weight, double r0, double r1, int special, double capValue)
    {
        // The bulk score's weights: +0 or positive and finite; its caps: positive and finite.
        double w = double.IsFinite(weight) ? Math.Abs(weight) : 1.0;
        double cap = double.IsFinite(capValue) && capValue != 0 ? Math.Abs(capValue) : 1.2;
        double r2 = Specials[(special & int.MaxValue) % Specials.Length];
        double r3 = Specials[((special >> 8) & int.MaxValue) % Specials.Length] * (r0 is > 0 and < 10 ? r0 : 1.0);
        // The bulk completions: finite, or NaN where there is none (0 × ∞ would be NaN in the clamp's form).
        var ratios = Vector256.Create(Finite(r0), Finite(r1), r2, Finite(r3));
        var actual = CappedRatioScoring.PointsOrZero(Vector256.Create(w), ratios, Vector256.Create(cap));
        for (int lane = 0; lane < 4; lane++)
        {
            double r = ratios.GetElement(lane);
            double expected = double.IsNaN(r) ? 0.0 : CappedRatioScoring.Points(w, r, cap);
            if (BitConverter.DoubleToInt64Bits(actual.GetElement(lane)) != BitConverter.DoubleToInt64Bits(expected))
            {
                return false;
            }
        }
        return true;
    }

    private static double Finite(double r) => double.IsInfinity(r) ? double.NaN : r;
}
