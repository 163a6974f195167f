using FsCheck.Xunit;

namespace Indicators.Tests.Reports;

public class ConsistencyPropertyTests
{
    /// <summary>A figure as a writer states it: the exact value rounded once (四舍五入), or truncated under the policy.</summary>
    private static StatedFigure State(double exact, int decimals, bool truncated)
    {
        var value = truncated
            ? (double)(decimal.Truncate((decimal)exact * (decimal)Math.Pow(10, decimals)) / (decimal)Math.Pow(10, decimals))
            : Indicators.Rounding.Round(exact, decimals);
        return StatedFigure.Rounded(value, decimals);
    }

    private static bool NotInconsistent(ConsistencyCheck check) => check.Verdict != ConsistencyVerdict.Inconsistent;

    [Property]
    public bool Issue12_StatedFigure_IntervalContainsItsValueAndWhatRoundsToIt(RoundingCase c)
    {
        var stated = Indicators.Rounding.Round(c.Value, c.Decimals, c.Mode);
        var figure = StatedFigure.Rounded(stated, c.Decimals);
        return figure.Interval.Contains(figure.Value)
               && figure.GuardedUnder(ConsistencyPolicy.Default).Contains(c.Value)
               && StatedFigure.Rounded(stated, c.Decimals, Qualifier.About).Interval.Contains(stated)
               && StatedFigure.Rounded(stated, c.Decimals, Qualifier.AtLeast).Interval.Contains(stated)
               && StatedFigure.Rounded(stated, c.Decimals, Qualifier.AtMost).Interval.Contains(stated);
    }

    [Property]
    public bool Issue12_Growth_FiguresStatedFromExactValuesAreNeverInconsistent(StatedPairCase c)
    {
        var growth = Growth.YearOnYear(c.First, c.Second).Rate!.Value.Percent;
        return NotInconsistent(Consistency.Growth(
            State(c.First, c.FirstDecimals, c.Truncated), State(c.Second, c.SecondDecimals, c.Truncated), State(growth, c.ResultDecimals, c.Truncated), c.Policy));
    }

    [Property]
    public bool Issue12_ShareCompletionAndPoints_FiguresStatedFromExactValuesAreNeverInconsistent(StatedPairCase c)
    {
        var (first, second) = (State(c.First, c.FirstDecimals, c.Truncated), State(c.Second, c.SecondDecimals, c.Truncated));
        var share = State(c.First / c.Second * 100, c.ResultDecimals, c.Truncated);
        var overfulfilment = State(c.First / c.Second * 100 - 100, c.ResultDecimals, c.Truncated);
        var points = State(c.First - c.Second, c.ResultDecimals, c.Truncated);
        var sum = State(c.First + c.Second, c.ResultDecimals, c.Truncated);
        return NotInconsistent(Consistency.Share(first, second, share, c.Policy))
               && NotInconsistent(Consistency.Completion(first, second, share, c.Policy))
               && NotInconsistent(Consistency.Overfulfilment(first, second, overfulfilment, c.Policy))
               && NotInconsistent(Consistency.PercentagePoints(first, second, points, c.Policy))
               && NotInconsistent(Consistency.Parts(sum, [first, second], complete: true, c.Policy))
               && NotInconsistent(Consistency.Stock(first, second, sum, c.Policy));
    }

    [Property]
    public bool Issue12_AverageGrowth_FiguresStatedFromExactValuesAreNeverInconsistent(StatedPairCase c)
    {
        var years = 1 + c.FirstDecimals + c.SecondDecimals;
        var average = (Math.Pow(c.First / c.Second, 1.0 / years) - 1) * 100;
        return NotInconsistent(Consistency.AverageGrowth(
            State(c.Second, c.SecondDecimals, c.Truncated), State(c.First, c.FirstDecimals, c.Truncated), years, State(average, c.ResultDecimals, c.Truncated), c.Policy));
    }

    [Property]
    public bool Issue12_Growth_MovingTheCurrentLevelBeyondItsRoundingIsInconsistent(StatedPairCase c)
    {
        var previous = State(c.Second, c.SecondDecimals, c.Truncated);
        var growth = State(Growth.YearOnYear(c.First, c.Second).Rate!.Value.Percent, c.ResultDecimals, c.Truncated);
        // Every current level the previous level and the growth allow: previous × (1 + growth).
        var factor = growth.GuardedUnder(c.Policy).Times(0.01).Plus(1);
        var allowed = StatedInterval.Multiply(previous.GuardedUnder(c.Policy), factor);
        var unit = Math.Pow(10, -c.FirstDecimals);
        var scale = Math.Max(c.First, c.Second);
        var above = Beyond(allowed.Upper, c.FirstDecimals, scale);
        var below = StatedFigure.Rounded(Indicators.Rounding.Round(Math.Floor((allowed.Lower - 1e-9 * scale) / unit - 2) * unit, c.FirstDecimals), c.FirstDecimals);
        return Consistency.Growth(above, previous, growth, c.Policy).Verdict == ConsistencyVerdict.Inconsistent
               && Consistency.Growth(below, previous, growth, c.Policy).Verdict == ConsistencyVerdict.Inconsistent;
    }

    [Property]
    public bool Issue12_ShareAndCompletion_MovingThePartBeyondItsRoundingIsInconsistent(StatedPairCase c)
    {
        // A share and a completion are one formula (part / whole, actual / target): the same figures serve both checks.
        var whole = State(c.Second, c.SecondDecimals, c.Truncated);
        var percent = State(c.First / c.Second * 100, c.ResultDecimals, c.Truncated);
        var allowed = StatedInterval.Multiply(whole.GuardedUnder(c.Policy), percent.GuardedUnder(c.Policy).Over(100));
        var above = Beyond(allowed.Upper, c.FirstDecimals, Math.Max(c.First, c.Second));
        return Consistency.Share(above, whole, percent, c.Policy).Verdict == ConsistencyVerdict.Inconsistent
               && Consistency.Completion(above, whole, percent, c.Policy).Verdict == ConsistencyVerdict.Inconsistent;
    }

    /// <summary>
    /// The smallest figure at <paramref name="decimals"/> two units beyond <paramref name="limit"/> and beyond the checks'
    /// tolerance (12 significant digits of <paramref name="scale"/>, the largest level involved).
    /// </summary>
    private static StatedFigure Beyond(double limit, int decimals, double scale)
    {
        var unit = Math.Pow(10, -decimals);
        return StatedFigure.Rounded(Indicators.Rounding.Round(Math.Ceiling((limit + 1e-9 * scale) / unit + 2) * unit, decimals), decimals);
    }

    [Property]
    public bool Issue12_Parts_MovingTheTotalOrAPartBeyondTheRoundingIsInconsistent(StatedPairCase c)
    {
        var parts = new[] { State(c.First, c.FirstDecimals, c.Truncated), State(c.Second, c.SecondDecimals, c.Truncated) };
        var sum = StatedInterval.Add(parts[0].GuardedUnder(c.Policy), parts[1].GuardedUnder(c.Policy));
        var whole = parts[0];
        var scale = c.First + c.Second;
        return Consistency.Parts(Beyond(sum.Upper, c.ResultDecimals, scale), parts, complete: true, c.Policy).Verdict == ConsistencyVerdict.Inconsistent
               && Consistency.PartOfWhole(Beyond(whole.GuardedUnder(c.Policy).Upper, c.SecondDecimals, scale), whole, c.Policy).Verdict == ConsistencyVerdict.Inconsistent;
    }

    [Property]
    public bool Issue12_StatedInterval_OperationsContainThePointResults(IntervalPairCase c)
    {
        var (a, x, b, y) = (c.A, c.X, c.B, c.Y);
        if (!a.Contains(x) || !b.Contains(y))
        {
            return false;
        }
        var ok = StatedInterval.Add(a, b).Contains(x + y)
                 && StatedInterval.Subtract(a, b).Contains(x - y)
                 && StatedInterval.Multiply(a, b).Contains(x * y)
                 && a.Plus(y).Contains(x + y)
                 && a.Times(Math.Abs(y) + 1).Contains(x * (Math.Abs(y) + 1));
        if (StatedInterval.TryDivide(a, b, out var quotient))
        {
            ok &= quotient.Contains(x / y) && !(b.Contains(0));
        }
        else
        {
            ok &= b.Lower <= 0 && b.Upper >= 0;
        }
        if (a.Lower > 0)
        {
            ok &= a.Root(c.Root).Contains(Math.Pow(x, 1.0 / c.Root));
        }
        // The checks' formulas, where they exist, contain the point formulas of the library's calculations.
        ok &= StatedInterval.GrowthPercent(a, b) is not StatedInterval growth || growth.Contains((x / y - 1) * 100);
        ok &= StatedInterval.PercentOf(a, b) is not StatedInterval share || share.Contains(x / y * 100);
        ok &= StatedInterval.Ratio(a, b) is not StatedInterval ratio || ratio.Contains(x / y);
        ok &= StatedInterval.AverageGrowthPercent(b, a, c.Root) is not StatedInterval average || average.Contains((Math.Pow(x / y, 1.0 / c.Root) - 1) * 100);
        ok &= StatedInterval.TwoYearAveragePercent(a, b) is not StatedInterval two || two.Contains((Math.Sqrt((1 + x / 100) * (1 + y / 100)) - 1) * 100);
        ok &= StatedInterval.PreviousOfGrowth(a, b) is not StatedInterval previous || previous.Contains(x / (1 + y / 100));
        ok &= StatedInterval.BaseOfPercent(a, b) is not StatedInterval whole || whole.Contains(x / (y / 100));
        // A formula exists wherever its divisor cannot be 0 or below.
        ok &= StatedInterval.PercentOf(a, b).HasValue == b.Lower > 0;
        return ok;
    }

    [Property]
    public bool Issue12_CountBase_AgreesWithTheCountBaseCheck(CountPair counts, FewDecimals decimals)
    {
        // The interval check and Implied.CheckCountBase answer the same question: does a whole previous count fit?
        var growth = Indicators.Rounding.Round((counts.Current / (double)counts.Previous - 1) * 100 + decimals.Value * 0.37, decimals.Value);
        var stated = StatedFigure.Rounded(growth, decimals.Value);
        var check = Consistency.CountBase(StatedFigure.Exact(counts.Current), stated);
        var reference = Implied.CheckCountBase(counts.Current, Percentage.FromPercent(growth), decimals.Value);
        return (check.Verdict == ConsistencyVerdict.Consistent) == reference.IsConsistent || check.Verdict == ConsistencyVerdict.Unverifiable;
    }
}
