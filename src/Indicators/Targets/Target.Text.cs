using System.Globalization;

namespace Indicators;

// The Chinese text of a target: the canonical form written by ToChineseString and the parser that reads it back,
// together with the wordings of work reports ("同比增长15%以上", "控制在66人以内", "下降幅度不低于2.1%", "新增2-3家",
// "确保增长8%，力争增长10%").
public readonly partial struct Target
{
    private const string ParseTarget = "target";
    private const string BindingMark = "（约束性）";
    private const string IndicativeMark = "（预期性）";

    private static readonly (string Word, Qualifier Qualifier)[] PrefixWords =
    [
        ("不低于", Qualifier.AtLeast), ("不少于", Qualifier.AtLeast), ("不高于", Qualifier.AtMost), ("超过", Qualifier.MoreThan),
        ("不满", Qualifier.LessThan), ("不足", Qualifier.LessThan), ("突破", Qualifier.Breakthrough), ("控制在", Qualifier.Within),
    ];

    private static readonly System.Buffers.SearchValues<char> RangeMarks = System.Buffers.SearchValues.Create("-—－~～至");

    private static readonly (string Word, Qualifier Qualifier)[] SuffixWords =
    [
        ("以上", Qualifier.AtLeast), ("以下", Qualifier.AtMost), ("以内", Qualifier.Within), ("左右", Qualifier.About),
    ];

    private static readonly (string Word, bool Unused)[] FillerWords = [("完成", true), ("实现", true), ("达到", true)];

    // Longest first: "占比达到" before "占比".
    private static readonly (string Word, TargetKind Kind)[] KindWords =
    [
        ("增长", TargetKind.Growth), ("下降", TargetKind.Decline), ("降低", TargetKind.Decline), ("新增", TargetKind.Count),
        ("占比达到", TargetKind.Share), ("比重达到", TargetKind.Share), ("占比达", TargetKind.Share), ("比重达", TargetKind.Share),
        ("占比", TargetKind.Share), ("比重", TargetKind.Share),
    ];

    /// <summary>
    /// The canonical Chinese text, which <see cref="Parse"/> reads back to an equal target: "210亿元", "增长8%以上",
    /// "下降3%以上", "控制在66人以内", "5.5%以内", "突破1000亿元", "零控制", "确保增长8%，力争增长10%" (a range
    /// "4.5%-5%" is written with its tiers: "确保4.5%，力争5%"), with "（约束性）" after a binding target. Numbers are written
    /// in fixed notation (never "9E-03"), padded with zeros when the published precision exceeds their decimals
    /// ("增长8.00%"), so that <c>Parse(t.ToChineseString()) == t</c> for every target.
    /// </summary>
    /// <returns>The text.</returns>
    public string ToChineseString()
    {
        var text = HasStretch ? "确保" + TierText(Guaranteed) + "，力争" + TierText(stretch) : TierText(Guaranteed);
        return Nature == TargetNature.Binding ? text + BindingMark : text;
    }

    /// <summary>The canonical Chinese text (<see cref="ToChineseString"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToChineseString();

    /// <summary>One tier as a report writes it: "增长8%以上", "控制在66人以内".</summary>
    internal string TierText(double value)
    {
        if (Kind == TargetKind.ZeroControl)
        {
            return "零控制";
        }
        var body = StatedNumber(value) + Unit.Symbol;
        var kindWord = Kind switch
        {
            TargetKind.Count => "新增",
            TargetKind.Growth => "增长",
            TargetKind.Decline => "下降",
            TargetKind.Share => "占比达",
            _ => string.Empty,
        };
        return Qualifier switch
        {
            Qualifier.AtLeast => kindWord + body + "以上",
            Qualifier.AtMost => kindWord + body + "以下",
            Qualifier.Within when Kind == TargetKind.Level && !IsRate => "控制在" + body + "以内",
            Qualifier.Within => kindWord + body + "以内",
            Qualifier.About => kindWord + body + "左右",
            Qualifier.Breakthrough => kindWord + "突破" + body,
            Qualifier.MoreThan => kindWord + "超过" + body,
            Qualifier.LessThan => kindWord + "不满" + body,
            _ => kindWord + body,
        };
    }

    /// <summary>
    /// A stated number in fixed notation, with its own decimals when the parser infers <see cref="Decimals"/> from them
    /// ("8%" is 1 decimal), else padded with zeros to <see cref="Decimals"/> ("8.00%"): never E-notation, never more
    /// decimals than the precision (a stated number has at most <see cref="Decimals"/>).
    /// </summary>
    internal string StatedNumber(double value)
    {
        var written = DecimalsOf(value);
        return FixedText(value, DefaultDecimals(Kind, Unit, written) == Decimals ? written : Decimals);
    }

    /// <summary>
    /// Parses a target as reports write it: "210亿元", "增长8%以上", "同比增长15%以上", "下降3%以上", "控制在66人以内",
    /// "5.5%以内", "5%左右", "突破1000亿元", "新增2-3家", "4.5%-5%", "不低于2.1%", "超过100家", "不满5起", "零控制",
    /// "确保8%、力争10%", "确保增长8%，力争增长10%", optionally followed by "（约束性）" or "（预期性）"; the verbs 完成, 实现 and
    /// 达到 before a number are read past ("确保完成20万平方米"), but an indicator's name is not part of a target. The published
    /// precision is the decimals written (at least 1 for a percent). Never throws: a failure names the position and the
    /// reason (a range whose lower end exceeds its upper end, tiers out of order, two qualifiers, a growth that is not a
    /// percent…).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The target, or why it could not be read.</returns>
    public static ValueParseResult<Target> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(text, 0, "the text is empty");
        }
        var start = SkipSpaces(text, 0, text.Length);
        var end = TrimEnd(text, start, text.Length);
        var nature = TargetNature.Indicative;
        if (EndsWith(text, start, end, BindingMark) || EndsWith(text, start, end, IndicativeMark))
        {
            nature = EndsWith(text, start, end, BindingMark) ? TargetNature.Binding : TargetNature.Indicative;
            end = TrimEnd(text, start, end - BindingMark.Length);
        }
        if (!StartsWith(text, start, end, "确保"))
        {
            return Single(text, StartsWith(text, start, end, "力争") ? start + 2 : start, end, nature);
        }
        var tierStart = start + 2;
        var split = text.IndexOf("力争", tierStart, end - tierStart, StringComparison.Ordinal);
        if (split < 0)
        {
            return Single(text, tierStart, end, nature);
        }
        var guaranteedEnd = split;
        while (guaranteedEnd > tierStart && (char.IsWhiteSpace(text[guaranteedEnd - 1]) || text[guaranteedEnd - 1] is '、' or '，' or ',' or '；' or ';'))
        {
            guaranteedEnd--;
        }
        if (ReadTier(text, tierStart, guaranteedEnd, out var guaranteed) is ParseError guaranteedError)
        {
            return ValueParseResult<Target>.ForError(guaranteedError);
        }
        return ReadTier(text, split + 2, end, out var stretchTier) is ParseError stretchError
            ? ValueParseResult<Target>.ForError(stretchError)
            : Combine(text, guaranteed, stretchTier, nature);
    }

    private static ValueParseResult<Target> Single(string text, int start, int end, TargetNature nature) =>
        ReadTier(text, start, end, out var tier) is ParseError error ? ValueParseResult<Target>.ForError(error) : ValueParseResult<Target>.ForValue(FromTier(tier, nature));

    private static Target FromTier(TierReading tier, TargetNature nature)
    {
        if (tier.Kind == TargetKind.ZeroControl)
        {
            return ZeroControl().WithNature(nature);
        }
        var decimals = DefaultDecimals(tier.Kind, tier.Unit, tier.Written);
        if (tier.Upper is not double upper)
        {
            return new Target(tier.Kind, tier.Qualifier, tier.Unit, tier.Lower, null, decimals, nature);
        }
        // A range: the lower end is the floor and the upper the stretch; for a ceiling the other way round.
        return IsCeilingOf(tier.Kind, tier.Qualifier)
            ? new Target(tier.Kind, tier.Qualifier, tier.Unit, upper, tier.Lower, decimals, nature)
            : new Target(tier.Kind, tier.Qualifier, tier.Unit, tier.Lower, upper, decimals, nature);
    }

    private static ValueParseResult<Target> Combine(string text, TierReading guaranteed, TierReading stretchTier, TargetNature nature)
    {
        if (guaranteed.Upper.HasValue || stretchTier.Upper.HasValue)
        {
            return Fail(text, guaranteed.Upper.HasValue ? guaranteed.Start : stretchTier.Start, "a range cannot be combined with 确保/力争");
        }
        if (guaranteed.Kind == TargetKind.ZeroControl || stretchTier.Kind == TargetKind.ZeroControl)
        {
            return Fail(text, stretchTier.Start, "a zero-control target (零控制) has no tiers");
        }
        if (guaranteed.ExplicitKind && stretchTier.ExplicitKind && guaranteed.Kind != stretchTier.Kind)
        {
            return Fail(text, stretchTier.Start, "the stretch tier (力争) states a different kind of target than the guaranteed tier (确保)");
        }
        if (guaranteed.Unit != stretchTier.Unit)
        {
            return Fail(text, stretchTier.Start, "the two tiers have different units");
        }
        if (guaranteed.Qualifier != Qualifier.None && stretchTier.Qualifier != Qualifier.None && guaranteed.Qualifier != stretchTier.Qualifier)
        {
            return Fail(text, stretchTier.Start, "the two tiers have different qualifiers");
        }
        var kind = guaranteed.ExplicitKind ? guaranteed.Kind : stretchTier.Kind;
        var qualifier = guaranteed.Qualifier != Qualifier.None ? guaranteed.Qualifier : stretchTier.Qualifier;
        if (IsRateKind(kind) && guaranteed.Unit != Units.Percent)
        {
            return Fail(text, guaranteed.Start, "a growth, decline or share target states a percent");
        }
        var decimals = DefaultDecimals(kind, guaranteed.Unit, Math.Max(guaranteed.Written, stretchTier.Written));
        var target = new Target(kind, qualifier, guaranteed.Unit, guaranteed.Lower, null, decimals, nature);
        return target.TierError(stretchTier.Lower) is string error
            ? Fail(text, stretchTier.Start, error)
            : ValueParseResult<Target>.ForValue(new Target(kind, qualifier, guaranteed.Unit, guaranteed.Lower, stretchTier.Lower, decimals, nature));
    }

    /// <summary>Reads one tier between <paramref name="start"/> and <paramref name="end"/>: words, a number or a range with its unit, and a qualifier.</summary>
    private static ParseError? ReadTier(string text, int start, int end, out TierReading tier)
    {
        tier = default;
        start = SkipSpaces(text, start, end);
        end = TrimEnd(text, start, end);
        if (start == end)
        {
            return Error(text, start, "expected a target");
        }
        if (text.AsSpan(start, end - start) is "零控制" or "实行零控制")
        {
            tier = new TierReading(TargetKind.ZeroControl, true, Qualifier.Within, Units.One, 0, null, 0, start);
            return null;
        }
        var i = start;
        i = StartsWith(text, i, end, "同比") ? i + 2 : i;
        // Verbs of work reports that add nothing to the target: "确保完成20万平方米", "力争达到1000亿元".
        i = Match(text, i, end, FillerWords, out _, out var filler) ? i + filler : i;
        Qualifier? prefix = null;
        TargetKind? kind = null;
        for (var round = 0; round < 2; round++)
        {
            if (prefix is null && Match(text, i, end, PrefixWords, out var q, out var length))
            {
                prefix = q;
                i += length;
            }
            if (kind is null && Match(text, i, end, KindWords, out var k, out length))
            {
                kind = k;
                i += length;
                i = StartsWith(text, i, end, "幅度") ? i + 2 : i;
            }
        }
        Qualifier? suffix = null;
        foreach (var (word, q) in SuffixWords)
        {
            if (end - i >= word.Length && EndsWith(text, i, end, word))
            {
                suffix = q;
                end -= word.Length;
                break;
            }
        }
        Qualifier qualifier;
        if (prefix is null || suffix is null)
        {
            qualifier = prefix ?? suffix ?? Qualifier.None;
        }
        else if (prefix == Qualifier.Within && suffix is Qualifier.Within or Qualifier.AtMost)
        {
            qualifier = suffix.Value; // 控制在…以内 / 控制在…以下
        }
        else
        {
            return Error(text, end, "a target takes one qualifier");
        }
        var bodyStart = SkipSpaces(text, i, end);
        end = TrimEnd(text, bodyStart, end);
        if (bodyStart == end)
        {
            return Error(text, bodyStart, "expected a number");
        }
        var numberEnd = NumberText.Scan(text.AsSpan(0, end), bodyStart, out _, out var failure);
        if (numberEnd < 0)
        {
            return Error(text, bodyStart, failure!);
        }
        var dash = text.AsSpan(numberEnd, end - numberEnd).IndexOfAny(RangeMarks);
        var lowerEnd = dash < 0 ? end : numberEnd + dash;
        var lower = Quantity.Parse(text[bodyStart..lowerEnd]);
        if (!lower.Success)
        {
            return Shifted(text, lower.Error, bodyStart);
        }
        var unit = lower.Value.Unit;
        var written = DecimalsOf(text.AsSpan(bodyStart, lowerEnd - bodyStart));
        if (written > Rounding.MaxDecimals)
        {
            return Error(text, bodyStart, "a target is published with at most 15 decimals");
        }
        double? upperValue = null;
        if (dash >= 0)
        {
            var upper = Quantity.Parse(text[(lowerEnd + 1)..end]);
            if (!upper.Success)
            {
                return Shifted(text, upper.Error, lowerEnd + 1);
            }
            if (unit == Units.One)
            {
                unit = upper.Value.Unit;
            }
            else if (unit != upper.Value.Unit)
            {
                return Error(text, lowerEnd + 1, "the two ends of a range must have the same unit");
            }
            if (RangeError(lower.Value.Value, upper.Value.Value) is string rangeError)
            {
                return Error(text, bodyStart, rangeError);
            }
            upperValue = upper.Value.Value;
            written = Math.Max(written, DecimalsOf(text.AsSpan(lowerEnd + 1, end - lowerEnd - 1)));
            if (written > Rounding.MaxDecimals)
            {
                return Error(text, lowerEnd + 1, "a target is published with at most 15 decimals");
            }
        }
        if (kind is TargetKind k2 && IsRateKind(k2) && unit != Units.Percent)
        {
            return Error(text, bodyStart, "a growth, decline or share target states a percent");
        }
        var places = DefaultDecimals(kind ?? TargetKind.Level, unit, written);
        if ((PrecisionError(lower.Value.Value, places) ?? (upperValue is double u ? PrecisionError(u, places) : null)) is string precisionError)
        {
            return Error(text, bodyStart, precisionError);
        }
        tier = new TierReading(kind ?? TargetKind.Level, kind.HasValue, qualifier, unit, lower.Value.Value, upperValue, written, start);
        return null;
    }

    private static bool IsCeilingOf(TargetKind kind, Qualifier qualifier) =>
        kind == TargetKind.ZeroControl || qualifier is Qualifier.AtMost or Qualifier.Within or Qualifier.LessThan;

    private static bool Match<T>(string text, int at, int end, (string Word, T Value)[] words, out T value, out int length)
    {
        foreach (var (word, candidate) in words)
        {
            if (StartsWith(text, at, end, word))
            {
                value = candidate;
                length = word.Length;
                return true;
            }
        }
        value = default!;
        length = 0;
        return false;
    }

    private static bool StartsWith(string text, int start, int end, string word) =>
        end - start >= word.Length && text.AsSpan(start, word.Length).SequenceEqual(word);

    private static bool EndsWith(string text, int start, int end, string word) =>
        end - start >= word.Length && text.AsSpan(end - word.Length, word.Length).SequenceEqual(word);

    private static int SkipSpaces(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        return start;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    private static ParseError Error(string text, int position, string reason) => new(text, position, ParseTarget, reason);

    private static ParseError Shifted(string text, ParseError inner, int offset) => Error(text, offset + inner.Position, inner.Reason);

    private static ValueParseResult<Target> Fail(string? text, int position, string reason) =>
        ValueParseResult<Target>.ForError(new ParseError(text, position, ParseTarget, reason));

    /// <summary>One tier as read: its kind (and whether a word stated it), qualifier, unit, number or range, written decimals and position.</summary>
    private readonly record struct TierReading(TargetKind Kind, bool ExplicitKind, Qualifier Qualifier, Unit Unit, double Lower, double? Upper, int Written, int Start);
}
