namespace Indicators.Tests.Reports;

/// <summary>Worked examples: the seeds are /work/shared/seeds (the project's shared material), quoted verbatim.</summary>
public class ConsistencyTests
{
    private static StatedFigure R(double value, int decimals, Qualifier qualifier = Qualifier.None) => StatedFigure.Rounded(value, decimals, qualifier);

    private static StatedFigure N(double value) => StatedFigure.Exact(value);

    [Fact]
    public void Issue12_Growth_63On60Point3StatedAs5PercentIsBorderline()
    {
        // 001_c81c4cc377fa0bf5.txt, 2011: "完成固定资产投资60.3亿元,同比增长13%";
        // 2012 plan: "完成全社会固定资产投资63亿元,同比增长5%". 63 / 60.3 − 1 = 4.48%, which is 4% at the stated
        // precision (0 decimals), not 5%: not consistent as stated. But 63 stands for [62.5, 63.5) and 60.3 for
        // [60.25, 60.35): 63.4 / 60.3 − 1 = 5.14% is 5%. So it is consistent only thanks to the rounding: borderline.
        var check = Consistency.Growth(R(63, 0), R(60.3, 1), R(5, 0));
        Assert.Equal(ConsistencyVerdict.Borderline, check.Verdict);
        Assert.Equal(63 / 60.3 * 100 - 100, check.Value!.Value, 10);
        var computed = check.Computed!.Value;
        Assert.True(computed.Contains(5.0) && computed.Contains(4.48));
        Assert.InRange(computed.Upper, 63.5 / 60.25 * 100 - 100, 63.5 / 60.25 * 100 - 100 + 1e-9);
        // Read as an exact plan figure, 63 still reaches 5% only through 60.3's rounding: 63 / 60.25 − 1 = 4.56%.
        Assert.Equal(ConsistencyVerdict.Borderline, Consistency.Growth(N(63), R(60.3, 1), R(5, 0)).Verdict);
        // Stated "5.5%", no value of the figures gives it: at most 63.5 / 60.25 − 1 = 5.39%.
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Growth(R(63, 0), R(60.3, 1), R(5.5, 1)).Verdict);
    }

    [Fact]
    public void Issue12_Growth_ExplainsInChineseByDefaultAndInEnglish()
    {
        var check = Consistency.Growth(R(63, 0), R(60.3, 1), R(5, 0));
        Assert.Equal(check.Explain(ExplanationLanguage.Chinese), check.Explain());
        Assert.Equal(check.Explain(), check.ToString());
        Assert.StartsWith("增速核验：增速 = 本期 / 上期 − 1，其中本期 = 63 [62.5, 63.5)，上期 = 60.3 [60.25, 60.35)，所述 = 5 [4.5, 5.5)：", check.Explain());
        Assert.EndsWith("勉强一致（仅因数字的修约或限定词而相符）", check.Explain());
        var english = check.Explain(ExplanationLanguage.English);
        Assert.StartsWith("growth check: growth = current / previous − 1 with current = 63 [62.5, 63.5), previous = 60.3 [60.25, 60.35), stated = 5 [4.5, 5.5): from the figures as stated 4.477611940299; from the figures' intervals (3.562551781, 5.394190871); the stated result implies a previous level of (59.24170616, 60.76555024); borderline", english);
        Assert.EndsWith("borderline (consistent only thanks to the figures' rounding or qualifiers)", english);
    }

    [Fact]
    public void Issue12_Growth_ConsistentAsStatedAndInconsistentBeyondTheRounding()
    {
        // 001: "实现地区生产总值170亿元,同比增长25%" → 2012 "地区生产总值210亿元,同比增长23.5%": 210 / 170 − 1 = 23.53%.
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Growth(R(210, 0), R(170, 0), R(23.5, 1)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Growth(R(210, 0), R(170, 0), R(25, 0)).Verdict);
    }

    [Fact]
    public void Issue12_Growth_WithoutThePreviousLevelIsUnverifiableAndImpliesIt()
    {
        // 000_6a522123856b6a66.txt: "全年完成固定资产投资35.5亿元,增长492%" — the previous level is not given: 35.5 / 5.92 = 6.0.
        var check = Consistency.Growth(R(35.5, 1), null, R(492, 0));
        Assert.Equal(ConsistencyVerdict.Unverifiable, check.Verdict);
        Assert.False(check.HasValue);
        Assert.True(check.Implied!.Value.Contains(35.5 / 5.92));
        Assert.Contains("缺少所需数字", check.Explain());
        Assert.Contains("a figure it needs is not given", check.Explain(ExplanationLanguage.English));
    }

    [Fact]
    public void Issue12_Growth_BaseThatMayBeZeroIsUnverifiable()
    {
        // A previous level stated as 0 (at 0 decimals: [0, 0.5)) gives no growth rate.
        Assert.Equal(ConsistencyVerdict.Unverifiable, Consistency.Growth(R(3, 0), R(0, 0), R(100, 0)).Verdict);
        Assert.Equal(ConsistencyVerdict.Unverifiable, Consistency.Growth(R(3, 0), R(-2, 0), R(100, 0)).Verdict);
    }

    [Fact]
    public void Issue12_Share_6Point2Of91Point3StatedAs6Point7IsBorderlineOrConsistentWithTruncation()
    {
        // Issue 12's own example (not a seed): 6.2 / 91.3 = 6.79%, stated as 6.7%. Rounded, 6.79% is 6.8%: not as
        // stated; but 6.15 / 91.35 = 6.73% rounds to 6.7%: borderline. A writer who truncates writes 6.79% as 6.7%.
        var check = Consistency.Share(R(6.2, 1), R(91.3, 1), R(6.7, 1));
        Assert.Equal(ConsistencyVerdict.Borderline, check.Verdict);
        Assert.Equal(6.2 / 91.3 * 100, check.Value!.Value, 10);
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Share(R(6.2, 1), R(91.3, 1), R(6.7, 1), ConsistencyPolicy.Default.WithTruncation()).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Share(R(6.2, 1), R(91.3, 1), R(6.5, 1)).Verdict);
    }

    [Fact]
    public void Issue12_Share_WithoutTheWholeImpliesIt()
    {
        // 000_6a522123856b6a66.txt: "研发费用投入1000万元,占产品销售收入20%" — the whole is not given: 1000 / 20% = 5000.
        var check = Consistency.Share(R(1000, 0), null, R(20, 0));
        Assert.Equal(ConsistencyVerdict.Unverifiable, check.Verdict);
        Assert.True(check.Implied!.Value.Contains(5000));
        Assert.False(check.Implied!.Value.Contains(4800));
    }

    [Fact]
    public void Issue12_Plausibility_ShareAbove100PercentIsInconsistent()
    {
        // 001_c81c4cc377fa0bf5.txt: "难题破解率达100%" is at most the whole; a share of 102.3% (constructed) cannot be.
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.ShareAtMostWhole(R(100, 0)).Verdict);
        // 003_79fffe570bc6bca6.txt: "高新技术产业产值占比达30.97%".
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.ShareAtMostWhole(R(30.97, 2)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.ShareAtMostWhole(R(102.3, 1)).Verdict);
        // "100.0%" is at most the whole as stated; "100.1%" is not, whatever its rounding.
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.ShareAtMostWhole(R(100.0, 1)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.ShareAtMostWhole(R(100.1, 1)).Verdict);
    }

    [Fact]
    public void Issue12_CountBase_3FirmsUp300PercentImply0Point75()
    {
        // 002_210ef8c315323606.txt: "全年纳入高新技术企业培育5家,完成申报3家,…同比增长300%" — 3 / (1 + 300%) = 0.75家.
        var check = Consistency.CountBase(N(3), R(300, 0));
        Assert.Equal(ConsistencyVerdict.Inconsistent, check.Verdict);
        Assert.Equal(0.75, check.Value);
        Assert.True(check.Implied!.Value.Contains(0.75));
        Assert.Contains("推算的基数区间内没有整数", check.Explain());
        // 001: "新认定高新技术企业14家,累计达76家" — 76 after 22.6% implies 61.99: a whole 62 fits the rounding.
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.CountBase(N(76), R(22.6, 1)).Verdict);
        // A share of a count: 3家 "占40%" implies a whole of 7.5家.
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.CountWhole(N(3), R(40, 0)).Verdict);
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.CountWhole(N(3), R(30, 0)).Verdict);
    }

    [Fact]
    public void Issue12_Parts_PartLargerThanItsWholeIsInconsistent()
    {
        // 003_79fffe570bc6bca6.txt: "新增市级以上高企43家,其中国家高企14家".
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.PartOfWhole(N(14), N(43)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.PartOfWhole(N(43), N(14)).Verdict);
        // 12.36 against a whole stated as 12.3 (12.25–12.35) is larger; against 12 (11.5–12.5) borderline.
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.PartOfWhole(R(12.36, 2), R(12.3, 1)).Verdict);
        Assert.Equal(ConsistencyVerdict.Borderline, Consistency.PartOfWhole(R(12.3, 1), R(12, 0)).Verdict);
    }

    [Fact]
    public void Issue12_Parts_SumAgainstTheTotal()
    {
        // A complete breakdown: 12.3 + 45.6 + 7.2 = 65.1 stated as a total of 65.1; 65 at 0 decimals is 65.1 written as 65.
        var parts = new[] { R(12.3, 1), R(45.6, 1), R(7.2, 1) };
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Parts(R(65.1, 1), parts, complete: true).Verdict);
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Parts(R(65, 0), parts, complete: true).Verdict);
        // Published totals need not equal the sum of rounded parts: 65.2 is within the parts' rounding (±0.15).
        Assert.Equal(ConsistencyVerdict.Borderline, Consistency.Parts(R(65.2, 1), parts, complete: true).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Parts(R(65.4, 1), parts, complete: true).Verdict);
        // 其中: the parts are some of the total.
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Parts(R(100, 0), parts).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Parts(R(60, 0), parts).Verdict);
        Assert.Throws<ArgumentException>(() => Consistency.Parts(R(60, 0), []));
    }

    [Fact]
    public void Issue12_PercentagePoints_AgainstTwoRates()
    {
        // domain.md: 20.8% → 18.2% is 下降2.6个百分点.
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.PercentagePoints(R(18.2, 1), R(20.8, 1), R(-2.6, 1)).Verdict);
        Assert.Equal(ConsistencyVerdict.Borderline, Consistency.PercentagePoints(R(18.2, 1), R(20.8, 1), R(-2.7, 1)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.PercentagePoints(R(18.2, 1), R(20.8, 1), R(2.6, 1)).Verdict);
    }

    [Fact]
    public void Issue12_Completion_AgainstActualAndTarget()
    {
        // 220 of 200 = 110%.
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Completion(R(220, 0), R(200, 0), R(110, 0)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Completion(R(220, 0), R(200, 0), R(120, 0)).Verdict);
        var implied = Consistency.Completion(R(220, 0), null, R(110, 0));
        Assert.Equal(ConsistencyVerdict.Unverifiable, implied.Verdict);
        Assert.True(implied.Implied!.Value.Contains(200));
    }

    [Fact]
    public void Issue12_Overfulfilment_ImpliesTheTarget()
    {
        // 000_6a522123856b6a66.txt: "完成销售收入5000万元,超额完成67%" — the target is not given: 5000 / 1.67 ≈ 2994.
        var check = Consistency.Overfulfilment(R(5000, 0), null, R(67, 0));
        Assert.Equal(ConsistencyVerdict.Unverifiable, check.Verdict);
        Assert.True(check.Implied!.Value.Contains(5000 / 1.67));
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Overfulfilment(R(5000, 0), R(3000, 0), R(67, 0)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Overfulfilment(R(5000, 0), R(3500, 0), R(67, 0)).Verdict);
    }

    [Fact]
    public void Issue12_Pacing_AgainstTheElapsedShare()
    {
        // domain.md: "截至6月底完成年度目标的50.22%,实现'时间过半、任务过半'".
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Pacing(R(50.22, 2), 6).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Pacing(R(49.9, 1), 6).Verdict);
        // 7 months are 58.33% of the year: a completion stated as 58% (57.5–58.5) is on pace only through its rounding.
        Assert.Equal(ConsistencyVerdict.Borderline, Consistency.Pacing(R(58, 0), 7).Verdict);
        // 快于序时进度0.2个百分点 (50.22 − 50).
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Pacing(R(50.22, 2), 6, R(0.2, 1)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Pacing(R(50.22, 2), 6, R(2, 0)).Verdict);
        Assert.Throws<ArgumentOutOfRangeException>(() => Consistency.Pacing(R(50.22, 2), 13));
    }

    [Fact]
    public void Issue12_AverageGrowth_OverASpan()
    {
        // 100 → 161.05 over 5 years is 10% a year.
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.AverageGrowth(R(100, 0), R(161.05, 2), 5, R(10, 0)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.AverageGrowth(R(100, 0), R(161.05, 2), 5, R(12, 0)).Verdict);
        // Two-year average: √(1.029 × 1.049) − 1 = 3.895% → 3.9%.
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.TwoYearAverage(R(2.9, 1), R(4.9, 1), R(3.9, 1)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.TwoYearAverage(R(2.9, 1), R(4.9, 1), R(4.2, 1)).Verdict);
    }

    [Fact]
    public void Issue12_Multiple_GrowthTimesAndRatioTimes()
    {
        // "增长1倍" is twice the level, and so is "是…的2倍".
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Multiple(R(200, 0), R(100, 0), R(1, 0), isGrowth: true).Verdict);
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Multiple(R(200, 0), R(100, 0), R(2, 0), isGrowth: false).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Multiple(R(200, 0), R(100, 0), R(2, 0), isGrowth: true).Verdict);
    }

    [Fact]
    public void Issue12_RankChange_AgainstTwoRanks()
    {
        // 004_1a1286fd04ac96d3.txt: "泾县经济开发区排名上升25位" (ranks constructed: 60 → 35).
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.RankChange(60, 35, 25).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.RankChange(60, 36, 25).Verdict);
        Assert.Throws<ArgumentOutOfRangeException>(() => Consistency.RankChange(0, 3, 1));
    }

    [Fact]
    public void Issue12_Stock_PreviousPlusFlow()
    {
        // 001_c81c4cc377fa0bf5.txt: "新认定高新技术企业14家,累计达76家" — 62 before.
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Stock(N(62), N(14), N(76)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Stock(N(61), N(14), N(76)).Verdict);
        Assert.Equal(ConsistencyVerdict.Borderline, Consistency.Stock(R(62.1, 1), R(14.1, 1), R(76.3, 1)).Verdict);
    }

    [Fact]
    public void Issue12_YearToDate_MonthNoLargerThanItsTotal()
    {
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.YearToDate(R(8.2, 1), R(75.3, 1)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.YearToDate(R(80.2, 1), R(75.3, 1)).Verdict);
    }

    [Fact]
    public void Issue12_Plausibility_YearPastedIntoAFigure()
    {
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.YearPasted(R(20231.1, 1), isRate: false, 2023).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.YearPasted(R(2023, 0), isRate: true, 2023).Verdict);
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.YearPasted(R(2023, 0), isRate: false, 2023).Verdict);
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.YearPasted(R(63, 0), isRate: false, 2012).Verdict);
        Assert.Equal(ConsistencyVerdict.Unverifiable, Consistency.YearPasted(R(20231.1, 1), isRate: false, null).Verdict);
        Assert.Contains("数字中似混入年份", Consistency.YearPasted(R(20231.1, 1), isRate: false, 2023).Explain());
    }

    [Fact]
    public void Issue12_Qualifiers_JudgeOnlyByIntervals()
    {
        // "近10亿元" has no value as stated: a growth from it is borderline at best.
        var check = Consistency.Growth(R(10, 0, Qualifier.Nearly), R(8, 0), R(20, 0));
        Assert.Null(check.Value);
        Assert.Equal(ConsistencyVerdict.Borderline, check.Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Growth(R(10, 0, Qualifier.Nearly), R(8, 0), R(40, 0)).Verdict);
        // A current level open above cannot contradict a growth "以上".
        Assert.Equal(ConsistencyVerdict.Borderline, Consistency.Growth(R(10, 0, Qualifier.AtLeast), R(8, 0), R(60, 0)).Verdict);
    }
    [Fact]
    public void Issue12_ConsistencyCheck_KeepsItsFiguresStatedResultAndPolicy()
    {
        var policy = ConsistencyPolicy.Default.WithTruncation();
        var check = Consistency.Share(R(6.2, 1), R(91.3, 1), R(6.7, 1), policy);
        Assert.Equal(ConsistencyCheckKind.Share, check.Kind);
        Assert.Equal([R(6.2, 1), R(91.3, 1)], check.Figures);
        Assert.Equal(R(6.7, 1), check.Stated);
        Assert.Equal(policy, check.Policy);
        Assert.True(check.HasValue);
        Assert.Equal("share check: share = part / whole", check.Formula);
        Assert.StartsWith(check.Formula, check.Explain(ExplanationLanguage.English), StringComparison.Ordinal);
        // default(ConsistencyCheck) never claims that figures agree, and explains itself without throwing.
        Assert.Equal(ConsistencyVerdict.Unverifiable, default(ConsistencyCheck).Verdict);
        Assert.EndsWith("无法核验", default(ConsistencyCheck).Explain());
    }

    [Fact]
    public void Issue12_Growth_StatedResultWithAQualifier()
    {
        // "同比增长4%以上" on 63 and 60.3: 4.48% is 4% at the stated precision, at least 4: consistent as stated.
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.Growth(R(63, 0), R(60.3, 1), R(4, 0, Qualifier.AtLeast)).Verdict);
        // "增长5%以上": only the rounding of the levels reaches it.
        Assert.Equal(ConsistencyVerdict.Borderline, Consistency.Growth(R(63, 0), R(60.3, 1), R(5, 0, Qualifier.AtLeast)).Verdict);
        // "增长6%以上": nothing reaches it; "增长5%左右" (4.75–5.25 by 5%, at least the rounding 4.5–5.5): borderline.
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.Growth(R(63, 0), R(60.3, 1), R(6, 0, Qualifier.AtLeast)).Verdict);
        Assert.Equal(ConsistencyVerdict.Borderline, Consistency.Growth(R(63, 0), R(60.3, 1), R(5, 0, Qualifier.About)).Verdict);
    }

    [Fact]
    public void Issue12_CountBase_MultipleIsAGrowthOfAHundredTimes()
    {
        // A count "增长2倍" is a growth of 200%: 3家 after it implies 1家 (whole); 4家 implies 1.33家.
        Assert.Equal(ConsistencyVerdict.Consistent, Consistency.CountBase(N(3), R(200, 0)).Verdict);
        Assert.Equal(ConsistencyVerdict.Inconsistent, Consistency.CountBase(N(4), R(200, 0)).Verdict);
        // A count that is not exact cannot be checked for a whole base.
        Assert.Equal(ConsistencyVerdict.Unverifiable, Consistency.CountBase(R(4, 0), R(200, 0)).Verdict);
    }
}
