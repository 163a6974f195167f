#:project ../../src/Indicators/Indicators.csproj
#:property PublishAot=false

// Assessment schemes written as rule text (规则语言), compiled by the library and evaluated on sample
// data — no C# compiler at run time. Run from the repository root:
//
//     dotnet run docs/examples/rule-assessment.cs [zone [year]]
//
// rules/mofcom-2021-illustrative.rules holds the 商务部 2021 categories and weights with illustrative catalogue
// indicators, a derived indicator and two consistency checks (the scheme as published, with its sources, is
// rules/mofcom-2021.rules); rules/jiangsu-2021.rules is a provincial scheme that extends the illustrative one
// (weights, entries and a veto overridden). The zones' data (data/assessment-*.csv) is ILLUSTRATIVE:
// synthetic figures made by data/make-assessment-sample.py; see docs/rule-language.md.

using System.Globalization;
using Indicators;
using Indicators.Assessment;
using Indicators.Rules;

var explainZone = args.Length > 0 ? args[0] : "示例开发区05";
var year = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2024;
var examples = FindExamplesDirectory();

// Two files, one rule set: the provincial scheme extends the national one by name.
var text = File.ReadAllText(Path.Combine(examples, "rules", "mofcom-2021-illustrative.rules")) + "\n"
    + File.ReadAllText(Path.Combine(examples, "rules", "jiangsu-2021.rules"));
var compiled = RulePlan.Compile(text, sourceName: "mofcom-2021-illustrative.rules+jiangsu-2021.rules");
foreach (var diagnostic in compiled.Diagnostics)
{
    Console.WriteLine(diagnostic.ToString(ExplanationLanguage.Chinese));
    Console.WriteLine(diagnostic.Excerpt);
}
if (!compiled.TryGetValue(out var plan))
{
    return 1;
}

var zones = ReadZones(Path.Combine(examples, "data", "assessment-sample.csv"), Path.Combine(examples, "data", "assessment-events.csv"));
var national = plan.Schemes["Mofcom2021"].Evaluate(zones[year]);
var provincial = plan.Schemes["Jiangsu2021"].Evaluate(zones[year]);

Console.WriteLine($"{year}年度 · {zones[year].Count}个开发区 · 两套方案（均由规则文本编译）");
Console.WriteLine($"{"开发区",-8} {"片区",-3} {national.Scheme.Name[..8],10} {"名次",4} {provincial.Scheme.Name[..8],10} {"名次",4}");
foreach (var zone in national.OrderBy(z => z.Rank ?? int.MaxValue).ThenBy(z => z.Id.Code, StringComparer.Ordinal))
{
    var other = provincial[zone.Id];
    Console.WriteLine($"{zone.Id.Code,-8} {zone.Group,-3} {zone.Total,12:0.00} {Rank(zone),5} {other.Total,12:0.00} {Rank(other),5}");
}

Console.WriteLine();
Console.WriteLine(provincial.Explain(ZoneId.Of(explainZone), ExplanationLanguage.Chinese));

// The derived indicator and the checks of the rule set, for one zone (values in the catalogue's units).
var sample = RuleZone.Create("示例开发区")
    .With("RdExpenditure", 12.6)        // 亿元
    .With("OperatingRevenue", 480)      // 亿元
    .With("Exports", 95)
    .With("ImportsExports", 88);        // a data-entry slip: exports above the total
Console.WriteLine();
Console.WriteLine(plan.Evaluate(sample));
return 0;

static string Rank(ZoneAssessment zone) => zone.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—";

static Dictionary<int, List<AssessmentZone>> ReadZones(string valuesPath, string eventsPath)
{
    var zones = new Dictionary<(int Year, string Zone), AssessmentZone>();
    foreach (var f in ReadCsv(valuesPath))
    {
        var key = (int.Parse(f[2], CultureInfo.InvariantCulture), f[0]);
        var zone = zones.TryGetValue(key, out var z) ? z : AssessmentZone.Of(f[0], f[1]);
        // An empty value is a figure the zone never reported: missing, never zero.
        zone = zone.WithValue(f[3], Number(f[4]));
        // R&D intensity is scored against the target and baseline the scheme text sets.
        if (Number(f[5]) is { } target && f[3] != "RdIntensity")
        {
            zone = zone.WithTargets(f[3], new ZoneTargets(Target: target, Stretch: Number(f[6])));
        }
        zones[key] = zone;
    }
    foreach (var f in ReadCsv(eventsPath))
    {
        var key = (int.Parse(f[1], CultureInfo.InvariantCulture), f[0]);
        var count = int.Parse(f[3], CultureInfo.InvariantCulture);
        zones[key] = f[2] == "重大生产安全事故"
            ? zones[key].WithVeto(f[2], $"发生重大生产安全事故{count}起")
            : zones[key].WithEvents(f[2], count);
    }
    return zones.GroupBy(z => z.Key.Year).ToDictionary(g => g.Key, g => g.Select(z => z.Value).ToList());
}

static IEnumerable<string[]> ReadCsv(string path) =>
    File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split(','));

static double? Number(string text) => text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);

static string FindExamplesDirectory()
{
    foreach (var root in new[] { "docs/examples", ".", (AppContext.GetData("EntryPointFileDirectoryPath") as string) ?? "." })
    {
        if (File.Exists(Path.Combine(root, "rules", "mofcom-2021-illustrative.rules")))
        {
            return root;
        }
    }
    throw new DirectoryNotFoundException("Cannot find docs/examples/rules; run from the repository root.");
}
