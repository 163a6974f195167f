using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Indicators.Tests.Text;

/// <summary>
/// Issue 10 item 5, "one way to explain": every result explains itself in the language the caller names, Chinese by
/// default; both languages write the same numbers; no calculation depends on the phrasing layer.
/// </summary>
public class Issue10ExplainTests
{
    // The tests' own number formatter (the shortest round-trip form), independent of the library's NumberText.
    private static string N(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Zh(ICalculationResult result) => result.Explain(ExplanationLanguage.Chinese);

    private static string En(ICalculationResult result) => result.Explain(ExplanationLanguage.English);

    [Fact]
    public void Issue10_Explain_GrowthInChineseAndEnglish()
    {
        // F4 [S9]: profits 148 after −46 a year earlier: 扭亏为盈, no rate.
        var profit = Growth.YearOnYear(148, -46);
        Assert.Equal("同比增速 = 本期 / 基期 − 1，其中本期 = 148，基期 = -46：无数值，扭亏为盈（基期为负、本期为正）", Zh(profit));
        Assert.Equal("year-on-year growth = current / base − 1 with current = 148, base = -46: no value, turned from loss to profit (扭亏为盈)", En(profit));

        var up = Growth.YearOnYear(109, 100);
        Assert.Equal("同比增速 = 本期 / 基期 − 1，其中本期 = 109，基期 = 100：同比增长" + N(up.Rate!.Value.Percent) + "%", Zh(up));
        var down = Growth.PeriodOnPeriod(96, 100);
        Assert.Equal("环比（未经季节调整）增速 = 本期 / 基期 − 1，其中本期 = 96，基期 = 100：环比下降" + N(-down.Rate!.Value.Percent) + "%", Zh(down));
        Assert.Equal("同比增速 = 本期 / 基期 − 1，其中本期 = 0，基期 = 0：无数值，本期与基期均为零", Zh(Growth.YearOnYear(0, 0)));
        Assert.Equal("同比增速 = 本期 / 基期 − 1，其中本期 = -50，基期 = -46：无数值，增亏（亏损扩大）", Zh(Growth.YearOnYear(-50, -46)));
    }

    [Fact]
    public void Issue10_Explain_ComparableAndRealGrowthInChinese()
    {
        // F5 [S10]: 27298.3 published as +16.5% on a comparable base; −6.02% against the earlier published 29047.6.
        var comparable = Growth.Comparable(27298.3, 27298.3 / 1.165, 29047.6);
        Assert.Equal(
            "可比口径增速 = 本期 / 可比基期 − 1；参考：本期 / 上年公布数 − 1（名义口径），其中本期 = 27298.3，可比基期 = " + N(27298.3 / 1.165)
            + "，上年公布数 = 29047.6：按可比口径同比增长" + N(comparable.Comparable.Rate!.Value.Percent) + "%；按上年公布数计算同比下降"
            + N(-comparable.AgainstPublished.Rate!.Value.Percent) + "%（名义口径，仅供参考）",
            Zh(comparable));
        Assert.StartsWith("growth = current / comparable base − 1 (可比口径)", En(comparable), StringComparison.Ordinal);

        // Rule 5 (domain-research §1.4): nominal 8%, prices 3% → real ≈ 4.85%.
        var real = Growth.Real(Percentage.FromPercent(8), Percentage.FromPercent(3));
        Assert.Equal("实际增速 = (1 + 名义增速) / (1 + 价格变动) − 1，其中名义增速 = 8%，价格变动 = 3%：按可比价格计算增长" + N(real.Real!.Value.Percent) + "%", Zh(real));
        Assert.Equal("real = (1 + nominal) / (1 + price change) − 1 with nominal = 8%, price change = 3%: " + N(real.Real!.Value.Percent) + "%", En(real));
    }

    [Fact]
    public void Issue10_Explain_AverageGrowthAndDoublingInChinese()
    {
        // F12 [S3]: base 100, then 110 and 121: Σ = 231 ⇒ r = 10% (累计法).
        var cumulative = AverageGrowth.Cumulative(100, [110, 121]);
        Assert.Equal("年均增速 = 使 Σ(1 + r)^k = 累计 / 基期（k = 1..年数）成立的 r（累计法），其中基期 = 100，累计 = 231，年数 = 2：年均增长" + N(cumulative.Rate!.Value.Percent) + "%", Zh(cumulative));
        Assert.Contains("(累计法) with start = 100, total = 231, years = 2: ", En(cumulative), StringComparison.Ordinal);
        Assert.Equal("年均增速 = (末期 / 基期)^(1 / 年数) − 1（水平法），其中基期 = 0，末期 = 5，年数 = 2：无数值，基期水平不为正数", Zh(AverageGrowth.Level(0, 5, 2)));

        // F2 [S1]: a doubling a year at 100%.
        Assert.Equal("翻一番所需年数 = ln 2 / ln(1 + 增速)，其中增速 = 100%：1年翻一番", Zh(AverageGrowth.DoublingTime(Percentage.FromPercent(100))));
        Assert.Equal("years = ln 2 / ln(1 + rate) with rate = 0%: no value, a rate that is not positive never doubles", En(AverageGrowth.DoublingTime(Percentage.Zero)));
        Assert.Equal("翻一番所需年数 = ln 2 / ln(1 + 增速)，其中增速 = 0%：无数值，增速不为正，不会翻番", Zh(AverageGrowth.DoublingTime(Percentage.Zero)));
    }

    [Fact]
    public void Issue10_Explain_SharesContributionsAndPullsInChinese()
    {
        Assert.Equal("比重 = 部分 / 总体，其中部分 = 30，总体 = 120：占比25%", Zh(Share.Of(30, 120)));
        Assert.Equal("share = part / whole with part = 30, whole = 120: 25%", En(Share.Of(30, 120)));
        Assert.Equal("比重 = 部分 / 总体，其中部分 = 30，总体 = 0：无数值，总体不为正数", Zh(Share.Of(30, 0)));

        // F18 [S41]: A/B = 30%, a = 20%, b = 10% → earlier share 27.5%, Δ = +2.5pp.
        var change = Share.ChangeFromGrowth(Percentage.FromPercent(30), Percentage.FromPercent(20), Percentage.FromPercent(10));
        Assert.Equal(
            "比重变化 = 本期比重 − 上期比重；由增速：(A/B)(a − b)/(1 + a)，其中上期比重 = " + N(change.Earlier!.Value.Percent) + "%，本期比重 = "
            + N(change.Later!.Value.Percent) + "%：比重提高" + N(change.Change!.Value.Points) + "个百分点",
            Zh(change));

        Assert.Equal("贡献率 = 部分增量 / 总体增量，其中部分增量 = -25，总体增量 = 100：贡献率-25%", Zh(Contribution.Of(-25, 100)));
        Assert.Equal("贡献率 = 部分增量 / 总体增量，其中部分增量 = 5，总体增量 = 0：无数值，总体没有变化", Zh(Contribution.Of(5, 0)));
        Assert.Equal("拉动 = 部分增量 / 总体上期水平，单位为百分点，其中部分增量 = 13，总体上期水平 = 100：拉动增长13个百分点", Zh(Contribution.Pull(13, 100)));
        Assert.Equal("pull = Δpart / whole(t−1), in percentage points with Δpart = 13, whole(t−1) = 100: 13pp", En(Contribution.Pull(13, 100)));
    }

    [Fact]
    public void Issue10_Explain_CompletionInChinese()
    {
        // F16 [S21]: 降低3.3% against 降低3% → 完成目标的110%.
        var decline = Completion.OfDecline(Percentage.FromPercent(3.3), Percentage.FromPercent(3));
        var rate = decline.Rate!.Value.Percent;
        Assert.Equal("完成率 = 实际降幅 / 目标降幅，其中实际降幅 = 3.3%，目标降幅 = 3%：完成率" + N(rate) + "%，超额完成" + N(rate - 100) + "%", Zh(decline));
        Assert.Equal("completion = actual decline / target decline with actual decline = 3.3%, target decline = 3%: " + N(rate) + "%, overfulfilled by " + N(rate - 100) + "% (超额完成)", En(decline));

        var missed = Completion.OfLevel(180, 200);
        Assert.Equal("完成率 = 实际 / 目标，其中实际 = 180，目标 = 200：完成率90%，未完成目标，差20，差10个百分点", Zh(missed));
        Assert.Equal("完成率 = 上限 / 实际，其中实际 = 0，上限 = 66：无数值，实际为零，控制在正的上限以内", Zh(Completion.OfCeiling(0, 66)));

        // A growth target is judged by the point gap: 7.5% against 8% is 差0.5个百分点.
        var gap = Completion.OfGrowthTarget(Percentage.FromPercent(7.5), Percentage.FromPercent(8));
        Assert.Equal("差距 = 实际增速 − 目标增速，其中实际增速 = 7.5%，目标增速 = 8%：-0.5个百分点，未完成目标", Zh(gap));
        Assert.Equal("gap = actual rate − target rate with actual rate = 7.5%, target rate = 8%: -0.5pp, target missed (未完成)", En(gap));
    }

    [Fact]
    public void Issue10_Explain_ImpliedValuesAndCountChecksInChinese()
    {
        // F5 [S10]: 27298.3 with +16.5% implies a comparable base of ≈ 23432.0.
        var implied = Implied.PreviousFromGrowth(27298.3, Percentage.FromPercent(16.5));
        Assert.Equal("上期 = 本期 / (1 + 增速)，其中本期 = 27298.3，增速 = 16.5%：推算值" + N(implied.Value!.Value), Zh(implied));
        Assert.Equal("期初存量 = 期末存量 − 净增量，其中期末存量 = 76，净增量 = 14：推算值62", Zh(Implied.PreviousStock(76, 14)));
        Assert.Equal("previous = current / (1 + growth) with current = 10, growth = -100%: no value, the stated rate cannot give one", En(Implied.PreviousFromGrowth(10, Percentage.FromPercent(-100))));
        Assert.Equal("上期 = 本期 / (1 + 增速)，其中本期 = 10，增速 = -100%：无数值，所给比率推算不出数值", Zh(Implied.PreviousFromGrowth(10, Percentage.FromPercent(-100))));

        // domain.md §11: 3家 "同比增长300%" implies 0.75家: wrong.
        var count = Implied.CheckCountBase(3, Percentage.FromPercent(300), 0);
        Assert.EndsWith("其中本期数 = 3，所给增速 = 300%（0位小数）：推算上期为0.75；没有整数的上期数能得出这一增速：数字不一致", Zh(count), StringComparison.Ordinal);
        Assert.EndsWith("with current count = 3, stated growth = 300% (0 decimals): implied 0.75; no whole previous count gives this growth: the figures are inconsistent", En(count), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue10_Explain_YearToDateInChinese()
    {
        var missing = YearToDate.Through(MonthlySeries.FromMonths(10, null, 30), 3, IndicatorNature.Flow);
        Assert.Equal("1-m月累计 = 1月 + … + m月，其中流量，m = 3，月度数 = [1: 10；2: 缺失；3: 30]：无数值，2月数据缺失", Zh(missing));
        Assert.Equal("YTD(m) = month(1) + … + month(m) with flow, m = 3, months = [1: 10; 2: missing; 3: 30]: no value, month 2 is missing", En(missing));
        Assert.Equal("1-m月累计 = 1月 + … + m月，其中流量，m = 2，月度数 = [1: 10；2: 20；3: 30]：30", Zh(YearToDate.Through(MonthlySeries.FromMonths(10, 20, 30), 2, IndicatorNature.Flow)));
    }

    [Fact]
    public void Issue10_Explain_PacingInChinese()
    {
        // 序时进度 at the end of June is 50%; 50.2 of 100 is 0.2 points ahead: 时间过半、任务过半.
        var pacing = Indicators.Pacing.ByMonths(50.2, 100, 6);
        Assert.True(pacing.IsHalfTimeHalfTask);
        Assert.True(pacing.TryGetGap(out var completion, out var gap));
        Assert.Equal(
            "完成率 = 累计完成 / 年度目标；差距 = 完成率 − 序时进度；月均需完成 = (年度目标 − 累计完成) / 剩余月数，其中累计完成 = 50.2，年度目标 = 100，按月数计至6月，序时进度 = 50%："
            + "完成年度目标的" + N(completion.Percent) + "%，快于序时进度" + N(gap.Points) + "个百分点，实现“时间过半、任务过半”；余下6个月需月均完成" + N(pacing.RequiredMonthlyRunRate!.Value),
            Zh(pacing));
        Assert.Contains("completion " + N(completion.Percent) + "%, " + N(gap.Points) + "pp ahead of pace (half the time, half the task); needs ", En(pacing), StringComparison.Ordinal);
        Assert.EndsWith("：无数值，年度目标不为正数", Zh(Indicators.Pacing.ByMonths(10, 0, 6)), StringComparison.Ordinal);
        Assert.Contains("按天数计至2024-06-15", Zh(Indicators.Pacing.ByDays(40, 100, new LocalDate(2024, 6, 15))), StringComparison.Ordinal);

        var growth = Indicators.Pacing.OfGrowthTarget(Percentage.FromPercent(8.5), Percentage.FromPercent(8), 6);
        Assert.Equal("差距 = 累计增速 − 全年目标增速，其中1-6月累计增速 = 8.5%，全年目标增速 = 8%：0.5个百分点，快于全年目标增速", Zh(growth));
        Assert.Equal("gap = year-to-date growth − annual target growth with year-to-date growth = 8.5% through month 6, annual target growth = 8%: 0.5pp ahead of the target growth", En(growth));
    }

    [Fact]
    public void Issue10_Explain_PlanProgressInChinese()
    {
        // 十四五: 500 in 2020 growing 7% a year; 590 in 2023 is behind the path 612.5215 and needs ≈ 9.02% a year (PlanTargetTests, by hand).
        var plan = PlanTarget.AverageGrowth(ReportingPeriod.FiveYearPlan(14), 500, Percentage.FromPercent(7));
        var progress = plan.Progress(2023, 590);
        Assert.Equal(
            "差距 = 实际 − 基期 × (1 + r)^(年份 − 基期年份)；所需增速 = (目标 / 实际)^(1 / 剩余年数) − 1，其中2020年基期 = 500，2025年目标 = " + N(plan.TargetLevel)
            + "，年均增速 r = 7%，2023年实际 = 590：规划路径 " + N(progress.PathLevel!.Value) + "，差距 " + N(progress.LevelGap!.Value) + "（"
            + N(progress.GrowthGap!.Value.Points) + "个百分点），慢于规划进度；后2年需年均增长" + N(progress.RequiredGrowth!.Value.Percent) + "%",
            Zh(progress));
        Assert.Contains("behind the path; needs ", En(progress), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue10_Explain_AttainmentInChinese()
    {
        var attainment = Attainment.Of(Target.Parse("增长8%以上").Value, 9, JudgingPolicy.FullValue);
        Assert.Equal("差距 = 实际增速 − 目标增速，其中目标增长8%以上（增长目标，下限），实际 = 9，按全数值比较法判定：判定值9，超额完成；差距1个百分点", Zh(attainment));
        Assert.Equal("gap = actual rate − target rate with target 增长8%以上 (Growth, floor), actual = 9, judged by 全数值比较法 (full value): judged value 9, overfulfilled (超额完成); gap 1 percentage points", En(attainment));

        // 下降3%以上 with −2.96%: 修约值比较法 (one decimal for a rate by default) publishes 下降3.0% and completes it (AttainmentTests).
        var rounded = Attainment.Of(Target.Parse("下降3%以上").Value, -2.96);
        Assert.StartsWith("完成率 = 实际降幅 / 目标降幅，其中目标下降3%以上（下降目标，下限），实际 = -2.96（降幅2.96%），按修约值比较法（保留1位小数，四舍五入）判定：判定值3，完成；完成率", Zh(rounded), StringComparison.Ordinal);
        Assert.Contains("judged by 修约值比较法 (rounded value) at 1 decimal, 四舍五入: judged value 3, completed (完成); completion ", En(rounded), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue10_Explain_RuleTargetsExplainTheirAttainment()
    {
        var plan = RulePlan.Compile(new RuleSet(targets: [new TargetDeclaration("GDP", "增长8%以上")])).Value!;
        var target = plan.Evaluate(RuleZone.Create().With("GDP", 109, 100)).Targets[0];
        var attainment = target.Attainment!.Value;
        Assert.Equal("GDP：" + attainment.Explain(ExplanationLanguage.Chinese), target.ToString(ExplanationLanguage.Chinese));
        Assert.Equal("GDP: " + attainment.Explain(ExplanationLanguage.English), target.ToString(ExplanationLanguage.English));
        Assert.Contains("增长目标", target.ToString(), StringComparison.Ordinal);
    }

    // One instance of every public type that explains itself; Issue10_Explain_DefaultIsChineseForEveryExplainingType fails
    // when a new explaining type is not listed here.
    private static IEnumerable<object> ExplainingSamples()
    {
        yield return Growth.YearOnYear(148, -46);
        yield return Growth.Comparable(27298.3, 23432, 29047.6);
        yield return Growth.Real(Percentage.FromPercent(8), Percentage.FromPercent(3));
        yield return AverageGrowth.Level(100, 121, 2);
        yield return AverageGrowth.DoublingTime(Percentage.FromPercent(7));
        yield return Share.Of(30, 120);
        yield return Share.Change(30, 100, 36, 110);
        yield return Contribution.Of(-25, 100);
        yield return Contribution.Pull(13, 100);
        yield return Completion.OfLevel(220, 200);
        yield return Completion.OfGrowthTarget(Percentage.FromPercent(7.5), Percentage.FromPercent(8));
        yield return Implied.PreviousStock(76, 14);
        yield return Implied.CheckCountBase(3, Percentage.FromPercent(300), 0);
        yield return YearToDate.Through(MonthlySeries.FromMonths(10, null, 30), 3, IndicatorNature.Flow);
        yield return Indicators.Pacing.ByMonths(50.2, 100, 6);
        yield return Indicators.Pacing.OfGrowthTarget(Percentage.FromPercent(8.5), Percentage.FromPercent(8), 6);
        yield return PlanTarget.AverageGrowth(ReportingPeriod.FiveYearPlan(14), 500, Percentage.FromPercent(7)).Progress(2023, 590);
        yield return Attainment.Of(Target.Parse("增长8%以上").Value, 9);
        yield return Consistency.Growth(StatedFigure.Rounded(63, 0), StatedFigure.Rounded(60.3, 1), StatedFigure.Rounded(5, 0));
        var assessment = Indicators.Tests.Assessment.SampleScheme.Scheme.Evaluate(
            [Indicators.Tests.Assessment.SampleScheme.Zone("A", "g", 120, 100, 50, 40, 0.5), Indicators.Tests.Assessment.SampleScheme.Zone("B", "g", 90, 100, 60, null, 0.6)]);
        yield return assessment;
        yield return assessment[0];
        var plan = RulePlan.Compile(new RuleSet(
            [new IndicatorDeclaration("RdSpending", Unit: "万元"),
             new IndicatorDeclaration("RdIntensity", Unit: "%", Formula: new RuleBinaryExpression(RuleBinaryOperator.Divide, new NameReference("RdSpending"), new NameReference("OperatingRevenue")))],
            checks: [new CheckDeclaration("rd", new RuleBinaryExpression(RuleBinaryOperator.LessOrEqual, new NameReference("RdSpending"), new NameReference("OperatingRevenue")), "研发经费不应超过营业收入")],
            targets: [new TargetDeclaration("GDP", "增长8%以上")])).Value!;
        var evaluation = plan.Evaluate(RuleZone.Create().With("OperatingRevenue", 12).With("GDP", 109, 100));
        yield return evaluation;
        yield return evaluation.Indicators[0];
        yield return evaluation.Indicators[0].Explanation;
        yield return evaluation.Checks[0];
        yield return evaluation.Targets[0];
        yield return Indicators.Tests.Reports.Audit.AuditDocuments.SampleFinding();
        yield return RulePlan.Compile("indicator A = Nope;\n").Diagnostics[0];
        yield return RulePlan.Compile("indicator A = Nope;\n");
    }

    /// <summary>A sample's type as the exported types list it: a closed generic (Outcome&lt;RulePlan&gt;) as its definition.</summary>
    private static Type Declared(object sample) =>
        sample.GetType() is { IsGenericType: true } generic ? generic.GetGenericTypeDefinition() : sample.GetType();

    private static bool TakesOnlyTheLanguage(MethodInfo method) =>
        method.GetParameters() is [{ ParameterType: var type }] && type == typeof(ExplanationLanguage);

    [Fact]
    public void Issue10_Explain_DefaultIsChineseForEveryExplainingType()
    {
        var explaining = typeof(ICalculationResult).Assembly.GetExportedTypes()
            .Where(type => !type.IsInterface)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name is "Explain" or "ExplainRanking" or "ToString" && m.ReturnType == typeof(string) && TakesOnlyTheLanguage(m))
                .Select(m => (Type: type, Method: m)))
            .ToList();
        var samples = ExplainingSamples().ToList();
        Assert.Equal(
            explaining.Select(e => e.Type).Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal),
            samples.Select(Declared).Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal));
        Assert.True(explaining.Count >= 26, "every calculation result and every rule and assessment explanation");
        foreach (var (type, method) in explaining)
        {
            var parameterless = type.GetMethod(method.Name, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
            Assert.True(parameterless is not null, type.Name + "." + method.Name + "() is missing");
            foreach (var sample in samples.Where(s => Declared(s) == type))
            {
                var closed = sample.GetType();
                var byDefault = (string)closed.GetMethod(method.Name, Type.EmptyTypes)!.Invoke(sample, null)!;
                var chinese = (string)closed.GetMethod(method.Name, [typeof(ExplanationLanguage)])!.Invoke(sample, [ExplanationLanguage.Chinese])!;
                var english = (string)closed.GetMethod(method.Name, [typeof(ExplanationLanguage)])!.Invoke(sample, [ExplanationLanguage.English])!;
                Assert.True(byDefault == chinese, type.Name + "." + method.Name + "() is not Chinese: " + byDefault);
                Assert.True(chinese != english, type.Name + "." + method.Name + ": the two languages read the same: " + chinese);
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese);
            }
        }
    }

    [Fact]
    public void Issue10_Explain_EveryCalculationResultHasBothLanguages()
    {
        var resultTypes = typeof(ICalculationResult).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && typeof(ICalculationResult).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        var sampled = ExplainingSamples().OfType<ICalculationResult>().Select(s => s.GetType()).Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal);
        Assert.Equal(resultTypes, sampled);
        foreach (var result in ExplainingSamples().OfType<ICalculationResult>())
        {
            Assert.Equal(Zh(result), result.Explain());
            Assert.Equal(Zh(result), result.ToString());
            Assert.Contains(result.Formula, En(result), StringComparison.Ordinal);
        }
    }

    private static IEnumerable<Func<ICalculationResult>> Results(double x, double y, double z)
    {
        var years = 1 + (int)(Math.Abs(z) % 20);
        var month = 1 + (int)(Math.Abs(z) % 12);
        var rate = Percentage.FromPercent(Math.Clamp(z, -1e6, 1e6));
        yield return () => Growth.YearOnYear(x, y);
        yield return () => Growth.PeriodOnPeriod(x, y);
        yield return () => Growth.Comparable(x, y, z);
        yield return () => Growth.Real(Percentage.FromPercent(Math.Max(x, -100)), Percentage.FromPercent(Math.Max(y, -99.999)));
        yield return () => AverageGrowth.Level(x, y, years);
        yield return () => AverageGrowth.Cumulative(x, [y, z]);
        yield return () => AverageGrowth.DoublingTime(rate);
        yield return () => Share.Of(x, y);
        yield return () => Share.Change(x, y, z, y);
        yield return () => Contribution.Of(x, y);
        yield return () => Contribution.Pull(x, y);
        yield return () => Completion.OfLevel(x, y);
        yield return () => Completion.OfLevel(x, y, Polarity.Reverse);
        yield return () => Completion.OfCeiling(Math.Abs(x), Math.Abs(y));
        yield return () => Completion.OfDecline(Percentage.FromPercent(Math.Clamp(x, -1e6, 1e6)), Percentage.FromPercent(Math.Clamp(y, -1e6, 1e6)));
        yield return () => Completion.OfGrowthTarget(Percentage.FromPercent(Math.Clamp(x, -1e6, 1e6)), rate);
        yield return () => Implied.PreviousFromGrowth(x, rate);
        yield return () => Implied.TargetFromCompletion(x, rate);
        yield return () => Implied.PreviousStock(x, y);
        yield return () => Implied.CheckCountBase(Math.Abs(Math.Round(Math.Clamp(x, -1e9, 1e9))), rate, years % 4);
        yield return () => YearToDate.Through(MonthlySeries.FromMonths(x, y, z), 1 + (years % 3), IndicatorNature.Flow);
        yield return () => YearToDate.MonthFrom(MonthlySeries.FromMonths(x, null, z), 1 + (years % 3), IndicatorNature.Flow);
        yield return () => Indicators.Pacing.ByMonths(x, y, month);
        yield return () => Indicators.Pacing.OfGrowthTarget(Percentage.FromPercent(Math.Clamp(x, -1e6, 1e6)), rate, month);
        yield return () => PlanTarget.Level(ReportingPeriod.FiveYearPlan(14), Math.Abs(x), Math.Abs(y)).Progress(2021 + (years % 5), z);
        var target = Target.Parse(z < 0 ? "下降3%以上" : "增长8%以上").Value;
        yield return () => Attainment.Of(target, Math.Clamp(x, -1e6, 1e6));
        yield return () => Consistency.Growth(StatedFigure.Exact(x), StatedFigure.Exact(y), StatedFigure.Exact(z));
        yield return () => Consistency.Share(StatedFigure.Exact(x), null, StatedFigure.Exact(z));
        yield return () => Consistency.Parts(StatedFigure.Exact(z), [StatedFigure.Exact(x), StatedFigure.Exact(y)], complete: true);
        yield return () => Consistency.AverageGrowth(StatedFigure.Exact(x), StatedFigure.Exact(y), years, StatedFigure.Exact(z));
        yield return () => Consistency.TwoYearAverage(StatedFigure.Exact(x), StatedFigure.Exact(y), StatedFigure.Exact(z));
        yield return () => Consistency.CountBase(StatedFigure.Exact(Math.Abs(x)), StatedFigure.Exact(z));
        yield return () => Consistency.Stock(StatedFigure.Exact(x), StatedFigure.Exact(y), StatedFigure.Exact(z));
    }

    [Property(MaxTest = 300)]
    public bool Issue10_Explain_NeverThrowsAndNeverWritesNaNOrInfinityInEitherLanguage(AnyInputs t)
    {
        var (x, y, z) = (t.X, t.Y, t.Z);
        foreach (var make in Results(x, y, z))
        {
            ICalculationResult result;
            try
            {
                result = make();
            }
            catch (ArgumentOutOfRangeException)
            {
                // A factory refuses inputs whose arithmetic would overflow (numeric-policy.md); only explaining is tested here.
                continue;
            }
            foreach (var text in new[] { Zh(result), En(result), result.Explain() })
            {
                if (text.Length == 0 || text.Contains("NaN", StringComparison.Ordinal) || text.Contains("Infinity", StringComparison.Ordinal)
                    || text.Contains('∞', StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static readonly Regex Number = new(@"\d+(?:\.\d+)?(?:E[+-]\d+)?", RegexOptions.CultureInvariant);

    [Property(MaxTest = 300)]
    public bool Issue10_Explain_BothLanguagesWriteTheSameNumbers(HundredthInputs t)
    {
        // One number formatter: every number the English line writes for the inputs and the value is in the Chinese line
        // too, written the same way (a sign may become 下降/降低 in Chinese, so magnitudes are compared).
        var (x, y, z) = (t.X, t.Y, t.Z);
        var results = new ICalculationResult[]
        {
            Growth.YearOnYear(x, y), Share.Of(x, y), Contribution.Of(x, y), Completion.OfLevel(x, y), Implied.PreviousStock(x, y),
            Completion.OfGrowthTarget(Percentage.FromPercent(x), Percentage.FromPercent(z)), Indicators.Pacing.ByMonths(x, y, 6),
        };
        foreach (var result in results)
        {
            var chinese = Number.Matches(Zh(result)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            var english = Number.Matches(En(result).Replace(result.Formula, string.Empty, StringComparison.Ordinal)).Select(m => m.Value);
            if (!english.All(chinese.Contains))
            {
                return false;
            }
        }
        return true;
    }
}
