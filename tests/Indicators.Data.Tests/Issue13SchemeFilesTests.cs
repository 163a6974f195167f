using Indicators.Rules;

namespace Indicators.Data.Tests;

/// <summary>
/// Issue 13, Show: the 科技部 2021 and 商务部 2021 schemes run from their example files with no code between — the
/// loader reads the files, the rules compile, one call assesses. (The facts of each scheme are checked against the
/// CSVs by hand in tests/Indicators.Tests/Rules/Issue13SchemeExampleTests.cs; here: the files as a user gives them.)
/// </summary>
public class Issue13SchemeFilesTests
{
    private static string Rules(string file) =>
        File.ReadAllText(Path.Combine(DataFiles.Templates, "..", "rules", file));

    private static RuleAssessment Run(string rules, string scheme, int year, params string[] files)
    {
        var loaded = DataLoader.Load(files.Select(DataFiles.Template));
        Assert.True(loaded.Success, string.Join("\n", loaded.Diagnostics));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError);
        var plan = RulePlan.Compile(Rules(rules), sourceName: rules);
        Assert.True(plan.Success, plan.ToString());
        var assessed = plan.Value!.Assess(scheme, loaded.Value!, year);
        Assert.True(assessed.Success, assessed.ToString());
        return assessed.Value!;
    }

    [Fact]
    public void Issue13_SchemeFiles_the_torch_2021_scheme_runs_from_its_three_files()
    {
        var assessment = Run("torch-2021.rules", "Torch2021", 2022, "torch-2021-zones.csv", "torch-2021-values.csv", "torch-2021-firms.csv");
        Assert.Equal(30, assessment.Result.Count);
        Assert.Equal(Enumerable.Range(1, 30), assessment.Result.Select(z => z.Rank!.Value).Order());
        Assert.All(assessment.Result, z => Assert.InRange(z.Total, 0, 100 + 1e-9));
    }

    [Fact]
    public void Issue13_SchemeFiles_the_mofcom_2021_scheme_runs_from_its_three_files_and_the_vetoed_zone_has_no_rank()
    {
        var assessment = Run("mofcom-2021.rules", "Mofcom2021", 2021, "mofcom-2021-zones.csv", "mofcom-2021-values.csv", "mofcom-2021-firms.csv");
        Assert.Equal(30, assessment.Result.Count);
        // 示例经开区05: a 重大及以上生产安全事故 in 2021 (重大事故数 = 1 in mofcom-2021-values.csv).
        var vetoed = assessment.Result.Single(z => z.Id.Code == "示例经开区05");
        Assert.Null(vetoed.Rank);
        Assert.Equal(29, assessment.Result.Count(z => z.Rank is not null));
    }
}
