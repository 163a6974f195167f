using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13 (units): the statements `unit`, `rate` and `records`. `unit` is a keyword already; `rate`, `records`,
// `dimension`, `in` and `text` are read as words only where these statements expect them, so they stay free as names.
internal sealed partial class RuleParser
{
    private readonly List<UnitDeclaration> unitDeclarations = [];
    private readonly List<RateDeclaration> rateDeclarations = [];
    private readonly List<RecordSetDeclaration> recordSetDeclarations = [];

    /// <summary>Whether <paramref name="t"/> starts a <c>unit</c>, <c>rate</c> or <c>records</c> statement.</summary>
    private static bool StartsUnitsStatement(RuleToken t) => t.IsKeyword("unit") || IsWord(t, "rate") || IsWord(t, "records");

    private static bool IsWord(RuleToken t, string word) => t.Kind == RuleTokenKind.Name && string.Equals(t.Text, word, StringComparison.Ordinal);

    /// <summary>Parses one <c>unit</c>, <c>rate</c> or <c>records</c> statement into the parser's lists.</summary>
    private void ParseUnitsStatement()
    {
        var t = Current;
        if (t.IsKeyword("unit"))
        {
            unitDeclarations.Add(ParseUnitDeclaration());
        }
        else if (IsWord(t, "rate"))
        {
            rateDeclarations.Add(ParseRateDeclaration());
        }
        else
        {
            recordSetDeclarations.Add(ParseRecordSet());
        }
    }

    /// <summary>The rule set with the statements of this file added.</summary>
    private RuleSet WithUnitStatements(RuleSet ruleSet) =>
        unitDeclarations.Count + rateDeclarations.Count + recordSetDeclarations.Count == 0
            ? ruleSet
            : ruleSet with { Units = unitDeclarations, Rates = rateDeclarations, RecordSets = recordSetDeclarations };

    private UnitDeclaration ParseUnitDeclaration()
    {
        var start = Take().Start;
        var nameStart = Current.Start;
        var name = ParseUnitText(" after 'unit'", "“unit”后");
        var nameSpan = SpanFrom(nameStart);
        string? dimension = null;
        double? factor = null;
        string? of = null;
        (int, int)? ofSpan = null;
        if (IsWord(Current, "dimension"))
        {
            Take();
            dimension = ExpectName(" after 'dimension'", "“dimension”后");
        }
        else if (TryTake(RuleTokenKind.Assign))
        {
            var number = Current;
            if (number.Kind != RuleTokenKind.Number)
            {
                throw Expected("a number", "数值", $" after '=' in the unit '{Diagnostic.Window(name)}'", $"单位“{Diagnostic.Window(name)}”的“=”后");
            }
            Take();
            factor = number.Number;
            var ofStart = number.Unit is null ? Current.Start : number.Start;
            of = number.Unit ?? ParseUnitText($" after the number of the unit '{Diagnostic.Window(name)}'", $"单位“{Diagnostic.Window(name)}”的数值后");
            ofSpan = SpanFrom(ofStart);
        }
        else
        {
            throw ExpectedOneOf(["dimension", "="], $" after the unit '{Diagnostic.Window(name)}'", $"单位“{Diagnostic.Window(name)}”后");
        }
        Expect(RuleTokenKind.Semicolon, ";", $" after the unit '{Diagnostic.Window(name)}'", $"单位“{Diagnostic.Window(name)}”后");
        var declaration = Mark(new UnitDeclaration(name, dimension, factor, of), start);
        map.AddPart(declaration, RulePart.Name, nameSpan);
        map.AddPart(declaration, RulePart.Unit, ofSpan);
        return declaration;
    }

    private RateDeclaration ParseRateDeclaration()
    {
        var start = Take().Start;
        var currencyStart = Current.Start;
        var currency = ParseUnitText(" after 'rate'", "“rate”后");
        var currencySpan = SpanFrom(currencyStart);
        var rateStart = Current.Start;
        var rate = ParseNumber($" after the currency '{Diagnostic.Window(currency)}'", $"币种“{Diagnostic.Window(currency)}”后");
        var rateSpan = SpanFrom(rateStart);
        int? year = null;
        if (IsWord(Current, "in"))
        {
            Take();
            year = ParseInteger(" after 'in'", "“in”后");
        }
        string? source = null;
        if (Current.Kind == RuleTokenKind.String)
        {
            source = Take().Text;
        }
        if (!TryTake(RuleTokenKind.Semicolon))
        {
            List<string> allowed = source is not null ? [";"] : year is not null ? ["a source string", ";"] : ["in", "a source string", ";"];
            throw ExpectedOneOf(allowed, " after the rate", "汇率后");
        }
        var declaration = Mark(new RateDeclaration(currency, rate, year, source), start);
        map.AddPart(declaration, RulePart.Unit, currencySpan);
        map.AddPart(declaration, RulePart.Weight, rateSpan);
        return declaration;
    }

    private RecordSetDeclaration ParseRecordSet()
    {
        var start = Take().Start;
        var nameStart = Current.Start;
        var name = ExpectName(" after 'records'", "“records”后");
        var nameSpan = SpanFrom(nameStart);
        if (Current.Kind != RuleTokenKind.LeftBrace)
        {
            throw Expected("'{'", "“{”", $" after the record set '{Diagnostic.Window(name)}'", $"记录集“{Diagnostic.Window(name)}”后");
        }
        EnterBlock(1);
        Take();
        var fields = new List<RecordFieldDeclaration>();
        while (Current.Kind is not (RuleTokenKind.RightBrace or RuleTokenKind.End) && !StartsOuterStatement(inCategory: false) && CountStatement())
        {
            var fieldStart = taken;
            try
            {
                fields.Add(ParseRecordField(name));
            }
            catch (SyntaxAbort)
            {
                Recover(StatementWords, inBlock: true, fieldStart);
            }
        }
        CloseBlock($" to close the record set '{Diagnostic.Window(name)}'", $"结束记录集“{Diagnostic.Window(name)}”时");
        var declaration = Mark(new RecordSetDeclaration(name, fields), start);
        map.AddPart(declaration, RulePart.Name, nameSpan);
        return declaration;
    }

    private RecordFieldDeclaration ParseRecordField(string set)
    {
        var start = Current.Start;
        var name = ExpectName($" as a field of the record set '{Diagnostic.Window(set)}'", $"作为记录集“{Diagnostic.Window(set)}”的字段");
        var nameSpan = SpanFrom(start);
        string? unit = null;
        (int, int)? unitSpan = null;
        var isText = false;
        if (Current.IsKeyword("unit"))
        {
            Take();
            var unitStart = Current.Start;
            unit = ParseUnit();
            unitSpan = SpanFrom(unitStart);
        }
        else if (IsWord(Current, "text"))
        {
            Take();
            isText = true;
        }
        if (!TryTake(RuleTokenKind.Semicolon))
        {
            List<string> allowed = unit is not null || isText ? [";"] : ["unit", "text", ";"];
            throw ExpectedOneOf(allowed, $" after the field '{Diagnostic.Window(name)}'", $"字段“{Diagnostic.Window(name)}”后");
        }
        var field = Mark(new RecordFieldDeclaration(name, unit, isText), start);
        map.AddPart(field, RulePart.Name, nameSpan);
        map.AddPart(field, RulePart.Unit, unitSpan);
        return field;
    }

    /// <summary>A unit's text: '%', a name or a non-empty string.</summary>
    private string ParseUnitText(string contextEn, string contextZh)
    {
        var t = Current;
        switch (t.Kind)
        {
            case RuleTokenKind.Percent:
                Take();
                return "%";
            case RuleTokenKind.Name:
            case RuleTokenKind.String when t.Text!.Length > 0:
                Take();
                return t.Text!;
            default:
                throw Expected("a unit ('%', a name or a string)", "单位（“%”、名称或字符串）", contextEn, contextZh);
        }
    }
}
