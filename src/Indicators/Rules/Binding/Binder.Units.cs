using static Indicators.Diagnostic;
using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>Issue 13 (units): declared units, exchange rates, record sets, and the expressions that use them — currency
/// conversion at a stated rate, <c>count</c> and <c>sum</c> over records, text comparisons of record fields.</summary>
internal sealed partial class Binder
{
    // The words a library dimension goes by, and a unit of it to declare a multiple of instead.
    private static readonly Dictionary<string, string> LibraryDimensions = new(StringComparer.Ordinal)
    {
        ["面积"] = "平方米", ["area"] = "平方米", ["长度"] = "米", ["length"] = "米", ["质量"] = "公斤", ["重量"] = "公斤", ["mass"] = "公斤",
        ["能耗"] = "吨标准煤", ["energy"] = "吨标准煤", ["电量"] = "千瓦时", ["electricity"] = "千瓦时", ["货币"] = "元", ["money"] = "元",
        ["计数"] = "个", ["count"] = "个", ["比率"] = "%", ["ratio"] = "%",
    };

    private readonly RuleUnits ruleUnits = new();
    private readonly Dictionary<string, BoundRecordSet> recordSets = new(StringComparer.Ordinal);
    // The record set whose condition is being bound: its fields are in scope and shadow indicators of the same name.
    private BoundRecordSet? recordScope;

    // ---- declarations ----------------------------------------------------------------------------------------------

    /// <summary>Declares the rules' units (new dimensions first, then multiples in order), rates and record sets.</summary>
    private void DeclareUnits()
    {
        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in rules.Units.Where(u => u.Dimension is not null))
        {
            if (!UnitNameIsFree(unit))
            {
                continue;
            }
            var word = unit.Dimension!;
            if (LibraryDimensions.TryGetValue(word, out var known))
            {
                Report(unit, "RL2071",
                    "'" + Window(word) + "' is a dimension the library knows; declare '" + Window(unit.Name) + "' as a multiple of one of its units: unit " + Window(unit.Name) + " = 1 " + known + ";",
                    "“" + Window(word) + "”是已有的量纲；请把“" + Window(unit.Name) + "”声明为其单位的倍数：unit " + Window(unit.Name) + " = 1 " + known + ";");
                continue;
            }
            if (dimensions.TryGetValue(word, out var first))
            {
                Report(unit, "RL2071",
                    "the dimension '" + Window(word) + "' has its unit '" + Window(first) + "' already; declare '" + Window(unit.Name) + "' as a multiple of it: unit " + Window(unit.Name) + " = … " + Window(first) + ";",
                    "量纲“" + Window(word) + "”已有单位“" + Window(first) + "”；请把“" + Window(unit.Name) + "”声明为它的倍数：unit " + Window(unit.Name) + " = … " + Window(first) + ";");
                continue;
            }
            dimensions[word] = unit.Name;
            ruleUnits.Declare(new UnitTable.Base(unit.Name, Dimension.Declared(word), 1, 1));
            WarnPrefixedForms(unit);
        }
        foreach (var unit in rules.Units.Where(u => u.Dimension is null))
        {
            if (!UnitNameIsFree(unit))
            {
                continue;
            }
            if (unit.Factor is not double factor || unit.Of is null || !double.IsFinite(factor) || factor <= 0)
            {
                Report(unit, "RL2072", "the unit '" + Window(unit.Name) + "' needs a positive number and a unit: unit " + Window(unit.Name) + " = 1 立方米;",
                    "单位“" + Window(unit.Name) + "”须写成正数和单位：unit " + Window(unit.Name) + " = 1 立方米;");
                continue;
            }
            if (ReadUnit(unit, unit.Of) is not { } read)
            {
                continue;
            }
            if (read.Unit is not { } of || of.IsCompound || of.Dimension.Kind == DimensionKind.Ratio)
            {
                Report(unit, RulePart.Unit, "RL2072",
                    "the unit '" + Window(unit.Name) + "' cannot be a multiple of " + Window(unit.Of) + ": it must be a simple unit of a dimension, not a ratio or a quotient",
                    "单位“" + Window(unit.Name) + "”不能是" + Window(unit.Of) + "的倍数：须为某一量纲的简单单位，不能是比率或复合单位");
                continue;
            }
            ruleUnits.Declare(new UnitTable.Base(unit.Name, of.Dimension, factor * of.ScaleNumerator, of.ScaleDenominator));
            WarnPrefixedForms(unit);
        }
        DeclareRates();
        DeclareRecordSets();
    }

    /// <summary>RL2070 when the name cannot follow a number or is a unit already (the library's or declared before).</summary>
    private bool UnitNameIsFree(UnitDeclaration unit)
    {
        var name = unit.Name;
        if (name == "%" || !RuleSyntax.IsUnitSuffix(name))
        {
            Report(unit, RulePart.Name, "RL2070",
                "'" + Window(name) + "' cannot name a unit: a unit's name is letters only (立方米), so that it can follow a number (5立方米)",
                "“" + Window(name) + "”不能作单位名称：单位名称只能由文字组成（如立方米），以便写在数值后（5立方米）");
            return false;
        }
        var existing = name is "pp" or "个百分点" ? null : ruleUnits.Parse(name);
        if (existing is null || existing.Success)
        {
            var what = existing is { Success: true } ? " (" + RuleType.Quantity(existing.Value).Describe(ExplanationLanguage.English) + ")" : "";
            var whatZh = existing is { Success: true } ? "（" + RuleType.Quantity(existing.Value).Describe(ExplanationLanguage.Chinese) + "）" : "";
            Report(unit, RulePart.Name, "RL2070", "'" + Window(name) + "' is a unit already" + what + "; declare only units the rules do not know",
                "“" + Window(name) + "”已是计量单位" + whatZh + "；只需声明尚未有的单位");
            return false;
        }
        return true;
    }

    /// <summary>RL2075 (a warning): a prefixed form of the declared unit that is the library's unit already keeps the library's
    /// meaning — <c>unit 方 = 1 立方米;</c> leaves 万方 the library's 万平方米.</summary>
    private void WarnPrefixedForms(UnitDeclaration unit)
    {
        foreach (var prefix in UnitTable.Prefixes)
        {
            var form = prefix.Symbol + unit.Name;
            if (UnitTable.ParseSimple(form, out _) is { } library)
            {
                Report(unit, RulePart.Name, "RL2075",
                    "'" + form + "' stays the library's unit " + library.Symbol + " (" + RuleType.Quantity(library) + "), not " + prefix.Symbol + " × " + Window(unit.Name) +
                    "; write the prefix before the full unit instead",
                    "“" + form + "”仍是已有单位" + library.Symbol + "（" + RuleType.Quantity(library).Describe(ExplanationLanguage.Chinese) + "），不是" + prefix.Symbol + "个" + Window(unit.Name) +
                    "；请在完整单位前加前缀", DiagnosticSeverity.Warning);
            }
        }
    }

    private void DeclareRates()
    {
        foreach (var rate in rules.Rates)
        {
            var parsed = ruleUnits.Parse(rate.Currency);
            if (!parsed.Success || parsed.Value.Dimension.Kind != DimensionKind.Money || parsed.Value.Dimension.Currency is not { } currency || currency == Currency.Cny)
            {
                Report(rate, RulePart.Unit, "RL2073",
                    "'" + Window(rate.Currency) + "' is not a foreign currency: a rate says how many 元 one 美元, 港元, 欧元 or 日元 is (rate 美元 6.4515 in 2021;)",
                    "“" + Window(rate.Currency) + "”不是外币：汇率表示1美元、港元、欧元或日元折合多少元（rate 美元 6.4515 in 2021;）");
                continue;
            }
            if (!double.IsFinite(rate.Rate) || rate.Rate <= 0)
            {
                Report(rate, RulePart.Weight, "RL2073", "the rate of " + Window(rate.Currency) + " must be a positive number, not " + NumberText.Format(rate.Rate),
                    Window(rate.Currency) + "的汇率须为正数，而不是" + NumberText.Format(rate.Rate));
                continue;
            }
            if (rate.Year is int year && (year < 1900 || year > 2200))
            {
                Report(rate, "RL2073", Invariant($"the year of the rate of {Window(rate.Currency)} must be from 1900 to 2200, not {year}"),
                    Invariant($"{Window(rate.Currency)}汇率的年份须在1900至2200之间，而不是{year}"));
                continue;
            }
            // A rate stated for 万美元 is per 10000 美元: keep it per 美元.
            var perBase = rate.Rate / parsed.Value.ConvertValue(1, UnitTable.Get(RuleUnits.Symbol(currency)));
            if (!ruleUnits.TryAddRate(currency, rate.Year, perBase, rate, out var first))
            {
                var (when, whenZh) = rate.Year is int y ? (Invariant($"in {y}"), Invariant($"{y}年")) : ("for every year", "（不分年份）");
                Report(rate, "RL2074",
                    "a second rate of " + RuleUnits.Symbol(currency) + " " + when + " (the first is " + NumberText.Format(first.Rate) + "); state one rate per currency and year",
                    RuleUnits.Symbol(currency) + whenZh + "的汇率重复声明（前一个为" + NumberText.Format(first.Rate) + "）；每种货币每年只能有一个汇率");
            }
        }
    }

    private void DeclareRecordSets()
    {
        foreach (var set in rules.RecordSets)
        {
            if (recordSets.ContainsKey(set.Name))
            {
                Report(set, RulePart.Name, "RL2076", "the record set '" + Window(set.Name) + "' is declared twice", "记录集“" + Window(set.Name) + "”重复声明");
                continue;
            }
            var fields = new Dictionary<string, BoundRecordFieldInfo>(StringComparer.Ordinal);
            foreach (var field in set.Fields)
            {
                if (fields.ContainsKey(field.Name))
                {
                    Report(field, RulePart.Name, "RL2076", "the record set '" + Window(set.Name) + "' has the field '" + Window(field.Name) + "' twice",
                        "记录集“" + Window(set.Name) + "”的字段“" + Window(field.Name) + "”重复声明");
                    continue;
                }
                if (field.IsText)
                {
                    fields[field.Name] = new BoundRecordFieldInfo(field.Name, RuleType.Boolean, 1, IsText: true);
                    continue;
                }
                var (type, _, factor) = field.Unit is null ? (RuleType.Number, (Unit?)null, 1.0) : ReadUnit(field, field.Unit) ?? (RuleType.Number, null, double.NaN);
                if (double.IsNaN(factor))
                {
                    continue;
                }
                fields[field.Name] = new BoundRecordFieldInfo(field.Name, type, factor, IsText: false);
            }
            recordSets[set.Name] = new BoundRecordSet(set, fields);
        }
    }

    // ---- currencies ------------------------------------------------------------------------------------------------

    /// <summary>Money in another currency than <paramref name="target"/>'s, converted into it at the rules' rate when they state
    /// rates for both currencies; anything else unchanged (so without a rate the unit rules report as before).</summary>
    internal BoundExpression AlignCurrency(BoundExpression expression, RuleType target)
    {
        if (expression.Type.Kind != RuleTypeKind.Quantity || target.Kind != RuleTypeKind.Quantity
            || expression.Type.Dimension!.Currency is not { } from || target.Dimension!.Currency is not { } to || from == to
            || !ruleUnits.HasRate(from) || !ruleUnits.HasRate(to))
        {
            return expression;
        }
        return new BoundExchange(expression.Syntax, target, expression, expression.Type.Unit!.ConvertValue(1, target.Unit!), from, to);
    }

    /// <summary>The right operand of a sum, difference, quotient or comparison in the left's currency, at the rules' rate.</summary>
    private BoundExpression AlignCurrency(RuleBinaryOperator op, BoundExpression left, BoundExpression right) =>
        op is RuleBinaryOperator.Multiply or RuleBinaryOperator.Power or RuleBinaryOperator.And or RuleBinaryOperator.Or ? right : AlignCurrency(right, left.Type);

    // ---- records ---------------------------------------------------------------------------------------------------

    /// <summary>Whether <paramref name="call"/> is a count or sum over records: a record set names its first argument, or the
    /// rules declare record sets and no registered function takes the name.</summary>
    private bool IsRecordCall(CallExpression call) =>
        call.Function is "count" or "sum"
        && ((call.Arguments.Count > 0 && call.Arguments[0] is NameReference set && recordSets.ContainsKey(set.Name))
            || (rules.RecordSets.Count > 0 && !environment.TryGetFunction(call.Function, out _)));

    private BoundExpression? BindRecordCall(CallExpression call)
    {
        var isCount = call.Function == "count";
        if (recordScope is not null)
        {
            return Error(call, "RL2077", Window(call.Function) + "() cannot stand inside the condition of another count() or sum()",
                "函数" + Window(call.Function) + "不能写在另一个count或sum的条件中");
        }
        if (!Arity(call, isCount ? 1 : 2, isCount ? 2 : 3))
        {
            return null;
        }
        if (call.Arguments[0] is not NameReference setName || !recordSets.TryGetValue(setName.Name, out var set))
        {
            var written = call.Arguments[0] is NameReference n ? n.Name : RuleExpressionText.Format(call.Arguments[0]);
            var known = recordSets.Count == 0 ? "" : " (" + WindowList([.. recordSets.Keys], ", ") + ")";
            var knownZh = recordSets.Count == 0 ? "" : "（" + WindowList([.. recordSets.Keys], "、") + "）";
            return Error(call.Arguments[0], "RL2077",
                "the first argument of " + call.Function + "() must be a record set declared with 'records'" + known + ", not '" + Window(written) + "'",
                "函数" + call.Function + "的第1个参数应为用“records”声明的记录集" + knownZh + "，而不是“" + Window(written) + "”");
        }
        BoundRecordFieldInfo? summed = null;
        if (!isCount && (call.Arguments[1] is not NameReference fieldName || !set.Fields.TryGetValue(fieldName.Name, out summed) || summed.IsText))
        {
            var numeric = set.Fields.Values.Where(f => !f.IsText).Select(f => f.Name).ToList();
            return Error(call.Arguments[1], "RL2077",
                "the second argument of sum() must be a numeric field of '" + Window(set.Name) + "'" + (numeric.Count > 0 ? " (" + WindowList(numeric, ", ") + ")" : ""),
                "函数sum的第2个参数应为记录集“" + Window(set.Name) + "”的数值字段" + (numeric.Count > 0 ? "（" + WindowList(numeric, "、") + "）" : ""));
        }
        BoundExpression? condition = null;
        var conditionIndex = isCount ? 1 : 2;
        if (call.Arguments.Count > conditionIndex)
        {
            recordScope = set;
            try
            {
                condition = BindExpression(call.Arguments[conditionIndex]);
            }
            finally
            {
                recordScope = null;
            }
            if (condition is null)
            {
                return null;
            }
            if (condition.Type.Kind != RuleTypeKind.Boolean)
            {
                return Error(call.Arguments[conditionIndex], "RL2077",
                    "the condition of " + call.Function + "() over '" + Window(set.Name) + "' must be a truth value, not " + condition.Type,
                    "函数" + call.Function + "对“" + Window(set.Name) + "”的条件应为真假值，而不是" + condition.Type.Describe(ExplanationLanguage.Chinese));
            }
        }
        return new BoundRecordAggregate(call, isCount ? RuleType.Number : summed!.Type, set, summed, condition);
    }

    /// <summary>Whether <paramref name="name"/> is a field of the records whose condition is being bound.</summary>
    private bool IsRecordField(NameReference name) => recordScope is not null && recordScope.Fields.ContainsKey(name.Name);

    private BoundExpression? BindRecordField(NameReference name)
    {
        var field = recordScope!.Fields[name.Name];
        if (field.IsText)
        {
            return Error(name, "RL2078", "'" + Window(name.Name) + "' is a text field of '" + Window(recordScope.Name) + "': compare it with == or != and a string (" + Window(name.Name) + " == \"…\")",
                "“" + Window(name.Name) + "”是记录集“" + Window(recordScope.Name) + "”的文本字段：请用==或!=与字符串比较（" + Window(name.Name) + " == \"…\"）");
        }
        return new BoundRecordField(name, field) { PerMille = field.Type.Kind == RuleTypeKind.Number && field.InsideFactor != 1 };
    }

    /// <summary>Whether <paramref name="expression"/> is text: a string, or a text field of the records in scope.</summary>
    private bool IsText(RuleExpression expression) =>
        expression is TextLiteral || (expression is NameReference name && recordScope is not null && recordScope.Fields.TryGetValue(name.Name, out var f) && f.IsText);

    /// <summary>A comparison with text on either side: a text field of the records in scope, == or !=, and a string.</summary>
    private BoundExpression? BindTextComparison(RuleBinaryExpression binary)
    {
        var (field, literal) = binary.Left is TextLiteral l ? (binary.Right, l) : (binary.Left, binary.Right as TextLiteral);
        if (binary.Operator is not (RuleBinaryOperator.Equal or RuleBinaryOperator.NotEqual) || literal is null
            || field is not NameReference name || recordScope is null || !recordScope.Fields.TryGetValue(name.Name, out var info) || !info.IsText)
        {
            var text = RuleExpressionText.Format(binary);
            return Error(binary, "RL2078",
                "'" + Window(text) + "': text is compared only as a text field of records and a string, with == or != (行业 == \"制造业\") inside count() or sum()",
                "“" + Window(text) + "”：文本只能在count或sum中以记录的文本字段与字符串用==或!=比较（行业 == \"制造业\"）");
        }
        return new BoundTextComparison(binary, info, literal.Value, binary.Operator == RuleBinaryOperator.Equal);
    }

    /// <summary>A string anywhere but in a comparison with a text field of records (RL2078).</summary>
    private BoundExpression? BindTextLiteral(TextLiteral text) =>
        Error(text, "RL2078",
            "a string (\"" + Window(text.Value) + "\") stands only in a comparison with a text field of records inside count() or sum(): count(企业, 行业 == \"制造业\")",
            "字符串（\"" + Window(text.Value) + "\"）只能在count或sum中与记录的文本字段比较：count(企业, 行业 == \"制造业\")");

    /// <summary>A count shown in a declared unit of counting (家, 个, 万家): a plain number of records becomes that quantity.</summary>
    private static BoundConvert? FitCount(PlanSlot slot, BoundExpression formula)
    {
        if (formula is not BoundRecordAggregate { Field: null } || slot.Type.Kind != RuleTypeKind.Quantity
            || slot.Unit is not { Dimension: { Kind: DimensionKind.Count, Noun: { } noun } } unit || UnitTable.CountUnit(noun) is not { } one)
        {
            return null;
        }
        return new BoundConvert(formula.Syntax, slot.Type, formula, one.ConvertValue(1, unit));
    }

    /// <summary>The units the rules declare, for RL2013's list: none when they declare none.</summary>
    private (string English, string Chinese) DeclaredUnitsNote()
    {
        if (ruleUnits.DeclaredSymbols.Count == 0)
        {
            return ("", "");
        }
        var list = WindowList([.. ruleUnits.DeclaredSymbols], ", ");
        return (" The rules declare " + list + ".", "规则声明的单位有" + WindowList([.. ruleUnits.DeclaredSymbols], "、") + "。");
    }

    /// <summary>The names a formula reads as indicators, for ordering derived indicators: as <see cref="NamesIn"/>, but inside
    /// count() and sum() over a declared record set the set's name and its fields are no indicators (a field shadows one).</summary>
    private IEnumerable<string> DependencyNames(RuleExpression root)
    {
        var stack = new Stack<(RuleExpression Node, BoundRecordSet? Scope)>();
        stack.Push((root, null));
        while (stack.Count > 0)
        {
            var (node, scope) = stack.Pop();
            if (node is NameReference name)
            {
                if (scope is null || !scope.Fields.ContainsKey(name.Name))
                {
                    yield return name.Name;
                }
                continue;
            }
            var inner = scope;
            var skip = 0;
            if (node is CallExpression { Function: "count" or "sum" } call && call.Arguments.Count > 0
                && call.Arguments[0] is NameReference set && recordSets.TryGetValue(set.Name, out var records))
            {
                (inner, skip) = (records, 1);
            }
            foreach (var child in Children(node).Skip(skip))
            {
                stack.Push((child, inner));
            }
        }
    }
}
