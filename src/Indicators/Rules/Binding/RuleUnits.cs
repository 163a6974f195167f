using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// The units and exchange rates of one plan: the library's unit table, plus the units the rules declare
/// (<c>unit 立方米 dimension 体积;</c>) and the rates they state (<c>rate 美元 6.4515 in 2021;</c>). The library's table stays
/// as it is: a declared unit exists only for the plan that declares it. Filled by the binder, read-only afterwards.
/// </summary>
internal sealed class RuleUnits
{
    private const string Target = "unit";
    private readonly Dictionary<string, UnitTable.Base> declared = new(StringComparer.Ordinal);
    private readonly Dictionary<(Currency Currency, int? Year), (double PerBase, RateDeclaration Declaration)> rates = [];

    /// <summary>The library's units and no rates.</summary>
    internal static RuleUnits None { get; } = new();

    /// <summary>The declared units' symbols, in declaration order.</summary>
    internal IReadOnlyCollection<string> DeclaredSymbols => declared.Keys;

    /// <summary>Every declared unit and each prefixed form of those that take prefixes (立方米, 万立方米…): candidates of "did you mean".</summary>
    internal IEnumerable<string> DeclaredForms() => declared.Values.SelectMany(b =>
        b.AllowsPrefix ? UnitTable.Prefixes.Select(p => p.Symbol + b.Symbol).Prepend(b.Symbol) : [b.Symbol]);

    internal void Declare(UnitTable.Base unit) => declared[unit.Symbol] = unit;

    /// <summary>Adds a rate (per base unit of the currency, in 元); false when the currency has one for the year already.</summary>
    internal bool TryAddRate(Currency currency, int? year, double perBase, RateDeclaration declaration, out RateDeclaration existing)
    {
        if (rates.TryGetValue((currency, year), out var known))
        {
            existing = known.Declaration;
            return false;
        }
        rates[(currency, year)] = (perBase, declaration);
        existing = declaration;
        return true;
    }

    /// <summary>Whether the rules state any rate for <paramref name="currency"/> (元 always has one: 1).</summary>
    internal bool HasRate(Currency currency) => currency == Currency.Cny || rates.Keys.Any(k => k.Currency == currency);

    /// <summary>How many 元 one base unit of <paramref name="currency"/> is in <paramref name="year"/>: the year's rate, else the
    /// rate for every year; null when there is neither (or no year and no rate for every year).</summary>
    internal double? PerYuan(Currency currency, int? year)
    {
        if (currency == Currency.Cny)
        {
            return 1;
        }
        if (year is not null && rates.TryGetValue((currency, year), out var forYear))
        {
            return forYear.PerBase;
        }
        return rates.TryGetValue((currency, null), out var always) ? always.PerBase : null;
    }

    /// <summary>How many base units of <paramref name="to"/> one base unit of <paramref name="from"/> is in <paramref name="year"/>, or null.</summary>
    internal double? Rate(Currency from, Currency to, int? year) =>
        from == to ? 1 : PerYuan(from, year) is double a && PerYuan(to, year) is double b ? a / b : null;

    /// <summary>Reads a unit as the rules know it: the library's units first (so no declaration changes what 万方 means),
    /// then the declared ones, with prefixes and as either side of a quotient.</summary>
    internal ValueParseResult<Unit> Parse(string? text)
    {
        var library = Unit.Parse(text);
        if (library.Success || declared.Count == 0 || string.IsNullOrWhiteSpace(text))
        {
            return library;
        }
        var parts = text.Split('/', '／');
        if (parts.Length > 2)
        {
            return library;
        }
        var units = new Unit[parts.Length];
        var position = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            if (ParseSimple(part) is not { } unit)
            {
                var at = part.Length == 0 ? position : text.IndexOf(part, position, StringComparison.Ordinal);
                return ValueParseResult<Unit>.ForError(new ParseError(text, Math.Max(0, at), Target,
                    part.Length == 0 ? "expected a unit on each side of '/'" : "unknown unit " + TextExcerpt.Quote(part)));
            }
            units[i] = unit;
            position += parts[i].Length + 1;
        }
        if (units.Length == 1)
        {
            return ValueParseResult<Unit>.ForValue(units[0]);
        }
        try
        {
            return ValueParseResult<Unit>.ForValue(units[0].Per(units[1]));
        }
        catch (ArgumentException)
        {
            return ValueParseResult<Unit>.ForError(new ParseError(text, 0, Target, "a ratio unit cannot be part of a compound unit"));
        }
    }

    /// <summary>A unit with no "/": the library's, a declared one, or a prefix and a declared one that takes prefixes.</summary>
    internal Unit? ParseSimple(string text)
    {
        if (UnitTable.ParseSimple(text, out _) is { } library)
        {
            return library;
        }
        if (declared.TryGetValue(text, out var exact))
        {
            return UnitTable.Create(null, exact);
        }
        foreach (var prefix in UnitTable.Prefixes)
        {
            if (text.Length > prefix.Symbol.Length && text.StartsWith(prefix.Symbol, StringComparison.Ordinal)
                && declared.TryGetValue(text[prefix.Symbol.Length..], out var b) && b.AllowsPrefix)
            {
                return UnitTable.Create(prefix, b);
            }
        }
        return null;
    }

    /// <summary>The symbol of a currency's base unit (美元), as the rules write it.</summary>
    internal static string Symbol(Currency currency) => currency switch
    {
        Currency.Cny => "元",
        Currency.Usd => "美元",
        Currency.Hkd => "港元",
        Currency.Eur => "欧元",
        _ => "日元",
    };
}
