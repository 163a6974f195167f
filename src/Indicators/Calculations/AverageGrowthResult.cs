namespace Indicators;

/// <summary>
/// An average annual growth (年均增长速度) over <see cref="Years"/> years after the base year, by the 水平法 or the
/// 累计法; also the growth a year needed to reach a target. Undefined (no value, never NaN) when the base is not
/// positive or the end level (水平法) or the total (累计法) is negative.
/// </summary>
public readonly struct AverageGrowthResult : ICalculationResult
{
    private const string LevelFormula = "average growth = (end / start)^(1 / years) − 1 (水平法)";
    private const string CumulativeFormula = "average growth = r solving Σ(1 + r)^k = total / start, k = 1..years (累计法)";

    private readonly double start;
    private readonly double end;
    private readonly int years;
    private readonly AverageGrowthMethod method;
    private readonly double factor; // 1 + rate; NaN-free: zero when there is no rate.
    private readonly bool hasValue;

    internal AverageGrowthResult(double start, double end, int years, AverageGrowthMethod method)
    {
        this.start = start + 0.0;
        this.end = end + 0.0;
        this.years = years;
        this.method = method;
        // Solved once here: the 累计法 needs an iterative solution that Rate, TryGetRate and Explain would otherwise repeat.
        var solved = start > 0 && end >= 0 && years > 0
            ? (method == AverageGrowthMethod.Level ? Math.Pow(end / start, 1.0 / years) : SolveCumulative(end / start, years))
            : double.NaN;
        hasValue = double.IsFinite(solved * 100);
        factor = hasValue ? solved : 0;
    }

    /// <summary>The base-year level X0 (基期水平), or 1 for a chain of rates.</summary>
    public double Start => start;

    /// <summary>水平法: the last level Xn (or the product of the chain's growth factors); 累计法: the total ΣXk of the years after the base year.</summary>
    public double End => end;

    /// <summary>The number of years after the base year (n; the base year is not counted).</summary>
    public int Years => years;

    /// <summary>水平法 or 累计法.</summary>
    public AverageGrowthMethod Method => method;

    /// <inheritdoc />
    public bool HasValue => hasValue;

    /// <summary>The average annual rate, or null when undefined.</summary>
    public Percentage? Rate => TryGetRate(out var rate) ? rate : null;

    /// <inheritdoc />
    public string Formula => method == AverageGrowthMethod.Level ? LevelFormula : CumulativeFormula;

    /// <summary>The average annual rate, without throwing.</summary>
    /// <param name="rate">The rate, or zero when undefined.</param>
    /// <returns>Whether the rate exists.</returns>
    public bool TryGetRate(out Percentage rate)
    {
        rate = hasValue ? Percentage.FromFraction(factor - 1) : default;
        return hasValue;
    }

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language) => ExplainText.Line(
        language,
        ExplainText.IsChinese(language)
            ? (method == AverageGrowthMethod.Level ? "年均增速 = (末期 / 基期)^(1 / 年数) − 1（水平法）" : "年均增速 = 使 Σ(1 + r)^k = 累计 / 基期（k = 1..年数）成立的 r（累计法）")
            : Formula,
        ExplainText.Input(language, "start", "基期", start) + ExplainText.Comma(language)
            + (method == AverageGrowthMethod.Level ? ExplainText.Input(language, "end", "末期", end) : ExplainText.Input(language, "total", "累计", end))
            + ExplainText.Comma(language) + ExplainText.Pick(language, "years = ", "年数 = ") + ExplainText.Count(years),
        TryGetRate(out var rate)
            ? ExplainText.Pick(language, rate.ToString(), "年均" + ExplainText.GrowthWords(rate))
            : start <= 0 ? ExplainText.NoValue(language, "the start level is not positive", "基期水平不为正数")
            : end < 0 ? ExplainText.NoValue(language, "the end level or total is negative", "末期水平或累计为负数")
            : ExplainText.NoValue(language, "the rate overflows a double", "增速超出可表示范围"));

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();

    /// <summary>The growth factor q = 1 + r with q + q² + … + qⁿ = <paramref name="ratio"/>, by bisection (the sum rises with q).</summary>
    internal static double SolveCumulative(double ratio, int years)
    {
        var low = 0.0;
        var high = Math.Max(1.0, ratio);
        while (true)
        {
            var middle = low + ((high - low) / 2);
            if (middle <= low || middle >= high)
            {
                return middle;
            }
            if (SumOfPowers(middle, years) < ratio)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
    }

    private static double SumOfPowers(double q, int years)
    {
        var sum = 0.0;
        var power = 1.0;
        for (var k = 0; k < years && sum < double.MaxValue; k++)
        {
            power *= q;
            sum += power;
        }
        return sum;
    }
}
