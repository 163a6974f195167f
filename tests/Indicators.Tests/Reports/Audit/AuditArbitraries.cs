using FsCheck;
using FsCheck.Fluent;
using Indicators.Tests.Periods;

namespace Indicators.Tests.Reports.Audit;

/// <summary>A document of random facts: any kinds, periods, units, figures (extreme ones too), ranks, parents and blanks.</summary>
public sealed record RandomDocument(ReportDocument Document, ConsistencyPolicy Policy)
{
    public override string ToString() => string.Join("\n", Document.Facts.Select(f => f.Id + ": " + f));
}

/// <summary>
/// A document whose figures a writer stated from exact values, each at its own precision: two years of one level (the
/// earlier one perhaps in 万元), a target and a completion, a whole and a share of it, two 其中 parts, two rates and their
/// change in points, two ranks and the change, a stock before and after a flow, a year-to-date total and a month in it.
/// </summary>
public sealed record ExactDocument(ReportDocument Document, ExactLevels Levels)
{
    public override string ToString() => Levels + "\n" + string.Join("\n", Document.Facts.Select(f => f.Id + ": " + f));
}

/// <summary>The exact values an <see cref="ExactDocument"/> was stated from, and the decimals of each statement.</summary>
public sealed record ExactLevels(double Previous, double Current, int PreviousDecimals, int CurrentDecimals, int ResultDecimals, bool PreviousInWan);

/// <summary>A fact as the library phrases it, for the round trip through the reader.</summary>
public sealed record PhrasedFact(ReportFact Fact, int Year)
{
    public override string ToString() => Fact + " (" + Year + ")";
}

public static class AuditArbitraries
{
    private static readonly string[] Names = ["固定资产投资", "地区生产总值", "高新技术企业", "产值", "研发投入强度", "规上工业总产值"];
    private static readonly string?[] Units = [null, "亿元", "万元", "家", "个", "%", "亿美元", "吨/万元", "万方", "奇"];

    /// <summary>Any stated figure: rounded at 0–3 decimals with any qualifier, exact, or an extreme exact number.</summary>
    internal static Gen<StatedFigure> AnyFigure { get; } = Gen.Frequency(
        (6, from mantissa in Gen.Choose(-2_000_000, 2_000_000)
            from decimals in Gen.Choose(0, 3)
            from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
            select StatedFigure.Rounded((double)(mantissa / (decimal)Math.Pow(10, decimals)), decimals, qualifier)),
        (2, Gen.Choose(-5, 300).Select(n => StatedFigure.Exact(n))),
        (1, Arbitraries.Extreme.Select(v => StatedFigure.Exact(v))));

    public static Arbitrary<RandomDocument> RandomDocuments() =>
        (from count in Gen.Choose(0, 12)
         from seeds in Gen.ListOf(RandomFact, count)
         from parents in Gen.ListOf(Gen.Choose(-3, 11), count)
         from year in Gen.Frequency((1, Gen.Constant((int?)null)), (3, Gen.Choose(2010, 2014).Select(y => (int?)y)))
         from truncated in ArbMap.Default.GeneratorFor<bool>()
         select new RandomDocument(Build(seeds, parents, year), truncated ? ConsistencyPolicy.Default.WithTruncation() : ConsistencyPolicy.Default)).ToArbitrary();

    private sealed record FactSeed(
        string Indicator, bool Coded, ReportFactKind Kind, ReportingPeriod? Period, StatedFigure? Value, string? Unit, bool Missing,
        StatedFigure? Growth, StatedFigure? Points, StatedFigure? Share, StatedFigure? Completion, StatedFigure? Over, StatedFigure? Multiple,
        int? Rank, int? RankChange, bool? Ahead);

    private static Gen<StatedFigure?> MaybeFigure => Gen.Frequency((2, Gen.Constant((StatedFigure?)null)), (1, AnyFigure.Select(f => (StatedFigure?)f)));

    private static Gen<FactSeed> RandomFact { get; } =
        from indicator in Gen.Elements(Names)
        from coded in ArbMap.Default.GeneratorFor<bool>()
        from kind in Gen.Elements(Enum.GetValues<ReportFactKind>())
        from period in Gen.Frequency((1, Gen.Constant((ReportingPeriod?)null)), (2, Gen.Choose(2010, 2014).SelectMany(y => Gen.Elements(
            (ReportingPeriod?)ReportingPeriod.Year(y), ReportingPeriod.YearToDate(y, 6), ReportingPeriod.Month(y, 6), ReportingPeriod.HalfYear(y, 1)))),
            (1, PeriodGenerators.Any.Select(p => (ReportingPeriod?)p)))
        from value in Gen.Frequency((1, Gen.Constant((StatedFigure?)null)), (4, AnyFigure.Select(f => (StatedFigure?)f)))
        from unit in Gen.Elements(Units)
        from missing in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from growth in MaybeFigure
        from points in MaybeFigure
        from share in MaybeFigure
        from completion in MaybeFigure
        from over in MaybeFigure
        from multiple in MaybeFigure
        from rank in Gen.Frequency((2, Gen.Constant((int?)null)), (1, Gen.Choose(-2, 300).Select(r => (int?)r)))
        from change in Gen.Frequency((2, Gen.Constant((int?)null)), (1, Gen.Choose(-300, 300).Select(r => (int?)r)), (1, Gen.Elements((int?)int.MaxValue, int.MinValue)))
        from ahead in Gen.Elements((bool?)null, true, false)
        select new FactSeed(indicator, coded, kind, period, value, unit, missing, growth, points, share, completion, over, multiple, rank, change, ahead);

    private static ReportDocument Build(IReadOnlyList<FactSeed> seeds, IReadOnlyList<int> parents, int? year)
    {
        var d = new AuditDocuments();
        var facts = new List<ReportFact>();
        for (var i = 0; i < seeds.Count; i++)
        {
            var s = seeds[i];
            var parent = parents[i] >= 0 && parents[i] < i ? facts[parents[i]] : null;
            var text = s.Indicator + i;
            facts.Add(new ReportFact(d.Id(), d.At(text), d.End, text, s.Indicator)
            {
                Code = s.Coded ? AuditDocuments.CodeOf(s.Indicator) : null, Kind = s.Kind, Period = s.Period, Value = s.Missing ? null : s.Value,
                Unit = s.Unit, IsMissing = s.Missing, Growth = s.Growth, PercentagePoints = s.Points, Share = s.Share,
                ShareOf = s.Share is null ? null : seeds[(i + 1) % seeds.Count].Indicator, Completion = s.Completion, Overfulfilment = s.Over,
                Multiple = s.Multiple, MultipleIsGrowth = i % 2 == 0, Rank = s.Rank, RankChange = s.RankChange, AheadOfSchedule = s.Ahead, Parent = parent,
            });
        }
        return d.Document(year, [.. facts]);
    }

    /// <summary>A figure a writer states from an exact value: rounded once (四舍五入) at its decimals.</summary>
    internal static StatedFigure State(double exact, int decimals) => StatedFigure.Rounded(global::Indicators.Rounding.Round(exact, decimals), decimals);

    public static Arbitrary<ExactDocument> ExactDocuments() =>
        (from previous in Gen.Choose(1_000, 10_000_000).Select(m => m / 1000.0)
         from factor in Gen.Choose(500, 3000)
         from decimals in Gen.Choose(0, 3).Two()
         from result in Gen.Choose(0, 2)
         from inWan in ArbMap.Default.GeneratorFor<bool>()
         from shares in Gen.Choose(1, 1000).Two()
         from ranks in Gen.Choose(1, 200).Two()
         from counts in Gen.Choose(0, 500).Two()
         select ExactDocument(new ExactLevels(previous, previous * factor / 1000.0, decimals.Item1, decimals.Item2, result, inWan),
             shares.Item1 / 1000.0, shares.Item2 / 1000.0, ranks.Item1, ranks.Item2, counts.Item1, counts.Item2)).ToArbitrary();

    /// <summary>
    /// The document an <see cref="ExactDocument"/> holds: every result computed from the exact values and stated at the
    /// result's decimals; every level stated at its own. Levels are not counts, so no check asks for a whole base.
    /// </summary>
    private static ExactDocument ExactDocument(ExactLevels x, double shareFraction, double partFraction, int rankBefore, int rankNow, int stockBefore, int flow)
    {
        var d = new AuditDocuments();
        const string name = "固定资产投资";
        var code = AuditDocuments.CodeOf(name);
        var (p, c, rd) = (x.Previous, x.Current, x.ResultDecimals);
        var target = c / (0.5 + shareFraction);
        var before = new ReportFact(d.Id(), d.At("上年"), d.End, "上年", name)
        {
            Code = code, Period = ReportingPeriod.Year(2012),
            Value = x.PreviousInWan ? State(p * 10_000, x.PreviousDecimals) : State(p, x.PreviousDecimals), Unit = x.PreviousInWan ? "万元" : "亿元",
        };
        var goal = new ReportFact(d.Id(), d.At("目标"), d.End, "目标", name)
        {
            Code = code, Kind = ReportFactKind.Target, Period = ReportingPeriod.Year(2013), Value = State(target, x.PreviousDecimals), Unit = "亿元",
        };
        var now = new ReportFact(d.Id(), d.At("本年"), d.End, "本年", name)
        {
            Code = code, Period = ReportingPeriod.Year(2013), Value = State(c, x.CurrentDecimals), Unit = "亿元",
            Growth = State((c / p - 1) * 100, rd), Multiple = State(c / p, rd + 1), MultipleIsGrowth = false, Completion = State(c / target * 100, rd),
        };
        // A whole (the current level) and a share of it, with two 其中 parts that make up at most the whole.
        var part = c * shareFraction;
        var share = new ReportFact(d.Id(), d.At("部分"), d.End, "部分", "工业投资")
        {
            Period = ReportingPeriod.Year(2013), Value = State(part * 10_000, x.CurrentDecimals), Unit = "万元", Share = State(shareFraction * 100, rd),
            ShareOf = name, Parent = now,
        };
        var other = new ReportFact(d.Id(), d.At("其余"), d.End, "其余", "其他投资")
        {
            Period = ReportingPeriod.Year(2013), Value = State((c - part) * partFraction * 10_000, x.PreviousDecimals), Unit = "万元", Parent = now,
        };
        // Two rates and their change in points.
        var rateBefore = shareFraction * 10;
        var rateNow = partFraction * 10;
        var r0 = new ReportFact(d.Id(), d.At("上年比率"), d.End, "上年比率", "研发投入强度")
        {
            Code = AuditDocuments.CodeOf("研发投入强度"), Period = ReportingPeriod.Year(2012), Value = State(rateBefore, x.PreviousDecimals), Unit = "%",
        };
        var r1 = new ReportFact(d.Id(), d.At("本年比率"), d.End, "本年比率", "研发投入强度")
        {
            Code = AuditDocuments.CodeOf("研发投入强度"), Period = ReportingPeriod.Year(2013), Value = State(rateNow, x.CurrentDecimals), Unit = "%",
            PercentagePoints = State(rateNow - rateBefore, rd),
        };
        // Ranks, a stock and a flow (exact), a year-to-date total and a month of it.
        var k0 = new ReportFact(d.Id(), d.At("上年名次"), d.End, "上年名次", "综合考核") { Period = ReportingPeriod.Year(2012), Rank = rankBefore };
        var k1 = new ReportFact(d.Id(), d.At("本年名次"), d.End, "本年名次", "综合考核") { Period = ReportingPeriod.Year(2013), Rank = rankNow, RankChange = rankBefore - rankNow };
        var s0 = new ReportFact(d.Id(), d.At("上年累计"), d.End, "上年累计", "高新技术企业")
        {
            Kind = ReportFactKind.Cumulative, Period = ReportingPeriod.Year(2012), Value = AuditDocuments.N(stockBefore), Unit = "家",
        };
        var f = new ReportFact(d.Id(), d.At("新增"), d.End, "新增", "高新技术企业") { Period = ReportingPeriod.Year(2013), Value = AuditDocuments.N(flow), Unit = "家" };
        var s1 = new ReportFact(d.Id(), d.At("累计"), d.End, "累计", "高新技术企业")
        {
            Kind = ReportFactKind.Cumulative, Period = ReportingPeriod.Year(2013), Value = AuditDocuments.N(stockBefore + flow), Unit = "家",
        };
        var ytd = new ReportFact(d.Id(), d.At("1-6月"), d.End, "1-6月", "产值")
        {
            Kind = ReportFactKind.YearToDate, Period = ReportingPeriod.YearToDate(2013, 6), Value = State(c, x.CurrentDecimals), Unit = "亿元",
            Completion = State(c / target * 100, rd),
        };
        var june = new ReportFact(d.Id(), d.At("6月"), d.End, "6月", "产值") { Period = ReportingPeriod.Month(2013, 6), Value = State(c * partFraction * 10_000, x.PreviousDecimals), Unit = "万元" };
        // No reference year: the plausibility of a year pasted into a number is not what this document is about.
        return new ExactDocument(d.Document(null, before, goal, now, share, other, r0, r1, k0, k1, s0, f, s1, ytd, june), x);
    }

    /// <summary>
    /// The names the standard vocabulary knows, each with its code — but those the round trip leaves out: a name that is
    /// itself a share (高新技术产业产值占规模以上工业总产值比重: its 占 starts a share) and a name that starts with a time
    /// word (年末从业人员, 当年新注册企业数: read as part of the period).
    /// </summary>
    private static readonly string[] KnownNames =
        [.. ReportVocabulary.Standard.Names.Where(n => !n.Contains('占') && !n.Contains("比重") && !n.StartsWith('年') && !n.StartsWith("当年")).Order(StringComparer.Ordinal)];

    /// <summary>The names a share may be of: not those that make a word with 占 (占地, 占用: 占地区生产总值的 is not read as a share).</summary>
    private static readonly string[] WholeNames = [.. KnownNames.Where(n => !n.StartsWith('地') && !n.StartsWith('用') && !n.StartsWith('有'))];

    private static Gen<StatedFigure> Figure(int low, int high, Qualifier[] qualifiers) =>
        from mantissa in Gen.Choose(low, high)
        from decimals in Gen.Choose(0, 2)
        from qualifier in Gen.Elements(qualifiers)
        select StatedFigure.Rounded((double)(mantissa / (decimal)Math.Pow(10, decimals)), decimals, qualifier);

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : struct => Gen.Frequency((1, Gen.Constant((T?)null)), (1, gen.Select(v => (T?)v)));

    private static readonly Qualifier[] LevelQualifiers =
        [Qualifier.None, Qualifier.None, Qualifier.AtLeast, Qualifier.About, Qualifier.Nearly, Qualifier.Over, Qualifier.Breakthrough, Qualifier.MoreThan, Qualifier.LessThan];

    private static readonly Qualifier[] RateQualifiers = [Qualifier.None, Qualifier.None, Qualifier.AtLeast, Qualifier.About];

    /// <summary>
    /// A fact the reader should read back from its phrase: a known indicator, a kind (an estimate, a target with its
    /// wording, a stock), a period of a year or from January (year, 1-6月, 上半年, 第一季度), a level with 0–2 decimals and a
    /// qualifier (a whole count for 家), and optionally a growth (signed, qualified, perhaps a two-year average), a share of
    /// another known indicator, a completion, an overfulfilment, a change in points (of a rate), a rank, a rank change, a
    /// multiple, pacing. Left out, because the reader does not read them back yet: a missing fact ("…（数据缺失）"), a 其中
    /// part (its whole is another sentence), a rank with the number ranked (在N个开发区中居第n位, read as a second fact).
    /// </summary>
    public static Arbitrary<PhrasedFact> PhrasedFacts() =>
        (from name in Gen.Elements(KnownNames)
         from kind in Gen.Elements(ReportFactKind.Actual, ReportFactKind.Estimate, ReportFactKind.Target)
         from modality in kind == ReportFactKind.Target ? Gen.Elements(Enum.GetValues<TargetModality>()) : Gen.Constant(TargetModality.None)
         from year in Gen.Choose(2010, 2030)
         from period in Gen.Elements(ReportingPeriod.Year(year), ReportingPeriod.YearToDate(year, 6), ReportingPeriod.HalfYear(year, 1), ReportingPeriod.Quarter(year, 1))
         from unit in Gen.Elements("亿元", "万元", "%", "家")
         from value in unit == "家" ? Gen.Choose(1, 5000).Select(n => StatedFigure.Exact(n)) : Figure(1, 999_999, LevelQualifiers)
         from growth in Maybe(Gen.OneOf(Figure(1, 99_999, RateQualifiers), Figure(-9_999, -1, RateQualifiers)))
         from share in Maybe(Figure(1, 9_999, [Qualifier.None]))
         from whole in Gen.Elements(WholeNames)
         from completion in Maybe(Figure(1, 20_000, [Qualifier.None]))
         from over in Maybe(Figure(1, 20_000, [Qualifier.None]))
         from points in Maybe(Gen.OneOf(Figure(1, 999, [Qualifier.None]), Figure(-999, -1, [Qualifier.None])))
         from rank in Maybe(Gen.Choose(1, 300))
         from change in Maybe(Gen.OneOf(Gen.Choose(1, 100), Gen.Choose(-100, -1)))
         from extra in Gen.Elements(0, 0, 1, 2, 3, 4, 5)
         from multiple in Figure(1, 9_999, [Qualifier.None])
         from ahead in ArbMap.Default.GeneratorFor<bool>()
         let fact = new ReportFact("f1", 0, 0, "", name)
         {
             Code = ReportVocabulary.Standard.CodeOf(name),
             Kind = kind == ReportFactKind.Actual && period.Kind == ReportingPeriodKind.YearToDate ? ReportFactKind.YearToDate : kind,
             Modality = modality, Period = period, Value = value, Unit = unit, Growth = growth, Share = share, ShareOf = share is null ? null : whole,
             Completion = kind == ReportFactKind.Target ? null : completion, Overfulfilment = kind == ReportFactKind.Target ? null : over,
             PercentagePoints = unit == "%" ? points : null, Rank = rank, RankChange = change,
             // At most one of these shapes at a time: a multiple (增长x倍 or 是上年的x倍), pacing, a two-year average growth.
             Multiple = extra is 1 or 2 ? multiple : null, MultipleIsGrowth = extra == 1, AheadOfSchedule = extra == 3 ? ahead : null,
             GrowthIsTwoYearAverage = extra == 4 && growth is not null,
         }
         select new PhrasedFact(extra == 5 ? Cumulative(fact) : fact, year)).ToArbitrary();

    /// <summary>The fact as a stock (累计达…): its level, growth and rank.</summary>
    private static ReportFact Cumulative(ReportFact f) => new(f.Id, f.Start, f.End, f.Text, f.Indicator)
    {
        Code = f.Code, Kind = ReportFactKind.Cumulative, Period = f.Period, Value = f.Value, Unit = f.Unit, Growth = f.Growth, Rank = f.Rank,
    };
}
