using System.Reflection;

namespace Indicators.Tests.Bulk;

/// <summary>
/// Issue 10, item 4: every bulk getter takes (zone, indicator or item, year) and every rank is an <c>int?</c>.
/// </summary>
public class UniformGettersTests
{
    private static readonly Type[] BulkTypes = [typeof(BulkDataset), typeof(BulkResults), typeof(BulkAssessmentResults), typeof(RuleBulkResults)];

    private static IEnumerable<MethodInfo> PublicMethods() =>
        BulkTypes.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly));

    private static string Signature(MethodInfo method) =>
        method.DeclaringType!.Name + "." + method.Name + "(" + string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name)) + ")";

    public static TheoryData<string> ZoneGetters()
    {
        var data = new TheoryData<string>();
        foreach (var method in PublicMethods())
        {
            if (method.GetParameters().Any(p => p.Name == "zone"))
            {
                data.Add(Signature(method));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ZoneGetters))]
    public void A_getter_takes_the_zone_first_then_the_item_then_the_year(string signature)
    {
        var method = PublicMethods().Single(m => Signature(m) == signature);
        var names = method.GetParameters().Select(p => p.Name!).Where(n => n != "value").ToArray();
        Assert.Equal("zone", names[0]);
        Assert.Equal("year", names[^1]);
        Assert.True(names.Length is 2 or 3, signature);
    }

    [Fact]
    public void The_zone_getters_are_the_ones_expected()
    {
        // Pins the list above, so that a getter moved out of it (its zone renamed) fails here.
        Assert.Equal(22, ZoneGetters().Count); // BulkDataset 4 (with the setters), BulkResults 8, BulkAssessmentResults 6, RuleBulkResults 4
    }

    [Fact]
    public void Every_rank_is_a_nullable_int()
    {
        var ranks = PublicMethods().Where(m => m.Name == "GetRank").ToArray();
        Assert.Equal(2, ranks.Length);
        Assert.All(ranks, m => Assert.Equal(typeof(int?), m.ReturnType));
        Assert.All(ranks, m => Assert.Equal(["zone", "year"], m.GetParameters().Select(p => p.Name)));
    }

    [Fact]
    public void BulkResults_ranks_a_zone_without_a_score_last_never_null()
    {
        // The zones-bulk definition ranks every zone: those without a score share the rank after the scored ones
        // (MissingScores.RankedLast), so the int? is never null once computed.
        var data = new BulkDataset(3, [1.0], [Polarity.Positive], 1, 2024);
        data.SetActual(0, 0, 0, 8); data.SetTarget(0, 0, 0, 10);
        data.SetActual(2, 0, 0, 9); data.SetTarget(2, 0, 0, 10);
        var results = new BulkResults(data);
        Assert.Throws<InvalidOperationException>(() => results.GetRank(0, 0));
        BulkEngine.Recompute(data, results);
        Assert.Null(results.GetScore(1, 0));
        int?[] ranks = [results.GetRank(0, 0), results.GetRank(1, 0), results.GetRank(2, 0)];
        Assert.Equal([2, 3, 1], ranks);
        Assert.Throws<ArgumentOutOfRangeException>(() => results.GetRank(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => results.GetRank(0, 1));
    }

    [Fact]
    public void BulkAssessmentResults_gives_no_rank_to_a_zone_without_a_total()
    {
        var scheme = BulkAssessmentTests.OneReweightedIndicator();
        var data = new BulkDataset(3, [1.0], [Polarity.Positive], 1, 2024, ["A"]);
        data.SetActual(0, 0, 0, 8); data.SetTarget(0, 0, 0, 10);
        data.SetActual(2, 0, 0, 9); data.SetTarget(2, 0, 0, 10);
        var results = new BulkAssessmentResults(data, scheme);
        BulkAssessment.Evaluate(data, scheme, results);
        Assert.Null(results.GetTotal(1, 0));
        int?[] ranks = [results.GetRank(0, 0), results.GetRank(1, 0), results.GetRank(2, 0)];
        Assert.Equal([2, null, 1], ranks);
        Assert.Equal(90, results.GetPoints(2, 0, 0)!.Value, 12);
        Assert.Equal(90, results.GetPoints(2, "A", 0)!.Value, 12);
        Assert.Equal(90, results.GetCategorySubtotal(2, 0, 0)!.Value, 12);
    }

    [Fact]
    public void RuleBulkResults_takes_the_zone_first_and_the_derived_indicator_or_check_second()
    {
        // Three zones, two derived indicators, one check: the old order (item, zone, year) would read another cell or throw.
        var compiled = RulePlan.Compile(RuleSet.CreateBuilder().Indicator("A").Indicator("B")
            .Derived("Sum", Rule.Name("A") + Rule.Name("B"))
            .Derived("Twice", Rule.Name("A") + Rule.Name("A"))
            .Check("a_below_b", Rule.Name("A") <= Rule.Name("B"), "A 不应超过 B").Build());
        Assert.True(compiled.Success, compiled.ToString());
        var plan = compiled.Value!;
        var data = new BulkDataset(3, [1.0, 1.0], [Polarity.Positive, Polarity.Positive], 2, 2023, ["A", "B"]);
        for (var z = 0; z < 3; z++)
        {
            data.SetActual(z, 0, 1, 10 * (z + 1)); // A = 10, 20, 30 in 2024
            data.SetActual(z, 1, 1, 25);          // B = 25
        }
        var results = plan.EvaluateBulk(data);
        var twice = results.DerivedIndicators.Select(d => d.Name).ToList().IndexOf("Twice");
        Assert.Equal(60, results.GetValue(2, twice, 1)!.Value, 12);
        Assert.Equal(60, results.GetValue(2, "Twice", 1)!.Value, 12);
        Assert.Equal(55, results.GetValue(2, "Sum", 1)!.Value, 12);
        Assert.Equal(20, results.GetValue(0, "Twice", 1)!.Value, 12);
        Assert.Null(results.GetValue(2, "Twice", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => results.GetValue(0, 2, 1));
        Assert.Equal(RuleCheckStatus.Passed, results.GetCheckStatus(1, 0, 1));
        Assert.Equal(RuleCheckStatus.Failed, results.GetCheckStatus(2, 0, 1));
        Assert.Equal(RuleCheckStatus.Failed, results.GetCheckStatus(2, "a_below_b", 1));
        Assert.Equal(RuleCheckStatus.NotEvaluated, results.GetCheckStatus(2, "a_below_b", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => results.GetCheckStatus(0, 1, 1));
    }

    [Fact]
    public void BulkDataset_and_BulkResults_cells_take_zone_indicator_year()
    {
        // Two zones, three indicators, four years: each position has its own range.
        var data = new BulkDataset(2, [1.0, 1.0, 1.0], [Polarity.Positive, Polarity.Positive, Polarity.Positive], 4, 2021);
        data.SetActual(1, 2, 3, 12); data.SetTarget(1, 2, 3, 10);
        data.SetActual(1, 2, 2, 10);
        Assert.Equal(12, data.GetActual(1, 2, 3));
        Assert.Equal(10, data.GetTarget(1, 2, 3));
        var results = new BulkResults(data);
        BulkEngine.Recompute(data, results);
        Assert.Equal(0.2, results.GetGrowth(1, 2, 3)!.Value, 12);
        Assert.Equal(1.2, results.GetCompletion(1, 2, 3)!.Value, 12);
        Assert.Equal(0.2, results.GetOverfulfilment(1, 2, 3)!.Value, 12);
        Assert.True(results.IsAttained(1, 2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => results.GetGrowth(2, 1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => data.GetActual(1, 3, 2));
    }
}
