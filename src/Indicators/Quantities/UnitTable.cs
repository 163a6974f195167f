namespace Indicators;

/// <summary>
/// The units the library knows: scale prefixes, base units and their alternative spellings.
/// Every unit is a base unit, a prefix and a base unit, or one of those per another; its
/// canonical symbol is built from those parts, so formatting and parsing agree.
/// </summary>
internal static class UnitTable
{
    // Longest first, so that "十万元" reads as 十万 + 元 rather than trying 十 + 万元.
    internal static readonly Prefix[] Prefixes =
    [
        new("万亿", 1e12), new("千亿", 1e11), new("百亿", 1e10), new("十亿", 1e9),
        new("十万", 1e5), new("百万", 1e6), new("千万", 1e7),
        new("十", 10), new("百", 100), new("千", 1e3), new("万", 1e4), new("亿", 1e8),
    ];

    internal static readonly Dimension[] MoneyDimensions =
    [
        Dimension.OfMoney(Currency.Cny), Dimension.OfMoney(Currency.Usd), Dimension.OfMoney(Currency.Hkd),
        Dimension.OfMoney(Currency.Eur), Dimension.OfMoney(Currency.Jpy),
    ];

    /// <summary>The counting nouns (量词) a report uses; each is its own dimension.</summary>
    internal static readonly string[] CountNouns =
    [
        "个", "家", "项", "件", "名", "人", "户", "人次", "套", "台", "座", "批", "起", "份", "次", "条", "期",
        "所", "位", "辆", "栋", "幢", "处", "宗", "笔", "块", "间", "张", "种", "篇", "部", "门", "艘", "架", "株",
        "家次", "批次", "项次", "个次",
    ];

    private static readonly Dictionary<string, Base> BaseUnits = BuildBases();

    // Spellings that stand for a prefixed unit: 万方 is 万平方米, 公里 is 千米.
    private static readonly Dictionary<string, (Prefix Prefix, Base Base)> PrefixedAliases = new(StringComparer.Ordinal)
    {
        ["万方"] = (PrefixOf("万"), BaseUnits["平方米"]),
        ["公里"] = (PrefixOf("千"), BaseUnits["米"]),
    };

    internal static Unit One { get; } = Create(null, BaseUnits[string.Empty]);

    internal static Unit Get(string symbol) => ParseSimple(symbol, out _) ?? throw new InvalidOperationException("Unknown built-in unit " + symbol);

    internal static Unit? CountUnit(string noun) => BaseUnits.TryGetValue(noun, out var b) && b.Dimension.Kind == DimensionKind.Count ? Create(null, b) : null;

    /// <summary>The base units without a prefix, in the table's order (元, 美元, …, 千瓦时, then the counting nouns).</summary>
    internal static IEnumerable<Unit> UnprefixedUnits() => BaseUnits.Values.Distinct().Where(b => b.Symbol.Length > 0).Select(b => Create(null, b));

    internal static IEnumerable<Unit> BaseAndPrefixedUnits()
    {
        foreach (var b in BaseUnits.Values.Distinct())
        {
            if (b.Symbol.Length > 0)
            {
                yield return Create(null, b);
            }
            if (b.AllowsPrefix)
            {
                foreach (var p in Prefixes)
                {
                    yield return Create(p, b);
                }
            }
        }
    }

    /// <summary>Reads a unit with no "/": a base unit, a spelling of one, or a prefix and a base unit.</summary>
    internal static Unit? ParseSimple(string text, out string? failure)
    {
        failure = null;
        if (BaseUnits.TryGetValue(text, out var exact))
        {
            return Create(null, exact);
        }
        if (PrefixedAliases.TryGetValue(text, out var alias))
        {
            return Create(alias.Prefix, alias.Base);
        }
        foreach (var prefix in Prefixes)
        {
            if (text.Length > prefix.Symbol.Length && text.StartsWith(prefix.Symbol, StringComparison.Ordinal)
                && BaseUnits.TryGetValue(text[prefix.Symbol.Length..], out var b) && b.AllowsPrefix)
            {
                return Create(prefix, b);
            }
        }
        failure = "unknown unit " + TextExcerpt.Quote(text);
        return null;
    }

    internal static Unit Create(Prefix? prefix, Base b) => new(
        (prefix?.Symbol ?? string.Empty) + b.Symbol,
        b.Dimension,
        (prefix?.Factor ?? 1) * b.ScaleNumerator,
        b.ScaleDenominator,
        b.Dimension.Kind != DimensionKind.Ratio);

    private static Prefix PrefixOf(string symbol) => Prefixes.First(p => p.Symbol == symbol);

    private static Dictionary<string, Base> BuildBases()
    {
        var cny = MoneyDimensions[0];
        var bases = new List<Base>
        {
            new(string.Empty, Dimension.Ratio, 1, 1, AllowsPrefix: false),
            new("%", Dimension.Ratio, 1, 100, AllowsPrefix: false),
            new("‰", Dimension.Ratio, 1, 1000, AllowsPrefix: false),
            new("元", cny, 1, 1),
            new("美元", MoneyDimensions[1], 1, 1),
            new("港元", MoneyDimensions[2], 1, 1),
            new("欧元", MoneyDimensions[3], 1, 1),
            new("日元", MoneyDimensions[4], 1, 1),
            new("平方米", Dimension.Area, 1, 1),
            // 1亩 = 10000/15 m² exactly; keeping the fraction makes 1平方公里 = 1500亩 exact.
            new("亩", Dimension.Area, 10000, 15),
            new("公顷", Dimension.Area, 10000, 1),
            new("平方公里", Dimension.Area, 1e6, 1),
            new("米", Dimension.Length, 1, 1),
            new("公斤", Dimension.Mass, 1, 1),
            new("吨", Dimension.Mass, 1000, 1),
            new("吨标准煤", Dimension.Energy, 1, 1),
            new("千瓦时", Dimension.Electricity, 1, 1),
        };
        bases.AddRange(CountNouns.Select(n => new Base(n, Dimension.OfCount(n), 1, 1)));
        var table = bases.ToDictionary(b => b.Symbol, StringComparer.Ordinal);
        // Spellings of a base unit that take prefixes like the base does (万度 = 万千瓦时).
        table["％"] = table["%"];
        table["㎡"] = table["平方米"];
        table["平方千米"] = table["平方公里"];
        table["千克"] = table["公斤"];
        table["吨标煤"] = table["吨标准煤"];
        table["度"] = table["千瓦时"];
        return table;
    }

    internal sealed record Prefix(string Symbol, double Factor);

    internal sealed record Base(string Symbol, Dimension Dimension, double ScaleNumerator, double ScaleDenominator, bool AllowsPrefix = true);
}
