using Indicators.Rules.Syntax;

namespace Indicators.Rules;

// Issue 13 (groups): tables by a zone attribute, weights by zone type, removals in an extending scheme
// (docs/rule-language.md, "Issue 13 constructs").
internal sealed partial class RuleParser
{
    /// <summary>What a scheme's block says about zone types and removals, gathered while its items are read.</summary>
    private sealed class SchemeGroups
    {
        internal string? WeightsBy { get; set; }

        internal List<RemovalDeclaration> Removed { get; } = [];
    }

    /// <summary><c>table NAME by ATTRIBUTE { KEY number; … rest number; }</c>.</summary>
    private TableDeclaration ParseTable()
    {
        var start = Take().Start;
        var nameStart = Current.Start;
        var name = ExpectName(" after 'table'", "“table”后");
        var nameSpan = SpanFrom(nameStart);
        if (!Current.IsKeyword("by"))
        {
            throw Expected("'by'", "“by”", $" after the table's name '{Diagnostic.Window(name)}'", $"表“{Diagnostic.Window(name)}”的名称后");
        }
        Take();
        var attribute = ExpectName(" after 'by' (a zone attribute)", "“by”后（开发区属性）");
        if (Current.Kind != RuleTokenKind.LeftBrace)
        {
            throw Expected("'{'", "“{”", $" after the attribute of the table '{Diagnostic.Window(name)}'", $"表“{Diagnostic.Window(name)}”的属性后");
        }
        EnterBlock(1);
        Take();
        var rows = new List<TableRowDeclaration>();
        while (Current.Kind is not (RuleTokenKind.RightBrace or RuleTokenKind.End) && !StartsOuterStatement(inCategory: false) && CountStatement())
        {
            var rowStart = taken;
            try
            {
                rows.Add(ParseTableRow(name));
            }
            catch (SyntaxAbort)
            {
                Recover(BlockEndWords, inBlock: true, rowStart);
            }
        }
        CloseBlock($" to close the table '{Diagnostic.Window(name)}'", $"结束表“{Diagnostic.Window(name)}”时");
        var table = Mark(new TableDeclaration(name, attribute, rows), start);
        map.AddPart(table, RulePart.Name, nameSpan);
        return table;
    }

    private TableRowDeclaration ParseTableRow(string table)
    {
        var start = Current.Start;
        string? key = null;
        if (Current.IsKeyword("rest"))
        {
            Take();
        }
        else
        {
            key = ExpectName($" at the start of a row of the table '{Diagnostic.Window(table)}' (an attribute value or 'rest')",
                $"表“{Diagnostic.Window(table)}”的行首（属性值或“rest”）");
        }
        var nameSpan = SpanFrom(start);
        var negative = false;
        if (Current.Kind == RuleTokenKind.Minus && Next.Kind == RuleTokenKind.Number)
        {
            Take();
            negative = true;
        }
        var number = Current;
        if (number.Kind != RuleTokenKind.Number)
        {
            throw Expected("a number", "数值", " after the row's attribute value", "行的属性值后");
        }
        Take();
        Expect(RuleTokenKind.Semicolon, ";", " after the row's number", "行的数值后");
        var row = Mark(new TableRowDeclaration(key, negative ? -number.Number + 0.0 : number.Number, number.Unit), start);
        map.AddPart(row, RulePart.Name, nameSpan);
        return row;
    }

    /// <summary>A scheme's <c>weights by ATTRIBUTE;</c> or <c>remove category NAME;</c>.</summary>
    private void ParseGroupItem(SchemeGroups groups, RuleToken word)
    {
        Take();
        if (word.Text == "weights")
        {
            if (!Current.IsKeyword("by"))
            {
                throw Expected("'by'", "“by”", " after 'weights'", "“weights”后");
            }
            Take();
            var attribute = ExpectName(" after 'weights by' (a zone attribute)", "“weights by”后（开发区属性）");
            Expect(RuleTokenKind.Semicolon, ";", " after the attribute of 'weights by'", "“weights by”的属性后");
            ReportDuplicate(groups.WeightsBy is not null, word, "the scheme", "方案");
            groups.WeightsBy = attribute;
            return;
        }
        if (!Current.IsKeyword("category"))
        {
            throw Expected("'category'", "“category”", " after 'remove' in a scheme (write 'remove category NAME;', or 'remove NAME;' inside a category)",
                "方案中“remove”后（写作“remove category 名称;”，或在类别中写“remove 名称;”）");
        }
        Take();
        groups.Removed.Add(ParseRemovedName(word.Start, " after 'remove category'", "“remove category”后"));
    }

    /// <summary><c>remove NAME;</c> inside a category.</summary>
    private RemovalDeclaration ParseRemoval()
    {
        var start = Take().Start;
        return ParseRemovedName(start, " after 'remove' (an entry's indicator)", "“remove”后（条目的指标）");
    }

    private RemovalDeclaration ParseRemovedName(int start, string contextEn, string contextZh)
    {
        var nameStart = Current.Start;
        var name = ExpectName(contextEn, contextZh);
        var nameSpan = SpanFrom(nameStart);
        Expect(RuleTokenKind.Semicolon, ";", " after the name removed", "删除的名称后");
        var removal = Mark(new RemovalDeclaration(name), start);
        map.AddPart(removal, RulePart.Name, nameSpan);
        return removal;
    }

    /// <summary><c>(TYPE number, TYPE number, …)</c>: weights per zone type, each 0 or more.</summary>
    private List<TypeWeightDeclaration> ParseTypeWeights(string owner)
    {
        Take();
        var weights = new List<TypeWeightDeclaration>();
        while (true)
        {
            var start = Current.Start;
            var type = ExpectName($" in the weights by type of '{Diagnostic.Window(owner)}' (a zone type)", $"“{Diagnostic.Window(owner)}”的分类型权重中（开发区类型）");
            var at = Current.Kind == RuleTokenKind.Minus ? Next : Current;
            var weight = ParseNumber(" after the zone type (its weight)", "开发区类型后（其权重）");
            if (weight < 0)
            {
                Report(RuleSyntax.WeightNotPositive, at, "a weight by type must not be negative (0: not assessed for that type)", "分类型权重不能为负（0表示该类型不考核此项）");
                weight = 0;
            }
            var typeWeight = Mark(new TypeWeightDeclaration(type, weight), start);
            map.AddPart(typeWeight, RulePart.Name, (start, Math.Max(0, previousEnd - start)));
            weights.Add(typeWeight);
            if (!TryTake(RuleTokenKind.Comma))
            {
                break;
            }
        }
        if (!TryTake(RuleTokenKind.RightParen))
        {
            throw ExpectedOneOf([",", ")"], $" in the weights by type of '{Diagnostic.Window(owner)}'", $"“{Diagnostic.Window(owner)}”的分类型权重中");
        }
        return weights;
    }
}
