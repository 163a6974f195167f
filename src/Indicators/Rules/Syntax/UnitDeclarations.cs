namespace Indicators.Rules.Syntax;

/// <summary>
/// A unit declared by the rules (单位声明) for a unit the library's table lacks: a base unit of a new dimension named in
/// the user's words (<c>unit 立方米 dimension 体积;</c>), or a multiple of a known or declared unit
/// (<c>unit 方 = 1 立方米;</c>). A declared unit takes the scale prefixes (万立方米) and forms quotients (万元/立方米).
/// </summary>
/// <param name="Name">The unit's symbol, letters only (立方米, 人年).</param>
/// <param name="Dimension">The name of the new dimension (体积), or <see langword="null"/> for a multiple of another unit.</param>
/// <param name="Factor">How many of <paramref name="Of"/> one of this unit is, or <see langword="null"/> for a new dimension.</param>
/// <param name="Of">The unit this one is a multiple of, as written (<c>立方米</c>), or <see langword="null"/> for a new dimension.</param>
public sealed record UnitDeclaration(string Name, string? Dimension = null, double? Factor = null, string? Of = null);

/// <summary>
/// An exchange rate stated by the rules (汇率声明): <c>rate 美元 6.4515 in 2021 "2021年人民币对美元年平均汇率（国家统计局）";</c>
/// says one 美元 is 6.4515 元 in 2021; without a year the rate holds for every year that has no rate of its own.
/// </summary>
/// <param name="Currency">The foreign currency's unit as written (美元, 港元, 欧元, 日元).</param>
/// <param name="Rate">How many 元 one unit of <paramref name="Currency"/> is.</param>
/// <param name="Year">The year the rate holds for, or <see langword="null"/> for every year.</param>
/// <param name="Source">Where the rate comes from, or <see langword="null"/>.</param>
public sealed record RateDeclaration(string Currency, double Rate, int? Year = null, string? Source = null);

/// <summary>
/// A set of records a zone brings (记录集声明), such as its firms or projects, and the fields of each record:
/// <c>records 企业 { 营业收入 unit 万元; 出口额 unit 万美元; 行业 text; }</c>. Rules count and sum them with
/// <c>count(企业, 条件)</c> and <c>sum(企业, 字段, 条件)</c>.
/// </summary>
public sealed record RecordSetDeclaration
{
    /// <summary>Creates a record set declaration.</summary>
    /// <param name="name">The set's name (企业, 项目).</param>
    /// <param name="fields">The fields, in order.</param>
    public RecordSetDeclaration(string name, IEnumerable<RecordFieldDeclaration> fields)
    {
        Guard.Against.Null(name);
        Name = name;
        Fields = RuleList<RecordFieldDeclaration>.From(fields, nameof(fields));
    }

    /// <summary>The set's name.</summary>
    public string Name { get; }

    /// <summary>The fields, in order.</summary>
    public IReadOnlyList<RecordFieldDeclaration> Fields { get; }
}

/// <summary>A field of a record set (记录字段): a number in a unit (<c>营业收入 unit 万元</c>), a plain number (<c>人数</c>), or
/// text (<c>行业 text</c>).</summary>
/// <param name="Name">The field's name.</param>
/// <param name="Unit">The unit as written, or <see langword="null"/> for a plain number or text.</param>
/// <param name="IsText">Whether the field is text (文本字段), compared with <c>==</c> or <c>!=</c> and a string.</param>
public sealed record RecordFieldDeclaration(string Name, string? Unit = null, bool IsText = false);

/// <summary>A string in an expression (文本字面量), compared with a text field of records inside <c>count</c> or
/// <c>sum</c>: <c>行业 == "制造业"</c>.</summary>
/// <param name="Value">The text.</param>
public sealed record TextLiteral(string Value) : RuleExpression;
