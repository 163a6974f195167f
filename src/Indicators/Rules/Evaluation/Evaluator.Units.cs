using System.Globalization;
using Indicators.Assessment;

namespace Indicators.Rules;

/// <summary>Issue 13 (units): currency conversion at the rules' rate for the zone's year, and counts and sums over the
/// zone's records.</summary>
internal sealed partial class Evaluator
{
    // The record whose condition is being evaluated by count() or sum(); null outside them.
    private RuleRecord? record;

    private (double, RuleReason?) ComputeUnits(BoundExpression node, int lag, List<RuleExplanation>? parts) => node switch
    {
        BoundExchange exchange => Exchange(exchange, lag, parts),
        BoundRecordAggregate aggregate => Aggregate(aggregate, lag, parts),
        BoundRecordField field => Field(field),
        BoundTextComparison text => CompareText(text),
        _ => (double.NaN, NotANumber),
    };

    private (double, RuleReason?) Exchange(BoundExchange exchange, int lag, List<RuleExplanation>? parts)
    {
        var operandParts = parts is null ? null : new List<RuleExplanation>();
        var (value, reason) = Evaluate(exchange.Operand, lag, operandParts);
        if (double.IsNaN(value))
        {
            parts?.AddRange(operandParts!);
            return (double.NaN, reason);
        }
        var year = zone.Year - lag;
        var units = plan.UnitsAndRates;
        if (units.Rate(exchange.From, exchange.To, year) is not double rate)
        {
            parts?.AddRange(operandParts!);
            var symbol = RuleUnits.Symbol(units.PerYuan(exchange.From, year) is null ? exchange.From : exchange.To);
            return (double.NaN, year is int y
                ? new RuleReason(string.Create(CultureInfo.InvariantCulture, $"no {symbol} rate for {y}"), string.Create(CultureInfo.InvariantCulture, $"没有{y}年的{symbol}汇率"))
                : new RuleReason("the zone has no year, and no " + symbol + " rate holds for every year", "地区未给出年份，且没有不分年份的" + symbol + "汇率"));
        }
        var converted = value * exchange.Scale * rate;
        if (parts is not null)
        {
            // 2000万美元 × 6.4515 = 12903万元（2021年汇率）: the rate as the rules state it, in 元 per unit of foreign money.
            var perYuan = (from: units.PerYuan(exchange.From, year)!.Value, to: units.PerYuan(exchange.To, year)!.Value);
            var by = (exchange.From == Currency.Cny ? "" : " × " + NumberText.Format(perYuan.from)) + (exchange.To == Currency.Cny ? "" : " ÷ " + NumberText.Format(perYuan.to));
            var when = year is int y ? y.ToString(CultureInfo.InvariantCulture) + "年汇率" : "汇率";
            var shownValue = Text(exchange.Operand.Type.Shown(value), exchange.Operand.Type, exchange.Operand.Type.Unit);
            parts.Add(new RuleExplanation(shownValue + by, converted, Text(converted, exchange.Type, exchange.Type.Unit) + "（" + when + "）", null, operandParts!));
        }
        return (converted, null);
    }

    private (double, RuleReason?) Aggregate(BoundRecordAggregate aggregate, int lag, List<RuleExplanation>? parts)
    {
        var set = aggregate.Set.Name;
        if (lag != 0)
        {
            return (double.NaN, new RuleReason(set + " records are given for this period only", set + "记录只有本期数据"));
        }
        if (!zone.Records.TryGetValue(set, out var records))
        {
            return (double.NaN, new RuleReason("no " + set + " records for this zone", "没有" + set + "记录"));
        }
        var outer = record;
        double total = 0;
        var matched = new List<string>();
        var undecided = new List<(string Key, RuleReason? Reason)>();
        try
        {
            foreach (var each in records)
            {
                record = each;
                if (aggregate.Condition is { } condition)
                {
                    var (truth, why) = Evaluate(condition, 0, null);
                    if (double.IsNaN(truth))
                    {
                        undecided.Add((each.Key, why));
                        continue;
                    }
                    if (truth == 0)
                    {
                        continue;
                    }
                }
                if (aggregate.Field is { } field)
                {
                    if (!each.Values.TryGetValue(field.Name, out var raw))
                    {
                        undecided.Add((each.Key, MissingField(each, field)));
                        continue;
                    }
                    total += raw * field.InsideFactor;
                }
                matched.Add(each.Key);
            }
        }
        finally
        {
            record = outer;
        }
        if (undecided.Count > 0)
        {
            // Never a count of the decided records only: the value would be silently too small.
            var shown = undecided.Take(3).ToList();
            var more = undecided.Count > shown.Count ? "; …" : "";
            var moreZh = undecided.Count > shown.Count ? "；……" : "";
            return (double.NaN, new RuleReason(
                string.Create(CultureInfo.InvariantCulture, $"{undecided.Count} of {records.Count} {set} records undecided (") + string.Join("; ", shown.Select(u => u.Key + ": " + u.Reason?.English)) + more + ")",
                string.Create(CultureInfo.InvariantCulture, $"{records.Count}条{set}记录中有{undecided.Count}条无法判定（") + string.Join("；", shown.Select(u => u.Key + "：" + u.Reason?.Chinese)) + moreZh + "）"));
        }
        var value = aggregate.Field is null ? matched.Count : total;
        if (parts is not null)
        {
            var listed = string.Join("、", matched.Take(10)) + (matched.Count > 10 ? "……" : "");
            parts.Add(new RuleExplanation(set + "[" + listed + "]", matched.Count,
                string.Create(CultureInfo.InvariantCulture, $"{matched.Count}/{records.Count}"), null, []));
        }
        return (value, null);
    }

    private (double, RuleReason?) Field(BoundRecordField field)
    {
        if (record is null)
        {
            return (double.NaN, NotANumber);
        }
        return record.Values.TryGetValue(field.Field.Name, out var raw) ? (raw * field.Field.InsideFactor, null) : (double.NaN, MissingField(record, field.Field));
    }

    private (double, RuleReason?) CompareText(BoundTextComparison comparison)
    {
        if (record is null)
        {
            return (double.NaN, NotANumber);
        }
        if (!record.Texts.TryGetValue(comparison.Field.Name, out var text))
        {
            return (double.NaN, MissingField(record, comparison.Field));
        }
        var equal = string.Equals(text.Trim(), comparison.Text.Trim(), StringComparison.Ordinal);
        return (equal == comparison.Equal ? 1 : 0, null);
    }

    private static RuleReason MissingField(RuleRecord record, BoundRecordFieldInfo field) =>
        new("missing " + field.Name, "缺少" + field.Name);
}
