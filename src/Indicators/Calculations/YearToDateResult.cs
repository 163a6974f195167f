using System.Globalization;

namespace Indicators;

/// <summary>
/// A year-to-date value (累计, 1-N月) from monthly values, or a month's value (当月) from
/// year-to-date values, from <see cref="YearToDate.Through"/> or <see cref="YearToDate.MonthFrom"/>.
/// </summary>
public readonly struct YearToDateResult : ICalculationResult
{
    private readonly double value;

    internal YearToDateResult(MonthlySeries series, int month, IndicatorNature nature, bool isMonthFromYearToDate, YearToDateStatus status, int missingMonth, double value)
    {
        Series = series;
        Month = month;
        Nature = nature;
        IsMonthFromYearToDate = isMonthFromYearToDate;
        Status = status;
        MissingMonth = missingMonth;
        this.value = value;
    }

    /// <summary>The input: monthly values, or year-to-date values when <see cref="IsMonthFromYearToDate"/>.</summary>
    public MonthlySeries Series { get; }

    /// <summary>The month the value is for: the year to date through it, or the month itself.</summary>
    public int Month { get; }

    /// <summary>The indicator's nature, which decides what 累计 means.</summary>
    public IndicatorNature Nature { get; }

    /// <summary>Whether this is a month's value (当月) from year-to-date values, rather than a year-to-date value from monthly ones.</summary>
    public bool IsMonthFromYearToDate { get; }

    /// <summary>Whether the value exists, and why not.</summary>
    public YearToDateStatus Status { get; }

    /// <summary>The first missing month that makes the value missing, or 0.</summary>
    public int MissingMonth { get; }

    /// <inheritdoc />
    public bool HasValue => Status == YearToDateStatus.Available;

    /// <summary>The value, or null when there is none.</summary>
    public double? Value => HasValue ? value : null;

    /// <inheritdoc />
    public string Formula => (Nature, IsMonthFromYearToDate) switch
    {
        (IndicatorNature.Flow, false) => "YTD(m) = month(1) + … + month(m)",
        (IndicatorNature.Flow, true) => "month(m) = YTD(m) − YTD(m−1)",
        (IndicatorNature.Stock, false) => "YTD(m) = value at the end of month m",
        (IndicatorNature.Stock, true) => "month(m) = value at the end of month m",
        _ => "ratios and indices are not accumulated",
    };

    /// <summary>Gets the value without throwing.</summary>
    /// <param name="result">The value, or 0 when there is none.</param>
    /// <returns>Whether the value exists.</returns>
    public bool TryGetValue(out double result)
    {
        result = value;
        return HasValue;
    }

    /// <inheritdoc />
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc />
    public string Explain(ExplanationLanguage language)
    {
        var outcome = Status switch
        {
            YearToDateStatus.Available => NumberText.Format(value),
            YearToDateStatus.MissingMonth => ExplainText.NoValue(language, string.Create(CultureInfo.InvariantCulture, $"month {MissingMonth} is missing"),
                ExplainText.Count(MissingMonth) + "月数据缺失"),
            YearToDateStatus.NotReportedSeparately => ExplainText.NoValue(language, "January is reported only together with February (1-2月)", "1月不单独发布，与2月合并为1-2月"),
            YearToDateStatus.TooLarge => IsMonthFromYearToDate
                ? ExplainText.NoValue(language, "the difference overflows a double", "差额超出可表示范围")
                : ExplainText.NoValue(language, "the sum overflows a double", "合计超出可表示范围"),
            _ => ExplainText.NoValue(language, "a ratio or an index is not accumulated; compute it from its accumulated parts", "比率和指数不累计；应由累计的分子分母计算"),
        };
        if (ExplainText.IsChinese(language))
        {
            var formula = (Nature, IsMonthFromYearToDate) switch
            {
                (IndicatorNature.Flow, false) => "1-m月累计 = 1月 + … + m月",
                (IndicatorNature.Flow, true) => "m月当月 = 1-m月累计 − 1-(m−1)月累计",
                (IndicatorNature.Stock, false) => "1-m月累计 = m月末数",
                (IndicatorNature.Stock, true) => "m月当月 = m月末数",
                _ => "比率和指数不累计",
            };
            var nature = Nature switch
            {
                IndicatorNature.Flow => "流量",
                IndicatorNature.Stock => "存量",
                IndicatorNature.Ratio => "比率",
                _ => "指数",
            };
            return ExplainText.Line(language, formula, nature + "，m = " + ExplainText.Count(Month) + "，" + (IsMonthFromYearToDate ? "累计数" : "月度数") + " = [" + Series.ToText(language) + "]", outcome);
        }
        var inputs = string.Create(CultureInfo.InvariantCulture, $"{Nature.ToString().ToLowerInvariant()}, m = {Month}, {(IsMonthFromYearToDate ? "YTD" : "months")} = [{Series}]");
        return ExplainText.Line(language, Formula, inputs, outcome);
    }

    /// <summary>The explanation (Chinese, as <see cref="Explain()"/>).</summary>
    /// <returns><see cref="Explain()"/>.</returns>
    public override string ToString() => Explain();
}
