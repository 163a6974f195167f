using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Rules;

/// <summary>Random rule models for the builder's properties, and a rebuild of any model through the fluent builder.</summary>
internal static class BuilderModels
{
    private static readonly string[] Names = ["GDP", "RdSpending", "OperatingRevenue", "研发经费", "营业收入", "R&D经费", "total", "x_1", "地区"];
    private static readonly string?[] Units = [null, "%", "万元", "亿元", "吨标准煤/万元", "家"];
    private static readonly string?[] Texts = [null, "研发经费", "增长8%以上", "a \"quoted\" title", "确保8%、力争10%"];

    internal static Gen<string> Name => Gen.Elements(Names);

    internal static Gen<double> Number =>
        Gen.OneOf(Gen.Choose(0, 1000).Select(i => (double)i), Gen.Choose(0, 100000).Select(i => i / 1000.0), Gen.Elements(1.2, 0.05, 1e-7, 12345678.9));

    internal static Gen<RuleExpression> Expression(int depth)
    {
        var leaf = Gen.OneOf(
            Name.Select(n => (RuleExpression)new NameReference(n)),
            from v in Number
            from u in Gen.Elements<string?>([.. Units, "pp"])
            select (RuleExpression)new NumberLiteral(v, u),
            Gen.Elements(true, false).Select(b => (RuleExpression)new BooleanLiteral(b)));
        if (depth <= 0)
        {
            return leaf;
        }
        var sub = Expression(depth - 1);
        return Gen.Frequency(
            (3, leaf),
            (4, from op in Gen.Elements(Enum.GetValues<RuleBinaryOperator>())
                from l in sub
                from r in sub
                select (RuleExpression)new RuleBinaryExpression(op, l, r)),
            (1, from op in Gen.Elements(RuleUnaryOperator.Negate, RuleUnaryOperator.Not)
                from e in sub
                select (RuleExpression)new RuleUnaryExpression(op, e)),
            (1, from f in Gen.Elements("min", "max", "growth", "if", "coalesce")
                from n in Gen.Choose(0, 3)
                from args in Gen.ArrayOf(sub, n)
                select (RuleExpression)new CallExpression(f, args)));
    }

    private static Gen<T?> OrNull<T>(Gen<T> gen) where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<string?> OrNullText(Gen<string> gen) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (2, gen.Select(v => (string?)v)));

    internal static Gen<ScoringMethodReference> Method =>
        from name in Gen.Elements("capped_ratio", "base_step", "efficacy_coefficient", "my_method")
        from n in Gen.Choose(0, 3)
        from args in Gen.ArrayOf(
            from argName in OrNullText(Gen.Elements("cap", "mode", "base"))
            from value in Gen.OneOf(Number.Select(v => (RuleExpression)new NumberLiteral(v)), Gen.Elements("floor", "proportional").Select(w => (RuleExpression)new NameReference(w)))
            select new RuleArgument(argName, value), n)
        select new ScoringMethodReference(name, args);

    internal static Gen<ScoredIndicatorDeclaration> Entry =>
        from code in Name
        from weight in OrNull(Gen.OneOf(Number.Select(v => IndicatorWeight.Points(v + 1)), Number.Select(v => IndicatorWeight.Multiplier(v + 0.5))))
        from method in Gen.Frequency((1, Gen.Constant<ScoringMethodReference?>(null)), (2, Method.Select(m => (ScoringMethodReference?)m)))
        from missing in OrNull(Gen.Elements(Enum.GetValues<MissingDataPolicy>()))
        from target in OrNull(Number)
        from stretch in OrNull(Number)
        from baseline in OrNull(Number.Select(v => -v))
        select new ScoredIndicatorDeclaration(code, weight, method, missing, target, stretch, baseline);

    internal static Gen<CategoryDeclaration> Category =>
        from name in Name
        from weight in OrNull(Number)
        from cap in OrNull(Number)
        from hasEntries in Gen.Elements(true, true, false)
        from n in Gen.Choose(0, 3)
        from entries in Gen.ArrayOf(Entry, n)
        select new CategoryDeclaration(name, weight, cap, hasEntries ? entries : null);

    internal static Gen<SchemeDeclaration> Scheme =>
        from name in Name
        from title in Gen.Elements(Texts)
        from extends in OrNullText(Name)
        from total in OrNull(Number)
        from nc in Gen.Choose(0, 3)
        from categories in Gen.ArrayOf(Category, nc)
        from nb in Gen.Choose(0, 2)
        from bonuses in Gen.ArrayOf(
            from code in Name
            from points in Number
            from kind in Gen.Elements(BonusKind.PerEvent, BonusKind.Fixed)
            from cap in OrNull(Number)
            from trigger in Trigger(perAllowed: true)
            select new BonusDeclaration(code, "获国家级荣誉", points, kind, cap) { Trigger = trigger }, nb)
        from bonusCap in OrNull(Number)
        from nd in Gen.Choose(0, 2)
        from deductions in Gen.ArrayOf(Number.SelectMany(_ => Trigger(perAllowed: true), (p, t) => new DeductionDeclaration("环保督察", "反馈问题", p) { Trigger = t }), nd)
        from nv in Gen.Choose(0, 2)
        from vetoes in Gen.ArrayOf(
            from form in Gen.Elements(Enum.GetValues<VetoForm>())
            from trigger in Trigger(perAllowed: false)
            select new VetoDeclaration("重大事故", "发生重大事故", form, form == VetoForm.CapGrade ? "合格" : null) { Trigger = trigger }, nv)
        from ng in Gen.Choose(0, 3)
        from grades in Gen.ArrayOf(Gen.OneOf(
            Number.Select(m => new GradeDeclaration("优秀", MinimumScore: m)),
            OrNull(Gen.Choose(1, 50)).Select(r => new GradeDeclaration("第一档", LastRank: r))), ng)
        from ranking in Gen.Frequency(
            (1, Gen.Constant<RankingDeclaration?>(null)),
            (2, from m in Gen.Elements(RankingMethod.Competition, RankingMethod.Dense)
                from ties in OrNull(Gen.Choose(0, 4))
                from within in OrNullText(Name)
                select (RankingDeclaration?)new RankingDeclaration(m, ties, within)))
        select new SchemeDeclaration(name, title, extends, total, categories, bonuses, bonusCap, deductions, vetoes, grades, ranking);

    /// <summary>Issue 13: no trigger, or <c>per</c> / <c>when</c> an expression (a veto: <c>when</c> only).</summary>
    private static Gen<RuleTrigger?> Trigger(bool perAllowed) => Gen.Frequency(
        (2, Gen.Constant<RuleTrigger?>(null)),
        (1, from kind in perAllowed ? Gen.Elements(RuleTriggerKind.Per, RuleTriggerKind.When) : Gen.Constant(RuleTriggerKind.When)
            from expression in Expression(2)
            select (RuleTrigger?)new RuleTrigger(kind, expression)));

    internal static Gen<RuleSet> RuleSets =>
        from ni in Gen.Choose(0, 4)
        from indicators in Gen.ArrayOf(
            from name in Name
            from title in Gen.Elements(Texts)
            from unit in Gen.Elements(Units)
            from polarity in OrNull(Gen.Elements(Polarity.Positive, Polarity.Reverse))
            from formula in Gen.Frequency((1, Gen.Constant<RuleExpression?>(null)), (2, Expression(4).Select(e => (RuleExpression?)e)))
            select new IndicatorDeclaration(name, title, unit, polarity, formula), ni)
        from nt in Gen.Choose(0, 2)
        from targets in Gen.ArrayOf(Name.Select(n => new TargetDeclaration(n, "增长8%以上")), nt)
        from nk in Gen.Choose(0, 2)
        from checks in Gen.ArrayOf(
            from name in Name
            from condition in Expression(3)
            from message in Gen.Elements(Texts)
            select new CheckDeclaration(name, condition, message), nk)
        from ns in Gen.Choose(0, 2)
        from schemes in Gen.ArrayOf(Scheme, ns)
        select new RuleSet(indicators, targets, checks, schemes);

    /// <summary>Writes <paramref name="model"/> again through the fluent builder, formulas through <see cref="Rule"/> and the operators.</summary>
    internal static RuleSet Rebuild(RuleSet model)
    {
        var builder = RuleSet.CreateBuilder();
        foreach (var indicator in model.Indicators)
        {
            if (indicator.Formula is null)
            {
                builder.Indicator(indicator.Name, indicator.Title, indicator.Unit, indicator.Polarity);
            }
            else
            {
                builder.Derived(indicator.Name, Formula(indicator.Formula), indicator.Unit, indicator.Title, indicator.Polarity);
            }
        }
        foreach (var target in model.Targets)
        {
            builder.Target(target.Indicator, target.Wording);
        }
        foreach (var check in model.Checks)
        {
            builder.Check(check.Name, Formula(check.Condition), check.Message);
        }
        foreach (var scheme in model.Schemes)
        {
            builder.Scheme(scheme.Name, scheme.Title, s => RebuildScheme(scheme, s));
        }
        return builder.Build();
    }

    private static void RebuildScheme(SchemeDeclaration scheme, RuleSchemeBuilder s)
    {
        if (scheme.Extends is not null)
        {
            s.Extends(scheme.Extends);
        }
        if (scheme.Total is double total)
        {
            s.Total(total);
        }
        foreach (var category in scheme.Categories)
        {
            if (category.Indicators is null)
            {
                s.Category(category.Name, category.Weight, category.Cap);
                continue;
            }
            s.Category(category.Name, category.Weight, c =>
            {
                foreach (var e in category.Indicators)
                {
                    c.Indicator(e.Indicator, e.Weight, e.Method is null ? null : RuleMethods.Of(e.Method.Name, [.. e.Method.Arguments]),
                        e.Missing, e.Target, e.Stretch, e.Baseline);
                }
            }, category.Cap);
        }
        foreach (var b in scheme.Bonuses)
        {
            _ = b.Trigger is { } t ? s.Bonus(b.Code, b.Title, b.Points, t, b.Kind, b.Cap) : s.Bonus(b.Code, b.Title, b.Points, b.Kind, b.Cap);
        }
        if (scheme.BonusCap is double bonusCap)
        {
            s.BonusCap(bonusCap);
        }
        foreach (var d in scheme.Deductions)
        {
            _ = d.Trigger is { } t ? s.Deduction(d.Code, d.Title, d.PointsPerEvent, t) : s.Deduction(d.Code, d.Title, d.PointsPerEvent);
        }
        foreach (var v in scheme.Vetoes)
        {
            _ = v.Trigger is { } t ? s.Veto(v.Code, v.Title, v.Form, t, v.GradeCap) : s.Veto(v.Code, v.Title, v.Form, v.GradeCap);
        }
        foreach (var g in scheme.Grades)
        {
            if (g.MinimumScore is double min)
            {
                s.Grade(g.Name, min);
            }
            else
            {
                s.Tier(g.Name, g.LastRank);
            }
        }
        if (scheme.Ranking is { } r)
        {
            s.Rank(r.Method, r.TieDecimals, r.GroupBy);
        }
    }

    /// <summary>The expression rewritten with <see cref="Rule"/> and the operators of <see cref="RuleFormula"/>.</summary>
    internal static RuleFormula Formula(RuleExpression expression) => expression switch
    {
        NameReference n => Rule.Name(n.Name),
        NumberLiteral { Unit: null } n => n.Value,
        NumberLiteral { Unit: "%" } n => Rule.Percent(n.Value),
        NumberLiteral { Unit: "pp" } n => Rule.Points(n.Value),
        NumberLiteral n => Rule.Number(n.Value, n.Unit),
        BooleanLiteral b => Rule.Boolean(b.Value),
        // -(5) stays a negation: the operator folds a literal into -5, as the text does.
        RuleUnaryExpression { Operator: RuleUnaryOperator.Negate, Operand: NumberLiteral n } u when !double.IsNegative(n.Value) => RuleFormula.Of(u),
        RuleUnaryExpression { Operator: RuleUnaryOperator.Negate } u => -Formula(u.Operand),
        RuleUnaryExpression u => !Formula(u.Operand),
        CallExpression c => Rule.Call(c.Function, [.. c.Arguments.Select(Formula)]),
        RuleBinaryExpression b => Binary(b.Operator, Formula(b.Left), Formula(b.Right)),
        _ => throw new ArgumentOutOfRangeException(nameof(expression)),
    };

    private static RuleFormula Binary(RuleBinaryOperator op, RuleFormula l, RuleFormula r) => op switch
    {
        RuleBinaryOperator.Add => l + r,
        RuleBinaryOperator.Subtract => l - r,
        RuleBinaryOperator.Multiply => l * r,
        RuleBinaryOperator.Divide => l / r,
        RuleBinaryOperator.Power => l.Power(r),
        RuleBinaryOperator.Less => l < r,
        RuleBinaryOperator.LessOrEqual => l <= r,
        RuleBinaryOperator.Greater => l > r,
        RuleBinaryOperator.GreaterOrEqual => l >= r,
        RuleBinaryOperator.Equal => l.EqualTo(r),
        RuleBinaryOperator.NotEqual => l.NotEqualTo(r),
        RuleBinaryOperator.And => l & r,
        RuleBinaryOperator.Or => l | r,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };
}
