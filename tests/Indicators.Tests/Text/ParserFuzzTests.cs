using System.Diagnostics;
using System.Text;

namespace Indicators.Tests.Text;

/// <summary>
/// One fuzzer for every authored-text parser of the scalar layer: random strings and mutations of valid examples
/// (inserted, deleted, replaced and repeated characters, E-notation and huge exponents, full-width digits, control
/// characters, lone surrogates). Each parser never throws; a failure names a position within the input and a reason;
/// a success prints back (through its printer) to text that parses to the same value. Deterministic seeds, bounded
/// by time and count.
/// </summary>
public class ParserFuzzTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(350);
    private const int MaxCases = 40_000;

    /// <summary>Valid examples of every parser's text, mutated by the fuzzer.</summary>
    private static readonly string[] Seeds =
    [
        "170亿元", "1,234.5万元", "-3.7万元", "5e-324元", "1e308万亿元", "23.5%", "-3.7％", "１２.５%", "2.6个百分点", "2.6pp",
        "2.79x", "0×", "吨标准煤/万元", "万元/亩", "万方", "件/万人", "平方公里", "2020年1-11月", "2024年上半年", "2013年第三季度",
        "2024年5月", "2024-M05", "2024-Q3", "2024-H1", "十四五", "“十四五”时期", "2024年3月15日至2024年6月30日",
        "确保增长8%，力争增长10%", "控制在66人以内（约束性）", "新增2-3家", "9e-3", "下降3%以上", "5%左右", "零控制", "突破1000亿元",
        "占比达30.50%", "增长8.00%以上",
    ];

    /// <summary>Characters the mutations insert: the parsers' own alphabet, look-alikes and hostile code units.</summary>
    private static readonly string[] Pieces =
    [
        "0", "1", "9", "０", "５", ".", "．", ",", "-", "－", "−", "+", "＋", "e", "E", "e308", "e-400", "E+99999", "e-16", "%", "％", "x",
        "年", "月", "日", "季度", "上半年", "至", "~", "—", "亿", "万", "元", "/", "人", "以上", "以内", "确保", "力争", "，", "、", "（约束性）",
        "\0", "\u0001", "\t", "\n", " ", "\u3000", "\u200F", "\uFEFF", "\uD800", "\uDC00", "\uDBFF\uDFFF", "😀", "ℌ", "Ａ",
        "99999999999999999999999999999999999999999999999999999999999999999", "0.000000000000000000000001",
    ];

    private static readonly string[] ParserNames = ["Quantity", "Unit", "Percentage", "PercentagePoints", "Multiple", "ReportingPeriod", "Target"];

    public static TheoryData<string> Parsers => new(ParserNames);

    /// <summary>Parses <paramref name="text"/>; on success returns the printed form and whether it reads back to the same value.</summary>
    private static (bool Success, ParseError? Error, string? Printed, bool RoundTrips) Run(string parser, string? text)
    {
        switch (parser)
        {
            case "Quantity":
                {
                    var r = Quantity.Parse(text);
                    return r.Success ? Check(r.Value.ToString(), s => Quantity.Parse(s), r.Value, double.IsFinite(r.Value.Value)) : (false, r.Error, null, false);
                }
            case "Unit":
                {
                    var r = Unit.Parse(text);
                    return r.Success ? Check(r.Value.ToString(), s => Unit.Parse(s), r.Value, true) : (false, r.Error, null, false);
                }
            case "Percentage":
                {
                    var r = Percentage.Parse(text);
                    return r.Success ? Check(r.Value.ToString(), s => Percentage.Parse(s), r.Value, double.IsFinite(r.Value.Percent)) : (false, r.Error, null, false);
                }
            case "PercentagePoints":
                {
                    var r = PercentagePoints.Parse(text);
                    return r.Success ? Check(r.Value.ToString(), s => PercentagePoints.Parse(s), r.Value, double.IsFinite(r.Value.Points)) : (false, r.Error, null, false);
                }
            case "Multiple":
                {
                    var r = Multiple.Parse(text);
                    return r.Success ? Check(r.Value.ToString(), s => Multiple.Parse(s), r.Value, double.IsFinite(r.Value.Growth.Percent)) : (false, r.Error, null, false);
                }
            case "ReportingPeriod":
                {
                    // Three entry points; the Chinese and invariant printers both read back.
                    var invariant = ReportingPeriod.ParseInvariant(text);
                    var chinese = ReportingPeriod.ParseChinese(text);
                    if (!invariant.Success && !Within(invariant.Error, text)) { return (false, invariant.Error, null, false); }
                    if (!chinese.Success && !Within(chinese.Error, text)) { return (false, chinese.Error, null, false); }
                    var r = ReportingPeriod.Parse(text);
                    if (!r.Success) { return (false, r.Error, null, false); }
                    var chineseText = r.Value.ToChineseString();
                    return (true, null, r.Value + " / " + chineseText,
                        ReportingPeriod.Parse(r.Value.ToString()).Value == r.Value && ReportingPeriod.ParseChinese(chineseText).Value == r.Value);
                }
            default:
                {
                    var r = Target.Parse(text);
                    return r.Success ? Check(r.Value.ToChineseString(), s => Target.Parse(s), r.Value, double.IsFinite(r.Value.Guaranteed)) : (false, r.Error, null, false);
                }
        }
    }

    private static (bool, ParseError?, string?, bool) Check<T>(string printed, Func<string, ValueParseResult<T>> parse, T value, bool finite)
    {
        var again = parse(printed);
        return (true, null, printed, finite && again.Success && EqualityComparer<T>.Default.Equals(again.Value, value));
    }

    private static bool Within(ParseError? error, string? input) =>
        error is not null && error.Position >= 0 && error.Position <= (input ?? string.Empty).Length && error.Reason.Length > 0
        && error.Excerpt.Length > 0 && error.Message.Length > 0;

    /// <summary>A random string, or a valid example with one to four mutations.</summary>
    internal static string Mutant(Random random)
    {
        if (random.Next(8) == 0)
        {
            var chars = new char[random.Next(0, 24)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0, 0x10000);
            }
            return new string(chars);
        }
        var text = new StringBuilder(Seeds[random.Next(Seeds.Length)]);
        for (int m = random.Next(1, 5); m > 0; m--)
        {
            int at = random.Next(text.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                    text.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 1 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), 1);
                    break;
                case 2 when text.Length > 0:
                    var piece = Pieces[random.Next(Pieces.Length)];
                    var start = Math.Min(at, text.Length - 1);
                    text.Remove(start, 1).Insert(start, piece);
                    break;
                case 3 when text.Length > 0:
                    // Repeat a chunk: long numbers, doubled units and words.
                    var from = random.Next(text.Length);
                    var chunk = text.ToString(from, Math.Min(text.Length - from, random.Next(1, 6)));
                    text.Insert(at, string.Concat(Enumerable.Repeat(chunk, random.Next(1, 8))));
                    break;
                default:
                    text.Insert(at, random.Next(3) switch { 0 => "e" + random.Next(-999, 999), 1 => "E+" + random.Next(300, 400), _ => new string('9', random.Next(10, 80)) });
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Issue 9, item 18 (scalar parsers): a figure written with a non-zero digit that reads as 0 ("1e-400亿元") would be
    /// a silent wrong number; the shared number reader refuses it, while a subnormal that reads back (5e-324) and a
    /// zero written as zero still load.
    /// </summary>
    [Fact]
    public void Issue9_18_ParsersRefuseANonZeroFigureThatReadsAsZero()
    {
        foreach (var error in new[] { Quantity.Parse("1e-400亿元").Error, Percentage.Parse("1e-400%").Error,
            PercentagePoints.Parse("0.1e-330个百分点").Error, Multiple.Parse("1e-999x").Error })
        {
            Assert.NotNull(error);
            Assert.Equal(0, error!.Position);
            Assert.Contains("too small", error.Reason, StringComparison.Ordinal);
        }
        Assert.Equal(5e-324, Quantity.Parse("5e-324元").Value.Value);
        Assert.Equal(0.0, Quantity.Parse("0.000e-400亿元").Value.Value);
        Assert.Equal(0.0, Percentage.Parse("-0%").Value.Percent);
    }

    /// <summary>The law behind it: for any text m·10^e, the reader gives a non-zero number or refuses, never 0 for m ≠ 0.</summary>
    [Property(MaxTest = 2000)]
    public bool A_non_zero_mantissa_never_reads_as_zero(Mantissa m, DecimalExponent e)
    {
        var (mantissa, exponent) = (m.Value, e.Value);
        var parsed = Quantity.Parse(mantissa.ToString(System.Globalization.CultureInfo.InvariantCulture) + "e" +
            exponent.ToString(System.Globalization.CultureInfo.InvariantCulture) + "元");
        return parsed.Success ? parsed.Value.Value != 0
            : parsed.Error!.Reason.Contains(exponent < 0 ? "too small" : "out of range", StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void Mutated_and_random_text_never_throws_fails_within_the_input_or_round_trips(string parser)
    {
        var random = new Random(9_2026 + parser.Length);
        var clock = Stopwatch.StartNew();
        int cases = 0;
        // The valid examples first: each either parses and round-trips or fails within the input.
        foreach (var text in Seeds.Append(null).Append("").Append("   "))
        {
            Assert.True(Holds(parser, text, out var why), why);
            cases++;
        }
        while (clock.Elapsed < Budget && cases < MaxCases)
        {
            var text = Mutant(random);
            Assert.True(Holds(parser, text, out var why), why);
            cases++;
        }
        Assert.True(cases > 500, "only " + cases + " cases ran");
    }

    private static bool Holds(string parser, string? text, out string why)
    {
        try
        {
            var (success, error, printed, roundTrips) = Run(parser, text);
            why = success
                ? parser + ": \"" + Escape(text) + "\" printed as \"" + Escape(printed) + "\" does not read back to the same value"
                : parser + ": \"" + Escape(text) + "\" failed at position " + error?.Position + " outside the input or without a reason";
            return success ? roundTrips : Within(error, text);
        }
        catch (Exception e)
        {
            why = parser + ": \"" + Escape(text) + "\" threw " + e;
            return false;
        }
    }

    private static string Escape(string? text) =>
        text is null ? "null" : string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) || c is '\u200F' or '\uFEFF' ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));

    [Fact]
    public void The_fuzzer_reaches_successes_and_failures_of_every_parser()
    {
        // A fuzzer that only ever fails (or only succeeds) checks little: both outcomes occur for every parser.
        var random = new Random(17);
        foreach (var parser in ParserNames)
        {
            int successes = 0, failures = 0;
            for (int k = 0; k < 3000; k++)
            {
                if (Run(parser, Mutant(random)).Success) { successes++; } else { failures++; }
            }
            Assert.True(successes > 0 && failures > 0, parser + ": " + successes + " successes, " + failures + " failures");
        }
    }
}
