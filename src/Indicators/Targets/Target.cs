using System.Globalization;

namespace Indicators;

/// <summary>
/// A target (目标/计划/任务) as work reports state it: a level (210亿元), a growth (增长8%以上), a decline of a reverse
/// indicator (下降3%以上), a share (占比达30%), a count added (新增2-3家), a ceiling (控制在66人以内) or zero control
/// (零控制); with a qualifier (以上, 以内, 左右, 突破, 超过, 不满…), one or two tiers (确保 guaranteed, 力争 stretch), a
/// nature (预期性/约束性) and its published precision. Immutable.
/// </summary>
/// <remarks>
/// <para>Qualifiers follow the civil-code reading (民法典 第一千二百五十九条): 以上/以下/以内/不低于 include the number,
/// 超过/不满 exclude it. A target without a qualifier ("210亿元", "增长8%") is a floor that includes the number.
/// 突破 is a floor when judged as a target; as an achievement use <see cref="IsFirstCrossing"/>. 左右 is met when the
/// judged value is at least the number minus the policy's <see cref="JudgingPolicy.AboutBand"/> (0 by default).</para>
/// <para>A range ("2-3家", "4.5%-5%") has its lower end as the guaranteed tier (the floor) and its upper end as the
/// stretch; for a ceiling the other way round. The tiers must be ordered for the target's direction: a stretch is
/// never easier than the guaranteed tier.</para>
/// <para>The stated numbers are read in the target's terms: the percent number for growth, decline, share and
/// percent levels (8 for 8%), the number in <see cref="Unit"/> otherwise. <c>default(Target)</c> is a level target of
/// 0 with no unit.</para>
/// </remarks>
public readonly partial struct Target : IEquatable<Target>
{
    private readonly Unit? unit;
    private readonly double stretch;

    private Target(TargetKind kind, Qualifier qualifier, Unit unit, double guaranteed, double? stretch, int decimals, TargetNature nature)
    {
        Kind = kind;
        Qualifier = qualifier;
        this.unit = unit;
        Guaranteed = Stated(guaranteed);
        HasStretch = stretch.HasValue;
        this.stretch = Stated(stretch ?? 0);
        Decimals = decimals;
        Nature = nature;
    }

    /// <summary>What the target states.</summary>
    public TargetKind Kind { get; }

    /// <summary>The qualifier (限定词): <see cref="Qualifier.None"/>, AtLeast 以上/不低于, AtMost 以下, Within 以内, About 左右, Breakthrough 突破, MoreThan 超过, LessThan 不满.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>The unit of the stated numbers: <see cref="Units.Percent"/> for growth, decline and share targets.</summary>
    public Unit Unit => unit ?? Units.One;

    /// <summary>The guaranteed tier (确保, the floor; or the ceiling of a ceiling target); the only number of a single target.</summary>
    public double Guaranteed { get; }

    /// <summary>The stretch tier (力争, the upper end of a range), or null when the target has one tier.</summary>
    public double? Stretch => HasStretch ? stretch : null;

    /// <summary>Whether the target has a stretch tier.</summary>
    public bool HasStretch { get; }

    /// <summary>
    /// The published precision (decimals) of the target and of the actual value it is judged with: never fewer than the
    /// decimals of the stated numbers (a target of 0.88 is not published at 1 decimal), so that
    /// <see cref="ToChineseString"/> writes every number with exactly its precision and <see cref="Parse"/> reads it back.
    /// </summary>
    public int Decimals { get; }

    /// <summary>预期性 (indicative) or 约束性 (binding).</summary>
    public TargetNature Nature { get; }

    /// <summary>
    /// Whether the stated number is a ceiling (smaller is better): 以下, 以内, 不满, 零控制. A decline target is not a
    /// ceiling: its stated number is the decline, and a larger decline is better.
    /// </summary>
    public bool IsCeiling => IsCeilingOf(Kind, Qualifier);

    /// <summary>Whether the stated number itself meets the target (all qualifiers but 超过 and 不满).</summary>
    public bool IsInclusive => Qualifier is not (Qualifier.MoreThan or Qualifier.LessThan);

    /// <summary>The polarity of the indicator: <see cref="Polarity.Reverse"/> for ceilings, zero control and declines, else positive.</summary>
    public Polarity Polarity => IsCeiling || Kind == TargetKind.Decline ? Polarity.Reverse : Polarity.Positive;

    /// <summary>Whether the stated numbers are percents (growth, decline, share, or a level in %), judged by percentage-point gaps.</summary>
    public bool IsRate => Kind is TargetKind.Growth or TargetKind.Decline or TargetKind.Share || Unit == Units.Percent;

    /// <summary>A target of <paramref name="kind"/>: the general factory behind the others.</summary>
    /// <param name="kind">What the target states.</param>
    /// <param name="guaranteed">The guaranteed tier (or only number); finite.</param>
    /// <param name="unit">The unit; must be <see cref="Units.Percent"/> for growth, decline and share; ignored for zero control.</param>
    /// <param name="qualifier">The qualifier; not 近 or 余, which describe figures, not targets; ignored for zero control.</param>
    /// <param name="decimals">The published precision, 0 to 15 (at least 1 for a percent) and not fewer than the decimals of <paramref name="guaranteed"/>; null for the decimals of <paramref name="guaranteed"/> as written (at least 1 for a percent).</param>
    /// <returns>The target.</returns>
    /// <remarks>A stated number is the decimal its double stands for (15 significant digits, as the numeric policy snaps): 0.1 + 0.2 states 0.3.</remarks>
    /// <exception cref="ArgumentException">The kind, unit and qualifier do not fit together; an argument is NaN, infinite or out of range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is fewer than the decimals of <paramref name="guaranteed"/> (0.88 at 1 decimal), or <paramref name="guaranteed"/> has more than 15 decimals.</exception>
    public static Target Of(TargetKind kind, double guaranteed, Unit unit, Qualifier qualifier = Qualifier.None, int? decimals = null)
    {
        Guard.Against.NotFinite(guaranteed);
        Guard.Against.Null(unit);
        EnumCheck.Defined(kind, nameof(kind));
        EnumCheck.Defined(qualifier, nameof(qualifier));
        if (kind == TargetKind.ZeroControl)
        {
            Guard.Against.False(guaranteed == 0, nameof(guaranteed), "A zero-control target (零控制) allows nothing: its number is 0.");
            return ZeroControl();
        }
        Guard.Against.Problem(QualifierError(kind, qualifier), nameof(qualifier));
        Guard.Against.False(!IsRateKind(kind) || unit == Units.Percent, nameof(unit),
            $"A {kind} target states a percent; its unit must be %, not {Quantity.Describe(unit)}.");
        var written = DecimalsOf(guaranteed);
        Guard.Against.NotInRange(written <= Rounding.MaxDecimals, nameof(guaranteed), guaranteed, "A target is published with at most 15 decimals.");
        var places = decimals ?? DefaultDecimals(kind, unit, written);
        CheckDecimals(kind, unit, places);
        CheckPrecision(guaranteed, places, decimals.HasValue && Rounding.TrySnap(guaranteed, out _) ? nameof(decimals) : nameof(guaranteed));
        return new Target(kind, qualifier, unit, guaranteed, null, places, TargetNature.Indicative);
    }

    /// <summary>A level target: "210亿元", "不低于2.1%", "超过100家", "突破1000亿元".</summary>
    /// <param name="value">The level.</param>
    /// <param name="qualifier">The qualifier; none by default (a floor including the number).</param>
    /// <param name="decimals">The published precision; null for the decimals as written.</param>
    /// <returns>The target.</returns>
    public static Target Level(Quantity value, Qualifier qualifier = Qualifier.None, int? decimals = null) =>
        Of(TargetKind.Level, value.Value, value.Unit, qualifier, decimals);

    /// <summary>A ceiling (控制在…以内): "控制在66人以内", met by 66 and missed by 67.</summary>
    /// <param name="value">The ceiling.</param>
    /// <param name="decimals">The published precision; null for the decimals as written.</param>
    /// <returns>The target.</returns>
    public static Target Ceiling(Quantity value, int? decimals = null) => Of(TargetKind.Level, value.Value, value.Unit, Qualifier.Within, decimals);

    /// <summary>A count added in the period (新增): "新增30家".</summary>
    /// <param name="value">The count.</param>
    /// <param name="qualifier">The qualifier; none by default.</param>
    /// <param name="decimals">The published precision; null for the decimals as written.</param>
    /// <returns>The target.</returns>
    public static Target Count(Quantity value, Qualifier qualifier = Qualifier.None, int? decimals = null) =>
        Of(TargetKind.Count, value.Value, value.Unit, qualifier, decimals);

    /// <summary>A growth target (增长): "增长8%以上".</summary>
    /// <param name="rate">The growth rate.</param>
    /// <param name="qualifier">The qualifier; none by default.</param>
    /// <param name="decimals">The published precision; null for the decimals as written, at least 1.</param>
    /// <returns>The target.</returns>
    public static Target Growth(Percentage rate, Qualifier qualifier = Qualifier.None, int? decimals = null) =>
        Of(TargetKind.Growth, rate.Percent, Units.Percent, qualifier, decimals);

    /// <summary>A decline target of a reverse indicator (下降): "下降3%以上" is <c>Decline(3%, AtLeast)</c>.</summary>
    /// <param name="decline">The decline, as a positive percent.</param>
    /// <param name="qualifier">The qualifier; none by default.</param>
    /// <param name="decimals">The published precision; null for the decimals as written, at least 1.</param>
    /// <returns>The target.</returns>
    public static Target Decline(Percentage decline, Qualifier qualifier = Qualifier.None, int? decimals = null) =>
        Of(TargetKind.Decline, decline.Percent, Units.Percent, qualifier, decimals);

    /// <summary>A share target (占比达): "占比达30%".</summary>
    /// <param name="share">The share.</param>
    /// <param name="qualifier">The qualifier; none by default.</param>
    /// <param name="decimals">The published precision; null for the decimals as written, at least 1.</param>
    /// <returns>The target.</returns>
    public static Target Share(Percentage share, Qualifier qualifier = Qualifier.None, int? decimals = null) =>
        Of(TargetKind.Share, share.Percent, Units.Percent, qualifier, decimals);

    /// <summary>Zero control (零控制): met only by zero.</summary>
    /// <returns>The target.</returns>
    public static Target ZeroControl() => new(TargetKind.ZeroControl, Qualifier.Within, Units.One, 0, null, 0, TargetNature.Indicative);

    /// <summary>
    /// A range target ("新增2-3家", "经济增长4.5%-5%"): the lower end is the guaranteed tier (the floor) and the upper end
    /// the stretch; for a ceiling qualifier (以内, 以下, 不满) the upper end is the guaranteed ceiling and the lower the stretch.
    /// </summary>
    /// <param name="kind">What the target states.</param>
    /// <param name="lower">The lower end; finite.</param>
    /// <param name="upper">The upper end; finite, not below <paramref name="lower"/>.</param>
    /// <param name="unit">The unit, as for <see cref="Of"/>.</param>
    /// <param name="qualifier">The qualifier; none by default.</param>
    /// <param name="decimals">The published precision; null for the decimals of the two ends as written.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">The lower end exceeds the upper end (the message names both), the target is zero control, or as for <see cref="Of"/>.</exception>
    public static Target Range(TargetKind kind, double lower, double upper, Unit unit, Qualifier qualifier = Qualifier.None, int? decimals = null)
    {
        Guard.Against.NotFinite(lower);
        Guard.Against.NotFinite(upper);
        Guard.Against.False(kind != TargetKind.ZeroControl, nameof(kind), "A zero-control target (零控制) has no range.");
        Guard.Against.Problem(RangeError(lower, upper), nameof(lower));
        var ceiling = IsCeilingOf(kind, qualifier);
        var target = Of(kind, ceiling ? upper : lower, unit, qualifier, decimals ?? DefaultDecimals(kind, unit, Math.Max(DecimalsOf(lower), DecimalsOf(upper))));
        return target.WithStretch(ceiling ? lower : upper);
    }

    /// <summary>Why a range cannot be read with these ends, or null when it can.</summary>
    private static string? RangeError(double lower, double upper) => lower > upper
        ? string.Create(CultureInfo.InvariantCulture, $"the lower end {NumberText.Format(lower)} of the range exceeds its upper end {NumberText.Format(upper)}")
        : null;

    /// <summary>This target with a stretch tier (力争): <c>Growth(8%).WithStretch(10)</c> is "确保增长8%，力争增长10%".</summary>
    /// <param name="stretchValue">The stretch, in the target's terms; not easier than <see cref="Guaranteed"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">The value is NaN or infinite, the tiers are out of order for the target's direction, or the target is zero control.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value has more decimals than <see cref="Decimals"/>.</exception>
    public Target WithStretch(double stretchValue)
    {
        Guard.Against.NotFinite(stretchValue);
        CheckPrecision(stretchValue, Decimals, nameof(stretchValue));
        Guard.Against.Problem(TierError(stretchValue), nameof(stretchValue));
        return new Target(Kind, Qualifier, Unit, Guaranteed, stretchValue, Decimals, Nature);
    }

    /// <summary>This target with another nature (预期性/约束性).</summary>
    /// <param name="nature">The nature.</param>
    /// <returns>The target.</returns>
    public Target WithNature(TargetNature nature)
    {
        EnumCheck.Defined(nature, nameof(nature));
        return new Target(Kind, Qualifier, Unit, Guaranteed, Stretch, Decimals, nature);
    }

    /// <summary>This target with another published precision.</summary>
    /// <param name="decimals">The decimals, 0 to <see cref="Rounding.MaxDecimals"/>; at least 1 for a percent, and not fewer than the decimals of the stated numbers; ignored by zero control.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range, or fewer than the decimals of a stated number.</exception>
    public Target WithDecimals(int decimals)
    {
        CheckDecimals(Kind, Unit, decimals);
        CheckPrecision(Guaranteed, decimals, nameof(decimals));
        CheckPrecision(stretch, decimals, nameof(decimals));
        return Kind == TargetKind.ZeroControl ? this : new Target(Kind, Qualifier, Unit, Guaranteed, Stretch, decimals, Nature);
    }

    /// <summary>Judges an actual value (实际完成) against this target; see <see cref="Attainment.Of(Target, double, JudgingPolicy?)"/>.</summary>
    /// <param name="actual">The actual value in the target's terms; for a growth or decline target the growth rate as a percent number (−2.96 for 下降2.96%).</param>
    /// <param name="policy">How to judge; <see cref="JudgingPolicy.Default"/> when null.</param>
    /// <returns>The attainment.</returns>
    public Attainment Judge(double actual, JudgingPolicy? policy = null) => Attainment.Of(this, actual, policy);

    /// <summary>Judges an actual rate against this target: the growth rate for growth and decline targets, the share or level otherwise.</summary>
    /// <param name="actual">The actual rate (−2.96% for a decline of 2.96%).</param>
    /// <param name="policy">How to judge; <see cref="JudgingPolicy.Default"/> when null.</param>
    /// <returns>The attainment.</returns>
    public Attainment Judge(Percentage actual, JudgingPolicy? policy = null) => Attainment.Of(this, actual.Percent, policy);

    /// <summary>
    /// Judges a growth computed from two levels against a growth or decline target, with the rate taken from the
    /// development speed (发展速度) as the numeric policy prescribes, so that a decimal tie of the levels stays a tie
    /// (100.45 on 100 is 0.45%, judged 0.4% under GB/T 8170 as by hand). False when the growth has no rate (扭亏为盈,
    /// 从无到有…): there is no number to judge.
    /// </summary>
    /// <param name="growth">The growth.</param>
    /// <param name="attainment">The attainment, or the default when the growth has no rate.</param>
    /// <param name="policy">How to judge; <see cref="JudgingPolicy.Default"/> when null.</param>
    /// <returns>Whether the growth has a rate.</returns>
    public bool TryJudge(GrowthResult growth, out Attainment attainment, JudgingPolicy? policy = null)
    {
        if (!growth.TryGetRate(out var rate))
        {
            attainment = default;
            return false;
        }
        var percent = growth.TryGetDecimalPercent(out var snapped) ? (double)snapped : rate.Percent;
        attainment = Judge(percent, policy);
        return true;
    }

    /// <summary>
    /// Judges an observation's value; false when the observation is missing (预计全年可完成…亿元 with no number): missing
    /// data is missing, never judged as zero.
    /// </summary>
    /// <param name="observation">The observation, whose value is converted to the target's unit.</param>
    /// <param name="attainment">The attainment, or the default when the observation is missing.</param>
    /// <param name="policy">How to judge; <see cref="JudgingPolicy.Default"/> when null.</param>
    /// <returns>Whether the observation has a value.</returns>
    /// <exception cref="ArgumentException">The units measure different things.</exception>
    public bool TryJudge(Observation observation, out Attainment attainment, JudgingPolicy? policy = null)
    {
        Guard.Against.Null(observation);
        attainment = observation.HasValue ? Judge(observation.Value, policy) : default;
        return observation.HasValue;
    }

    /// <summary>Judges an actual quantity, converted to the target's unit (1100万人 against "1100万人以上"); a target without a unit (零控制) takes the number as it is.</summary>
    /// <param name="actual">The actual quantity, of the target unit's dimension.</param>
    /// <param name="policy">How to judge; <see cref="JudgingPolicy.Default"/> when null.</param>
    /// <returns>The attainment.</returns>
    /// <exception cref="ArgumentException">The units measure different things.</exception>
    public Attainment Judge(Quantity actual, JudgingPolicy? policy = null) =>
        Attainment.Of(this, Unit == Units.One && actual.Unit != Units.One ? actual.Value : actual.ConvertTo(Unit).Value, policy);

    /// <summary>
    /// 突破 reported as an achievement (首次突破): the value crossed the guaranteed number in this period, i.e. the
    /// previous value did not reach it and the current one does (previous &lt; X ≤ current under the policy).
    /// "突破130万亿元" is crossed by 134.9 after 126, not by 134.9 after 131.
    /// </summary>
    /// <param name="previous">The previous period's value.</param>
    /// <param name="current">This period's value.</param>
    /// <param name="policy">How to judge; <see cref="JudgingPolicy.Default"/> when null.</param>
    /// <returns>Whether the threshold was crossed for the first time.</returns>
    public bool IsFirstCrossing(double previous, double current, JudgingPolicy? policy = null)
    {
        Guard.Against.NotFinite(previous);
        Guard.Against.NotFinite(current);
        var resolved = (policy ?? JudgingPolicy.Default).For(this);
        return !Attainment.Meets(this, previous, Guaranteed, resolved) && Attainment.Meets(this, current, Guaranteed, resolved);
    }

    /// <inheritdoc />
    public bool Equals(Target other) =>
        Kind == other.Kind && Qualifier == other.Qualifier && Unit == other.Unit && Guaranteed.Equals(other.Guaranteed)
        && HasStretch == other.HasStretch && stretch.Equals(other.stretch) && Decimals == other.Decimals && Nature == other.Nature;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Target other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Qualifier, Unit, Guaranteed, HasStretch, stretch, Decimals, Nature);

    /// <summary>Whether two targets are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Target left, Target right) => left.Equals(right);

    /// <summary>Whether two targets differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Target left, Target right) => !left.Equals(right);

    // A percent is published with at least one decimal (NBS); judging a percent at 0 decimals is a policy choice:
    // JudgingPolicy.RoundedValue(0). Keeping this rule lets every target's text carry its precision.
    private static void CheckDecimals(TargetKind kind, Unit unit, int decimals)
    {
        Guard.Against.NotInRange(decimals, 0, Rounding.MaxDecimals);
        Guard.Against.NotInRange(decimals != 0 || (!IsRateKind(kind) && unit != Units.Percent), nameof(decimals), decimals, "A percent target is published with at least 1 decimal; to judge it at 0 decimals use JudgingPolicy.RoundedValue(0).");
    }

    private static bool IsRateKind(TargetKind kind) => kind is TargetKind.Growth or TargetKind.Decline or TargetKind.Share;

    private static int DefaultDecimals(TargetKind kind, Unit unit, int written) =>
        IsRateKind(kind) || unit == Units.Percent ? Math.Max(1, written) : written;

    // A stated number is the decimal its double stands for (15 significant digits, the numeric policy's snapping), stored
    // as the double nearest to it: its fixed-notation text then reads back to the same double. Beyond the snapping range
    // (10^26) the double is its own integer.
    private static double Stated(double value) => Rounding.TrySnap(value, out var snapped) ? (double)snapped + 0.0 : value + 0.0;

    /// <summary>The decimals of a stated number in fixed notation (8.5 → 1, 210 → 0, 9e-3 → 3, 0.1 + 0.2 → 1).</summary>
    private static int DecimalsOf(double value)
    {
        if (!Rounding.TrySnap(value, out var snapped))
        {
            return 0;
        }
        var text = snapped.ToString(CultureInfo.InvariantCulture).AsSpan();
        var point = text.IndexOf('.');
        return point < 0 ? 0 : text[(point + 1)..].TrimEnd('0').Length;
    }

    /// <summary>
    /// A stated number in fixed notation with exactly <paramref name="places"/> decimals (places ≥ its decimals); beyond
    /// the snapping range, where it has no decimals, its shortest round-trip form ("1E+30").
    /// </summary>
    private static string FixedText(double value, int places) => Rounding.TrySnap(value, out var snapped)
        ? snapped.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        : NumberText.Format(value);

    /// <summary>Why <paramref name="value"/> cannot be published at <paramref name="decimals"/>, or null when it can.</summary>
    private static string? PrecisionError(double value, int decimals)
    {
        if (!Rounding.TrySnap(value, out _))
        {
            return decimals == 0 ? null : string.Create(CultureInfo.InvariantCulture,
                $"the stated number {NumberText.Format(value)} is beyond 10^26, where no decimal survives: it is published with 0 decimals, not {decimals} (a percent target cannot state it)");
        }
        var written = DecimalsOf(value);
        return written <= decimals ? null : string.Create(CultureInfo.InvariantCulture,
            $"the stated number {NumberText.Format(Stated(value))} has {written} decimals, more than the published precision of {decimals}: state it at that precision, or publish {written} decimals");
    }

    private static void CheckPrecision(double value, int decimals, string paramName)
    {
        if (PrecisionError(value, decimals) is string error)
        {
            throw new ArgumentOutOfRangeException(paramName, decimals, char.ToUpperInvariant(error[0]) + error[1..] + ".");
        }
    }

    /// <summary>
    /// The decimals a number is written with in authored text: the digits after the point less the exponent ("8.50" → 2,
    /// "9e-3" → 3, "1.5E2" → 0); full-width digits count. Not capped: a caller refuses more than 15.
    /// </summary>
    private static int DecimalsOf(ReadOnlySpan<char> number)
    {
        static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';
        var i = 0;
        while (i < number.Length && (IsDigit(number[i]) || number[i] is '+' or '-' or '－' or '＋' or '−'))
        {
            i++;
        }
        long fraction = 0;
        if (i < number.Length && number[i] is '.' or '．')
        {
            for (i++; i < number.Length && IsDigit(number[i]); i++)
            {
                fraction++;
            }
        }
        // An exponent only when digits follow it, as NumberText.Scan reads it ("3e" is 3 and a unit "e").
        long exponent = 0;
        if (i + 1 < number.Length && number[i] is 'e' or 'E')
        {
            var j = i + 1;
            var negative = number[j] is '-' or '－' or '−';
            if (number[j] is '+' or '-' or '－' or '＋' or '−')
            {
                j++;
            }
            for (; j < number.Length && IsDigit(number[j]) && exponent < 100_000; j++)
            {
                exponent = (exponent * 10) + (number[j] >= '０' ? number[j] - '０' : number[j] - '0');
            }
            exponent = negative ? -exponent : exponent;
        }
        return (int)Math.Clamp(fraction - exponent, 0, 100_000);
    }

    private static string? QualifierError(TargetKind kind, Qualifier qualifier) => qualifier switch
    {
        Qualifier.Nearly or Qualifier.Over => $"The qualifier {qualifier} (近/余) describes a figure, not a target.",
        _ when kind == TargetKind.ZeroControl && qualifier != Qualifier.Within => "A zero-control target (零控制) takes no qualifier.",
        _ => null,
    };

    /// <summary>Why <paramref name="stretchValue"/> cannot be this target's stretch tier, or null when it can.</summary>
    private string? TierError(double stretchValue)
    {
        if (Kind == TargetKind.ZeroControl)
        {
            return "A zero-control target (零控制) has no stretch tier.";
        }
        var ceiling = IsCeiling;
        if (ceiling ? stretchValue > Guaranteed : stretchValue < Guaranteed)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"The stretch tier (力争) {NumberText.Format(stretchValue)} is {(ceiling ? "above" : "below")} the guaranteed tier (确保) {NumberText.Format(Guaranteed)} of a target where {(ceiling ? "smaller" : "larger")} is better ({ToChineseString()}).");
        }
        return null;
    }
}
