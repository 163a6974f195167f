using System.Globalization;
using System.Text;

namespace Indicators.Assessment;

/// <summary>The person-readable text of a <see cref="ZoneAssessment"/>, in Chinese or English.</summary>
internal static partial class AssessmentExplainer
{
    internal static string Explain(ZoneAssessment result, ExplanationLanguage language)
    {
        var zh = language == ExplanationLanguage.Chinese;
        var n = (Func<double, string>)AssessmentText.Number;
        var text = new StringBuilder();
        text.Append(zh ? "开发区 " : "Zone ").Append(result.Id.Code);
        if (result.Group is not null)
        {
            text.Append(zh ? "（" + result.Group + "）" : " (" + result.Group + ")");
        }
        text.Append(zh ? "：综合得分 " : ": total ").Append(n(result.Total));
        text.Append(zh ? "；" : "; ").Append(RankText(result, zh));
        text.Append(zh ? "；等级 " : "; grade ").Append(result.Grade ?? (zh ? "无" : "none"));
        AppendWeightType(text, result, zh);
        text.AppendLine();

        var number = 0;
        foreach (var category in result.Categories)
        {
            number++;
            text.Append(CultureInfo.InvariantCulture, $"{number}. ").Append(category.Name)
                .Append(zh ? "（权重 " : " (weight ").Append(n(category.Category.Weight)).Append(zh ? "）：小计 " : "): subtotal ")
                .Append(n(category.Subtotal));
            if (category.Subtotal < category.Uncapped)
            {
                text.Append(zh ? "（" + n(category.Uncapped) + " 封顶至 " + n(category.Subtotal) + "）" : " (" + n(category.Uncapped) + " capped at " + n(category.Subtotal) + ")");
            }
            if (category.Scale != 1)
            {
                text.Append(ReweightingText(category, zh));
            }
            text.AppendLine();
            foreach (var indicator in category.Indicators)
            {
                text.Append("   ").Append(IndicatorLine(indicator, zh)).AppendLine();
            }
        }

        text.Append(zh ? "加分：" : "Bonus: ").Append(n(result.Bonus));
        AppendItems(text, result, NoteItem.Bonus, result.BonusItems, zh);
        var itemsBonus = result.BonusItems.Sum(b => b.Points);
        if (result.Bonus < itemsBonus)
        {
            text.Append(zh ? "，加分合计 " + n(itemsBonus) + " 封顶至 " + n(result.Bonus) : ", items " + n(itemsBonus) + " capped at " + n(result.Bonus));
        }
        text.AppendLine();
        text.Append(zh ? "扣分：" : "Deductions: ").Append(n(result.Deductions));
        AppendItems(text, result, NoteItem.Deduction, result.DeductionItems, zh);
        text.AppendLine();

        text.Append(zh ? "合计：" : "Sum: ").Append(n(result.Subtotal)).Append(" + ").Append(n(result.Bonus)).Append(" − ").Append(n(result.Deductions));
        if (result.Subtotal + result.Bonus - result.Deductions < 0)
        {
            text.Append(zh ? "，低于0按0计" : ", floored at 0");
        }
        text.Append(" = ").Append(n(result.BeforeVeto)).AppendLine();

        if (result.Vetoes.Count == 0)
        {
            text.Append(zh ? "一票否决：无" : "Veto: none").AppendLine();
        }
        foreach (var veto in result.Vetoes)
        {
            text.Append(zh ? "一票否决：" : "Veto: ").Append(veto.Rule.Name).Append(zh ? "（" + VetoReason(result, veto, zh) + "）：" : " (" + VetoReason(result, veto, zh) + "): ")
                .Append(VetoEffect(veto.Rule, zh)).AppendLine();
        }
        AppendUnapplied(text, result, zh);
        return text.ToString();
    }

    internal static string ExplainRanking(AssessmentResult result, ExplanationLanguage language)
    {
        var zh = language == ExplanationLanguage.Chinese;
        var text = new StringBuilder();
        text.Append(result.Scheme.Name).AppendLine();
        // Stable order: rank, then the input order, so ties print as given.
        foreach (var zone in result.OrderBy(z => z.Rank ?? int.MaxValue))
        {
            var place = zone.Rank is int rank
                ? (zh ? "第" + rank.ToString(CultureInfo.InvariantCulture) + "名 " : "#" + rank.ToString(CultureInfo.InvariantCulture) + " ")
                : (zh ? "不排名 " : "unranked ");
            text.Append(place).Append(zone.Id.Code).Append(' ').Append(AssessmentText.Number(zone.Total));
            if (zone.Group is not null)
            {
                text.Append(zh ? "（" : " (").Append(zone.Group);
                if (zone.GroupRank is int inGroup)
                {
                    text.Append(zh ? "第" + inGroup.ToString(CultureInfo.InvariantCulture) + "名" : " #" + inGroup.ToString(CultureInfo.InvariantCulture));
                }
                text.Append(zh ? "）" : ")");
            }
            if (zone.Grade is not null)
            {
                text.Append(' ').Append(zone.Grade);
            }
            foreach (var veto in zone.Vetoes)
            {
                text.Append(zh ? " 一票否决：" : " veto: ").Append(veto.Rule.Name).Append(zh ? "（" + veto.Reason + "）" : " (" + veto.Reason + ")");
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    private static string RankText(ZoneAssessment result, bool zh)
    {
        if (result.Rank is not int rank)
        {
            return zh ? "不参与排名" : "not ranked";
        }
        var overall = zh ? "总排名第" + rank.ToString(CultureInfo.InvariantCulture) + "位" : "rank " + rank.ToString(CultureInfo.InvariantCulture);
        return result.GroupRank is int inGroup
            ? overall + (zh ? "，组内第" + inGroup.ToString(CultureInfo.InvariantCulture) + "位" : ", " + inGroup.ToString(CultureInfo.InvariantCulture) + " in group")
            : overall;
    }

    private static string IndicatorLine(IndicatorAssessment indicator, bool zh)
    {
        var definition = indicator.Indicator.Definition;
        var name = zh ? definition.ChineseName : definition.EnglishName;
        var shown = indicator.Indicator.Shown;
        var head = shown == name ? shown : shown + " " + name;
        var n = (Func<double, string>)AssessmentText.Number;
        switch (indicator.Status)
        {
            case IndicatorAssessmentStatus.MissingScoredZero:
                return head + (zh ? "：数据缺失，按0分计（权重 " + n(indicator.Weight) + "）" : ": value missing, scored 0 (weight " + n(indicator.Weight) + ")");
            case IndicatorAssessmentStatus.MissingReweighted:
                return head + (zh ? "：数据缺失，权重 " + n(indicator.Indicator.Points) + " 按比例分配给本类其他指标" : ": value missing, its weight " + n(indicator.Indicator.Points) + " spread over the category's other indicators");
            default:
                var score = indicator.Score!.Value;
                var line = new StringBuilder(head);
                var unit = definition.Unit.Symbol;
                line.Append(zh ? "：实际值 " : ": value ").Append(n(indicator.Value!.Value)).Append(unit);
                var targets = indicator.Targets.Describe(zh ? ExplanationLanguage.Chinese : ExplanationLanguage.English, unit);
                if (targets.Length > 0)
                {
                    line.Append(zh ? "，" : ", ").Append(targets);
                }
                line.Append(zh ? "，权重 " : ", weight ").Append(n(indicator.Weight));
                if (indicator.Weight != indicator.Indicator.Points)
                {
                    line.Append(zh ? "（由 " + n(indicator.Indicator.Points) + " 按缺失指标重新分配）" : " (reweighted from " + n(indicator.Indicator.Points) + ")");
                }
                if (indicator.Population is ScoringPopulation p)
                {
                    line.Append(zh
                        ? "，最优值 " + n(p.Best) + unit + "，最差值 " + n(p.Worst) + unit + "，第" + p.Rank.ToString(CultureInfo.InvariantCulture) + "/" + p.Count.ToString(CultureInfo.InvariantCulture) + "位"
                        : ", best " + n(p.Best) + unit + ", worst " + n(p.Worst) + unit + ", rank " + p.Rank.ToString(CultureInfo.InvariantCulture) + " of " + p.Count.ToString(CultureInfo.InvariantCulture));
                }
                line.Append(zh ? "，方法 " : ", method ").Append(indicator.Indicator.Method.GetName(zh ? ExplanationLanguage.Chinese : ExplanationLanguage.English));
                if (score.Index is double index)
                {
                    line.Append(zh ? "，指数 " : ", index ").Append(n(index));
                }
                line.Append(zh ? "，得分 " : ", points ").Append(n(score.Points));
                var explanation = score.GetExplanation(zh ? ExplanationLanguage.Chinese : ExplanationLanguage.English);
                if (!string.IsNullOrEmpty(explanation))
                {
                    line.Append(zh ? "（" + explanation + "）" : " (" + explanation + ")");
                }
                return line.ToString();
        }
    }

    /// <summary>How the category was reweighted: its scale (all points ÷ the points kept) and what it multiplied.</summary>
    private static string ReweightingText(CategoryAssessment category, bool zh)
    {
        var n = (Func<double, string>)AssessmentText.Number;
        var all = category.Category.Indicators.Sum(i => i.Points);
        var kept = all - category.Indicators.Where(i => i.Status == IndicatorAssessmentStatus.MissingReweighted).Sum(i => i.Indicator.Points);
        var scale = zh
            ? "（折算系数 = 本类指标分值 " + n(all) + " ÷ 有数据指标分值 " + n(kept) + "）"
            : " (scale = the category's points " + n(all) + " ÷ the points kept " + n(kept) + ")";
        if (category.ReweightsSum)
        {
            return zh
                ? "；缺项重新加权：类别得分 = 折算系数 " + n(category.Scale) + " × Σ 各项得分 " + n(category.Sum) + " = " + n(category.Uncapped) + scale
                : "; reweighted for missing values: category points = scale " + n(category.Scale) + " × Σ indicator points " + n(category.Sum) + " = " + n(category.Uncapped) + scale;
        }
        return zh
            ? "；缺项重新加权：有数据指标的权重 × 折算系数 " + n(category.Scale) + scale
            : "; reweighted for missing values: each kept indicator's weight × scale " + n(category.Scale) + scale;
    }

    private static void AppendItems(StringBuilder text, ZoneAssessment result, NoteItem kind, IReadOnlyList<ItemPoints> items, bool zh)
    {
        if (items.Count == 0)
        {
            return;
        }
        var parts = items.Select(i => (zh
            ? i.Name + " " + i.Events.ToString(CultureInfo.InvariantCulture) + "项，" + AssessmentText.Number(i.Points) + "分"
            : i.Name + ": " + i.Events.ToString(CultureInfo.InvariantCulture) + " event(s), " + AssessmentText.Number(i.Points) + " points")
            + Basis(result, kind, i, zh));
        text.Append(zh ? "（" : " (").Append(string.Join(zh ? "；" : "; ", parts)).Append(zh ? "）" : ")");
    }

    private static string VetoEffect(VetoRule rule, bool zh) => rule.Form switch
    {
        VetoForm.ScoreZero => zh ? "综合得分计为0" : "total set to 0",
        VetoForm.ExcludeFromRanking => zh ? "取消排名资格" : "excluded from the ranking",
        VetoForm.RevokeHonours => zh ? "取消评先评优资格（得分、等级和排名不变）" : "honours revoked (total, grade and rank stand)",
        _ => zh ? "等级最高为 " + rule.GradeCap : "grade capped at " + rule.GradeCap,
    };
}
