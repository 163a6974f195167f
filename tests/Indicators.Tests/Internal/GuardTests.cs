using Ardalis.GuardClauses;
using Indicators.Tests.Rules;

namespace Indicators.Tests.Internal;

/// <summary>
/// The project's own guard clauses (extensions on Ardalis.GuardClauses' <see cref="IGuardClause"/>): what they refuse,
/// the exception and message a caller sees, and −0 being zero.
/// </summary>
public class GuardTests
{
    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Issue10_Guard_NotFinite_refuses_NaN_and_infinities_naming_the_parameter(double value, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NotFinite(value));
        Assert.Equal("value", ex.ParamName);
        Assert.Equal(value, ex.ActualValue);
        Assert.StartsWith($"value must be a finite number; was {shown}. A missing value is not a number: model it as missing.", ex.Message, StringComparison.Ordinal);

        // The double guards that build on it refuse the same way, before their own test.
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NegativeOrNotFinite(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NegativeOrZeroOrNotFinite(value));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-320)]
    [InlineData(double.MaxValue)]
    [InlineData(-double.MaxValue)]
    public void Issue10_Guard_NotFinite_returns_a_finite_value_unchanged(double value)
    {
        var returned = Guard.Against.NotFinite(value);
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(returned));
        // xUnit takes −0 and +0 for the same data row, so −0 is checked here: it is finite and passes as it is.
        Assert.True(double.IsNegative(Guard.Against.NotFinite(-0.0)));
    }

    [Fact]
    public void Issue10_Guard_NegativeOrNotFinite_takes_minus_zero_as_zero_and_returns_plus_zero()
    {
        var returned = Guard.Against.NegativeOrNotFinite(-0.0);
        Assert.False(double.IsNegative(returned));
        Assert.Equal("0", returned.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2.5, Guard.Against.NegativeOrNotFinite(2.5));

        // Ardalis' built-in Negative would not do: it throws a plain ArgumentException and lets NaN through unchanged.
        var amount = -1e-300;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NegativeOrNotFinite(amount));
        Assert.Equal("amount", ex.ParamName);
        Assert.StartsWith("amount must not be negative; was -1E-300.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, 0.0)]
    [InlineData(true, 0.0)]
    [InlineData(false, -3.0)]
    public void Issue10_Guard_NegativeOrZeroOrNotFinite_refuses_zero_of_either_sign_and_shows_it_as_0(bool negate, double magnitude)
    {
        var step = negate ? -magnitude : magnitude;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NegativeOrZeroOrNotFinite(step));
        Assert.Equal("step", ex.ParamName);
        Assert.False(ex.ActualValue is double shown && shown == 0 && double.IsNegative(shown), "−0 is reported as 0");
        Assert.StartsWith(step == 0 ? "step must be positive; was 0." : "step must be positive; was -3.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0.5, Guard.Against.NegativeOrZeroOrNotFinite(0.5));
    }

    [Fact]
    public void Issue10_Guard_Overflow_refuses_an_infinite_result_naming_the_operand()
    {
        Assert.Equal(6.0, Guard.Against.Overflow(2.0 * 3.0, "product", "factor"));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.Overflow(double.MaxValue * 2, "multiplication", "factor"));
        Assert.Equal("factor", ex.ParamName);
        Assert.StartsWith("The multiplication overflows the range of a double.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue10_Guard_NotInRange_names_the_bounds_and_the_value()
    {
        var month = 13;
        Assert.Equal(12, Guard.Against.NotInRange(12, 1, 12));
        Assert.Equal(1, Guard.Against.NotInRange(1, 1, 12));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NotInRange(month, 1, 12));
        Assert.Equal("month", ex.ParamName);
        Assert.Equal(13, ex.ActualValue);
        Assert.StartsWith("month must be between 1 and 12; was 13.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue10_Guard_False_throws_an_ArgumentException_and_formats_its_message_only_when_it_fails()
    {
        var formatted = 0;
        string Counted() { formatted++; return "x"; }

        Guard.Against.False(true, "zones", $"Zone {Counted()} appears twice.");
        Assert.Equal(0, formatted);

        var ex = Assert.Throws<ArgumentException>(() => Guard.Against.False(false, "zones", $"Zone {Counted()} appears {2.5} times."));
        Assert.Equal(1, formatted);
        Assert.Equal("zones", ex.ParamName);
        Assert.StartsWith("Zone x appears 2.5 times.", ex.Message, StringComparison.Ordinal);

        var plain = Assert.Throws<ArgumentException>(() => Guard.Against.False(false, "weights", "At least one weight."));
        Assert.StartsWith("At least one weight.", plain.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue10_Guard_NotInRange_of_a_condition_carries_the_value_and_formats_only_when_it_fails()
    {
        var formatted = 0;
        string Counted() { formatted++; return "x"; }

        Guard.Against.NotInRange(true, "polarity", Polarity.Positive, $"Unknown {Counted()}.");
        Assert.Equal(0, formatted);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NotInRange(false, "polarity", (Polarity)7, $"Unknown {Counted()}."));
        Assert.Equal(1, formatted);
        Assert.Equal("polarity", ex.ParamName);
        Assert.Equal((Polarity)7, ex.ActualValue);
        Assert.StartsWith("Unknown x.", ex.Message, StringComparison.Ordinal);

        var rate = Percentage.FromPercent(-101);
        var plain = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NotInRange(rate.Percent >= -100, "rates", rate, "A growth rate cannot be below −100%."));
        Assert.Equal(rate, plain.ActualValue);
        Assert.StartsWith("A growth rate cannot be below −100%.", plain.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue10_Guard_Problem_throws_the_problem_it_is_given_and_nothing_for_none()
    {
        Guard.Against.Problem(null, "lower");
        var ex = Assert.Throws<ArgumentException>(() => Guard.Against.Problem("the range is empty", "lower"));
        Assert.Equal(typeof(ArgumentException), ex.GetType());
        Assert.Equal("lower", ex.ParamName);
        Assert.StartsWith("the range is empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue10_Guard_comparisons_say_what_the_BCL_throw_helpers_said()
    {
        // The guards replace ArgumentOutOfRangeException.ThrowIf…: same type, parameter, value and message.
        var years = 0;
        var index = 7u;
        AssertSame(() => Guard.Against.LessThan(years, 1), () => ArgumentOutOfRangeException.ThrowIfLessThan(years, 1));
        AssertSame(() => Guard.Against.GreaterThan(index, 6u), () => ArgumentOutOfRangeException.ThrowIfGreaterThan(index, 6u));
        AssertSame(() => Guard.Against.GreaterThanOrEqual(index, 7u), () => ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, 7u));
        Assert.Equal(1, Guard.Against.LessThan(1, 1));
        Assert.Equal(6u, Guard.Against.GreaterThan(6u, 6u));
        Assert.Equal(6u, Guard.Against.GreaterThanOrEqual(6u, 7u));

        static void AssertSame(Action guard, Action bcl)
        {
            var ours = Assert.Throws<ArgumentOutOfRangeException>(guard);
            var theirs = Assert.Throws<ArgumentOutOfRangeException>(bcl);
            Assert.Equal(theirs.ParamName, ours.ParamName);
            Assert.Equal(theirs.ActualValue, ours.ActualValue);
            Assert.Equal(theirs.Message, ours.Message);
        }
    }

    [Fact]
    public void Issue10_Guard_one_idiom_no_other_argument_check_idiom_in_the_library()
    {
        // Issue 10 (item 6): arguments are guarded with Guard.Against… only; the retired idioms must not come back.
        string[] retired = ["Preconditions.", "ThrowIfNull(", "ArgumentOutOfRangeException.ThrowIf"];
        var source = Path.Combine(ExampleFiles.Root(), "src", "Indicators");
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 100, $"the scan found only {files.Count} source files under {source}");

        var found = (from file in files
                     from line in File.ReadLines(file).Select((text, i) => (text, number: i + 1))
                     from idiom in retired
                     where line.text.Contains(idiom, StringComparison.Ordinal)
                     select $"{Path.GetRelativePath(source, file)}:{line.number}: {idiom}").ToList();
        Assert.True(found.Count == 0, "Use Guard.Against… instead of:" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }
}
