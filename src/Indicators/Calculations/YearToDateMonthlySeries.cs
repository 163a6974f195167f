using System.Globalization;
using System.Text;

namespace Indicators;

/// <summary>
/// Values for the months of one year (逐月数据), months 1 to <see cref="LastMonth"/>, each present
/// or missing. The same type holds monthly values (当月) and year-to-date values (累计, 1-N月);
/// <see cref="YearToDate"/> converts between them.
/// </summary>
/// <remarks>
/// <para>
/// Missing is explicit (a null month), never zero: a year-to-date total with a missing month is
/// missing, not a partial sum.
/// </para>
/// <para>
/// January and February are often released only together (1-2月, because of the Spring Festival).
/// <see cref="FromJanuaryFebruaryCombined"/> builds such a series: month 2 holds the value of the
/// combined period 1-2月 and month 1 is never available on its own (reading it gives null). For
/// year-to-date values this is natural: YTD(2) is the 1-2月 total.
/// </para>
/// <para>
/// The series is immutable; equality compares the combined flag and every month (missing equals
/// missing).
/// </para>
/// </remarks>
public sealed class MonthlySeries : IEquatable<MonthlySeries>
{
    // NaN marks a missing month: present values are validated finite, so NaN never escapes.
    private readonly double[] values;

    private MonthlySeries(double[] values, bool januaryFebruaryCombined)
    {
        this.values = values;
        JanuaryFebruaryCombined = januaryFebruaryCombined;
    }

    /// <summary>Whether January and February are reported only together (1-2月), in month 2.</summary>
    public bool JanuaryFebruaryCombined { get; }

    /// <summary>The last month the series covers (1 to 12); later months are not yet reported.</summary>
    public int LastMonth => values.Length;

    /// <summary>The value of a month, or null when it is missing, not yet reported or (January of a 1-2月 series) not reported on its own.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    public double? this[int month] => TryGetValue(month, out var value) ? value : null;

    /// <summary>A series from monthly values starting in January (null for a missing month).</summary>
    /// <param name="months">The values of months 1, 2, …; 1 to 12 of them.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There are no months or more than 12, or a value is NaN or infinite.</exception>
    public static MonthlySeries FromMonths(params ReadOnlySpan<double?> months)
    {
        Guard.Against.NotInRange(months.Length, 1, 12);
        var values = new double[months.Length];
        Fill(values, 0, months);
        return new MonthlySeries(values, januaryFebruaryCombined: false);
    }

    /// <summary>A series whose first value is January and February together (1-2月), then March onward.</summary>
    /// <param name="januaryToFebruary">The value of 1-2月 (null when missing).</param>
    /// <param name="marchOnward">The values of months 3, 4, …; up to 10 of them.</param>
    /// <returns>The series; month 2 holds the 1-2月 value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">More than 10 later months, or a value is NaN or infinite.</exception>
    public static MonthlySeries FromJanuaryFebruaryCombined(double? januaryToFebruary, params ReadOnlySpan<double?> marchOnward)
    {
        Guard.Against.NotInRange(marchOnward.Length, 0, 10);
        var values = new double[2 + marchOnward.Length];
        values[0] = double.NaN;
        Fill(values, 1, [januaryToFebruary]);
        Fill(values, 2, marchOnward);
        return new MonthlySeries(values, januaryFebruaryCombined: true);
    }

    /// <summary>Gets a month's value without allocating.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="value">The value, or 0 when there is none.</param>
    /// <returns>Whether the month has a value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    public bool TryGetValue(int month, out double value)
    {
        Guard.Against.NotInRange(month, 1, 12);
        value = month <= values.Length ? values[month - 1] : double.NaN;
        if (double.IsNaN(value))
        {
            value = 0;
            return false;
        }
        return true;
    }

    /// <inheritdoc />
    public bool Equals(MonthlySeries? other) =>
        other is not null && JanuaryFebruaryCombined == other.JanuaryFebruaryCombined && values.AsSpan().SequenceEqual(other.values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MonthlySeries);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(JanuaryFebruaryCombined);
        foreach (var value in values)
        {
            hash.Add(value);
        }
        return hash.ToHashCode();
    }

    /// <summary>Invariant text such as "1-2: 150; 3: 80; 4: missing".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText(ExplanationLanguage.English);

    /// <summary>The months for an explanation in <paramref name="language"/>: "1: 10; 2: missing" / "1: 10；2: 缺失".</summary>
    internal string ToText(ExplanationLanguage language)
    {
        var text = new StringBuilder();
        for (var month = JanuaryFebruaryCombined ? 2 : 1; month <= values.Length; month++)
        {
            text.Append(text.Length == 0 ? string.Empty : ExplainText.Pick(language, "; ", "；"))
                .Append(JanuaryFebruaryCombined && month == 2 ? "1-2" : month.ToString(CultureInfo.InvariantCulture))
                .Append(": ")
                .Append(double.IsNaN(values[month - 1]) ? ExplainText.Pick(language, "missing", "缺失") : NumberText.Format(values[month - 1]));
        }
        return text.ToString();
    }

    private static void Fill(double[] values, int offset, ReadOnlySpan<double?> months)
    {
        for (var i = 0; i < months.Length; i++)
        {
            // 0.0 added so that −0 and 0 are one value for equality.
            values[offset + i] = months[i] is { } value ? Guard.Against.NotFinite(value, nameof(months)) + 0.0 : double.NaN;
        }
    }
}
