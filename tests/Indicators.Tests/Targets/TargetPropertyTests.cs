using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Targets;

public class TargetPropertyTests
{
    internal static readonly Qualifier[] TargetQualifiers =
    [
        Qualifier.None, Qualifier.AtLeast, Qualifier.AtMost, Qualifier.Within, Qualifier.About,
        Qualifier.Breakthrough, Qualifier.MoreThan, Qualifier.LessThan,
    ];

    private static readonly Unit[] LevelUnits =
        [Units.HundredMillionYuan, Units.Percent, Units.One, Unit.Parse("人").Value, Unit.Parse("家").Value, Unit.Parse("万人").Value];

    internal static readonly JudgingPolicy[] Policies =
    [
        JudgingPolicy.Default, JudgingPolicy.FullValue, JudgingPolicy.RoundedValue(mode: RoundingMode.GbT8170),
        JudgingPolicy.RoundedValue(2), JudgingPolicy.Default.WithAboutBand(0.5),
    ];

    /// <summary>A number stated at <paramref name="decimals"/> decimals, as targets are.</summary>
    internal static Gen<double> Stated(int decimals, int min, int max) =>
        Gen.Choose(min, max).Select(k => (double)((decimal)k / (decimal)Math.Pow(10, decimals)));

    /// <summary>A kind of target and a unit it can state.</summary>
    internal static readonly Gen<(TargetKind Kind, Unit Unit)> KindsAndUnits =
        from kind in Gen.Elements(TargetKind.Level, TargetKind.Count, TargetKind.Growth, TargetKind.Decline, TargetKind.Share, TargetKind.ZeroControl)
        from unit in kind switch
        {
            TargetKind.Level => Gen.Elements(LevelUnits),
            TargetKind.Count => Gen.Constant(Unit.Parse("家").Value),
            TargetKind.ZeroControl => Gen.Constant(Units.One),
            _ => Gen.Constant(Units.Percent),
        }
        select (kind, unit);

    internal static readonly Gen<Target> Targets =
        from kindAndUnit in KindsAndUnits
        let kind = kindAndUnit.Kind
        let unit = kindAndUnit.Unit
        let percent = kind is TargetKind.Growth or TargetKind.Decline or TargetKind.Share || unit == Units.Percent
        from decimals in Gen.Choose(percent ? 1 : 0, 3)
        from qualifier in Gen.Elements(TargetQualifiers)
        from guaranteed in kind == TargetKind.ZeroControl ? Gen.Constant(0.0) : Stated(decimals, -2000, 200000)
        from stretchDelta in Gen.OneOf(Gen.Constant<double?>(null), Stated(decimals, 0, 5000).Select(d => (double?)d))
        from binding in ArbMap.Default.GeneratorFor<bool>()
        select Build(kind, guaranteed, unit, qualifier, decimals, stretchDelta, binding);

    private static Target Build(TargetKind kind, double guaranteed, Unit unit, Qualifier qualifier, int decimals, double? stretchDelta, bool binding)
    {
        var target = Target.Of(kind, guaranteed, unit, qualifier, decimals);
        if (stretchDelta is double delta && kind != TargetKind.ZeroControl)
        {
            // The stretch at the same precision, on the harder side.
            var stretch = (double)((decimal)guaranteed + (target.IsCeiling ? -(decimal)delta : (decimal)delta));
            target = target.WithStretch(stretch);
        }
        return binding ? target.WithNature(TargetNature.Binding) : target;
    }

    /// <summary>An actual value near the target's numbers, with more decimals than the target states.</summary>
    internal static Gen<double> ActualsNear(Target target) =>
        Gen.Choose(-3000, 3000).Select(k => (double)((decimal)target.Guaranteed * (target.Kind == TargetKind.Decline ? -1 : 1) + k / 1000m));

    /// <summary>
    /// A value that is better for the target by <paramref name="step"/>: the compared value grows for a floor and shrinks for
    /// a ceiling; a decline target compares the decline, so its actual (a growth rate) moves the other way.
    /// </summary>
    private static double Better(Target target, double actual, double step) =>
        target.IsCeiling != (target.Kind == TargetKind.Decline) ? actual - step : actual + step;

    [Property(MaxTest = 300)]
    public bool Improving_the_actual_never_lowers_status_or_tier(ImprovementCase c)
    {
        var before = c.Target.Judge(c.Actual, c.Policy);
        var after = c.Target.Judge(Better(c.Target, c.Actual, c.Step), c.Policy);
        return after.Status >= before.Status && after.Tier >= before.Tier;
    }

    [Property(MaxTest = 300)]
    public bool Tiers_must_be_ordered_for_the_polarity(StretchCase c)
    {
        var ordered = c.Target.IsCeiling ? c.Stretch <= c.Target.Guaranteed : c.Stretch >= c.Target.Guaranteed;
        // The parser applies the same rule to "确保…，力争…".
        var tiers = Target.Parse("确保" + Single(c.Target, c.Target.Guaranteed) + "，力争" + Single(c.Target, c.Stretch));
        if (tiers.Success != ordered || (!ordered && !tiers.Error!.Reason.Contains("确保", StringComparison.Ordinal)))
        {
            return false;
        }
        try
        {
            var tiered = c.Target.WithStretch(c.Stretch);
            return ordered && tiered.Stretch == c.Stretch;
        }
        catch (ArgumentException e)
        {
            return !ordered && e.ParamName == "stretchValue" && e.Message.Contains("确保", StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 300)]
    public bool Inclusive_qualifiers_are_met_at_the_number_and_exclusive_ones_are_not(InclusiveCase c)
    {
        var atNumber = c.Target.Kind == TargetKind.Decline ? -c.Target.Guaranteed : c.Target.Guaranteed;
        return c.Target.Judge(atNumber, c.Policy).IsMet == c.Target.IsInclusive;
    }

    [Property(MaxTest = 300)]
    public bool Full_value_passing_implies_rounded_passing_for_inclusive_qualifiers_and_the_converse_for_exclusive_ones(RoundingJudgedCase c)
    {
        var full = c.Target.Judge(c.Actual, JudgingPolicy.FullValue).IsMet;
        var rounded = c.Target.Judge(c.Actual, JudgingPolicy.RoundedValue(mode: c.Mode)).IsMet;
        return c.Target.IsInclusive ? !full || rounded : !rounded || full;
    }

    [Property(MaxTest = 300)]
    public bool Tier_status_and_met_flags_agree(JudgedTarget c)
    {
        var a = c.Target.Judge(c.Actual, c.Policy);
        var statusMet = a.Status != AttainmentStatus.NotCompleted;
        var tierFamily = c.Target.HasStretch
            ? a.Status is AttainmentStatus.NotCompleted or AttainmentStatus.GuaranteedMet or AttainmentStatus.StretchMet
            : a.Status is AttainmentStatus.NotCompleted or AttainmentStatus.Completed or AttainmentStatus.Overfulfilled;
        return statusMet == a.IsMet && (!a.IsStretchMet || a.IsMet) && (a.Tier == AttainmentTier.None) == !a.IsMet
            && tierFamily && a.Policy.Decimals == (c.Policy.Decimals ?? c.Target.Decimals);
    }

    [Property(MaxTest = 300)]
    public bool A_ceiling_is_a_floor_on_the_negated_values(CeilingCase c)
    {
        var ceiling = Target.Of(TargetKind.Level, c.Limit, Units.One, Qualifier.Within, c.Decimals).Judge(c.Actual, c.Policy);
        var floor = Target.Of(TargetKind.Level, -c.Limit, Units.One, Qualifier.AtLeast, c.Decimals).Judge(-c.Actual, c.Policy);
        return ceiling.IsMet == floor.IsMet && ceiling.Status == floor.Status;
    }

    [Property(MaxTest = 300)]
    public bool A_level_judged_in_another_scale_of_its_unit_is_judged_alike(ScaleCase c)
    {
        // 亿元 = 10000 万元: the verdict does not depend on the unit the actual value was reported in.
        var target = Target.Of(TargetKind.Level, c.Limit, Units.HundredMillionYuan, c.Qualifier, c.Decimals);
        var inHundredMillions = target.Judge(Quantity.Of(c.Actual, Units.HundredMillionYuan), c.Policy);
        var inTenThousands = target.Judge(Quantity.Of(c.Actual * 10000, Unit.Parse("万元").Value), c.Policy);
        return inHundredMillions.Status == inTenThousands.Status && inHundredMillions.Tier == inTenThousands.Tier;
    }

    [Property(MaxTest = 300)]
    public bool Parse_reads_back_the_canonical_text(Target target)
    {
        var parsed = Target.Parse(target.ToChineseString());
        return parsed.Success && parsed.Value == target;
    }

    /// <summary>Numbers as users give them: short decimals, long doubles (16–17 digits), random doubles, extremes.</summary>
    internal static readonly Gen<double> AnyNumber = Gen.Frequency(
        (3, Gen.Choose(0, 4).SelectMany(d => Stated(d, -20000, 2000000))),
        (2, from bits in ArbMap.Default.GeneratorFor<long>() let d = BitConverter.Int64BitsToDouble(bits) select double.IsFinite(d) ? d : 1.0),
        (3, from mantissa in Gen.Choose(1, 999_999) from exponent in Gen.Choose(-20, 30) select mantissa * Math.Pow(10, exponent - 3)),
        (1, Gen.Elements(9e-3, 0.88, 1e-15, 1e-16, 0.1 + 0.2, 123456789.12345679, 1.2345678901234567e20, 1e26, 9.99e25, 7.9e28, 1e300, -0.0, 2.675)));

    /// <summary>A target built from any numbers and precisions, or null when the factory refuses them (with an ArgumentException).</summary>
    private static Target? TryBuild(TargetKind kind, Unit unit, Qualifier qualifier, double number, int? decimals, double? stretch, bool binding)
    {
        try
        {
            var target = Target.Of(kind, kind == TargetKind.ZeroControl ? 0 : number, unit, qualifier, decimals);
            if (stretch is double s && kind != TargetKind.ZeroControl)
            {
                target = target.WithStretch(target.IsCeiling ? Math.Min(s, target.Guaranteed) : Math.Max(s, target.Guaranteed));
            }
            return binding ? target.WithNature(TargetNature.Binding) : target;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    internal static readonly Gen<Target?> AnyTargets =
        from kindAndUnit in KindsAndUnits
        let kind = kindAndUnit.Kind
        let unit = kindAndUnit.Unit
        from qualifier in Gen.Elements(TargetQualifiers)
        from number in AnyNumber
        from decimals in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 15).Select(d => (int?)d)))
        from stretch in Gen.Frequency((2, Gen.Constant<double?>(null)), (1, AnyNumber.Select(d => (double?)d)))
        from binding in ArbMap.Default.GeneratorFor<bool>()
        select TryBuild(kind, unit, qualifier, number, decimals, stretch, binding);

    /// <summary>Targets read from texts with E-notation, full-width digits, long numbers and padded precisions.</summary>
    internal static readonly Gen<string> TargetTexts =
        from word in Gen.Elements("增长", "下降", "", "新增", "占比达", "控制在")
        from mantissa in Gen.Elements("9", "1.5", "0.88", "１２.５", "123456789012.123456", "2.50", "7", "0.000")
        from exponent in Gen.Elements("", "", "e-3", "E2", "e+1", "e-15", "e-16", "e20", "e-400", "e400")
        from unit in Gen.Elements("%", "亿元", "家", "")
        from suffix in Gen.Elements("", "以上", "以内", "左右")
        select word + mantissa + exponent + unit + suffix;

    [Fact]
    public void Issue9_19_TargetRoundTripKeepsDecimals()
    {
        // The issue's reproducers: E-notation reads with the decimals it stands for, and prints in fixed notation.
        var small = Target.Parse("9e-3").Value;
        Assert.Equal(3, small.Decimals);
        Assert.Equal("0.009", small.ToChineseString());
        Assert.Equal(small, Target.Parse(small.ToChineseString()).Value);
        // 0.88 is not published at 1 decimal: refused, naming the precision; without a precision it keeps its 2 decimals.
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Target.Of(TargetKind.Growth, 0.88, Units.Percent, decimals: 1)).ParamName);
        var growth = Target.Of(TargetKind.Growth, 0.88, Units.Percent);
        Assert.Equal(2, growth.Decimals);
        Assert.Equal("增长0.88%", growth.ToChineseString());
        Assert.Throws<ArgumentOutOfRangeException>(() => growth.WithDecimals(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Target.Growth(Percentage.FromPercent(8)).WithStretch(10.25));
        // Long numbers: the stated number is the decimal of 15 significant digits, written in full and read back.
        var level = Target.Of(TargetKind.Level, 1.2345678901234567e20, Units.HundredMillionYuan);
        Assert.Equal("123456789012346000000亿元", level.ToChineseString());
        Assert.Equal(level, Target.Parse(level.ToChineseString()).Value);
        Assert.Equal(0.3, Target.Of(TargetKind.Level, 0.1 + 0.2, Units.One).Guaranteed);
        // More than 15 decimals cannot be published.
        Assert.False(Target.Parse("增长1e-16%").Success);
        Assert.Throws<ArgumentOutOfRangeException>(() => Target.Of(TargetKind.Level, 1e-16, Units.One));
    }

    [Property(MaxTest = 1000)]
    public Property Parse_reads_back_the_canonical_text_of_any_target(AnyTarget any)
    {
        if (any.Value is not Target t)
        {
            return true.ToProperty();
        }
        var text = t.ToChineseString();
        var parsed = Target.Parse(text);
        // E-notation only beyond 10^26, where a number has no decimals to show.
        var fixedNotation = !text.Contains('E', StringComparison.Ordinal) || Math.Max(Math.Abs(t.Guaranteed), Math.Abs(t.Stretch ?? 0)) >= 1e26;
        return (parsed.Success && parsed.Value == t && fixedNotation)
            .Label(text + " → " + (parsed.Success ? parsed.Value.ToChineseString() + " decimals " + parsed.Value.Decimals + " vs " + t.Decimals : parsed.Error.ToString()));
    }

    [Property(MaxTest = 500)]
    public Property A_parsed_target_reads_back_from_its_canonical_text(TargetText targetText)
    {
        var text = targetText.Value;
        var parsed = Target.Parse(text);
        if (!parsed.Success)
        {
            return ParsesOrFailsWithinInput(text).Label(text);
        }
        var again = Target.Parse(parsed.Value.ToChineseString());
        return (again.Success && again.Value == parsed.Value).Label(text + " → " + parsed.Value.ToChineseString());
    }

    [Property(MaxTest = 1000)]
    public bool Random_strings_never_throw(string? text) => ParsesOrFailsWithinInput(text);

    [Property(MaxTest = 2000)]
    public bool Strings_of_target_words_never_throw(TargetWords text) => ParsesOrFailsWithinInput(text.Value);

    [Property(MaxTest = 300)]
    public bool Explanations_never_throw_and_name_the_policy(JudgedTarget c)
    {
        var a = c.Target.Judge(c.Actual, c.Policy);
        var phrase = ChinesePhrasing.Phrase(a);
        return a.Explain().Contains(c.Policy.Comparison == LimitComparison.FullValue ? "全数值比较法" : "修约值比较法", StringComparison.Ordinal)
            && phrase.Contains("完成", StringComparison.Ordinal);
    }

    private static string Single(Target target, double number) =>
        Target.Of(target.Kind, number, target.Unit, target.Qualifier, target.Decimals).ToChineseString();

    private static bool ParsesOrFailsWithinInput(string? text)
    {
        var result = Target.Parse(text);
        return result.Success || (result.Error.Position >= 0 && result.Error.Position <= (text ?? string.Empty).Length && result.Error.Reason.Length > 0);
    }
}
