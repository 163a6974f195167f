using System.Text;
using System.Text.Json;
using Indicators.Data;

namespace Indicators.Tool.Tests;

/// <summary>The --json format of docs/cli.md, on every bundled report: keys, JSON types, spans, encodings.</summary>
public sealed class AuditJsonTests
{
    // The issue's schema, key for key, with the JSON types each key may take.
    private static readonly (string Key, JsonValueKind[] Kinds)[] DocumentKeys =
    [
        ("file", [JsonValueKind.String]), ("referenceYear", [JsonValueKind.Number, JsonValueKind.Null]),
        ("facts", [JsonValueKind.Array]), ("findings", [JsonValueKind.Array]),
    ];

    private static readonly JsonValueKind[] Text = [JsonValueKind.String];
    private static readonly JsonValueKind[] TextOrNull = [JsonValueKind.String, JsonValueKind.Null];
    private static readonly JsonValueKind[] NumberOrNull = [JsonValueKind.Number, JsonValueKind.Null];

    private static readonly (string Key, JsonValueKind[] Kinds)[] FactKeys =
    [
        ("id", Text), ("span", [JsonValueKind.Array]), ("text", Text), ("indicator", Text), ("code", TextOrNull),
        ("kind", Text), ("period", TextOrNull), ("value", NumberOrNull), ("unit", TextOrNull), ("qualifier", TextOrNull),
        ("modality", TextOrNull), ("missing", [JsonValueKind.True, JsonValueKind.False]), ("growthPercent", NumberOrNull),
        ("growthQualifier", TextOrNull), ("ppChange", NumberOrNull), ("sharePercent", NumberOrNull), ("shareOf", TextOrNull),
        ("completionPercent", NumberOrNull), ("overfulfilmentPercent", NumberOrNull), ("rank", NumberOrNull),
        ("rankOf", NumberOrNull), ("rankChange", NumberOrNull), ("parent", TextOrNull),
    ];

    private static readonly (string Key, JsonValueKind[] Kinds)[] FindingKeys =
    [
        ("check", Text), ("verdict", Text), ("facts", [JsonValueKind.Array]), ("span", [JsonValueKind.Array]), ("zh", Text), ("en", Text),
    ];

    public static TheoryData<string> Reports => [.. ToolRun.Reports.Select(Path.GetFileName).Cast<string>()];

    [Theory]
    [MemberData(nameof(Reports))]
    public void Issue12_Audit_json_has_every_schema_key_with_its_JSON_type(string name)
    {
        using var json = Audit(Path.Combine(ToolRun.RepositoryRoot, "data", "reports", name), "--all-checks");
        var root = json.RootElement;
        AssertKeys(root, DocumentKeys);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in root.GetProperty("facts").EnumerateArray())
        {
            AssertKeys(fact, FactKeys);
            Assert.True(ids.Add(fact.GetProperty("id").GetString()!));
            Assert.Contains(fact.GetProperty("kind").GetString(), new[] { "actual", "estimate", "target", "ytd", "cumulative" });
            Assert.Matches(@"^(\d{4}|\d{4}-\d{2}\.\.\d{4}-\d{2})$", fact.GetProperty("period").GetString() ?? "2013");
            Assert.Contains(fact.GetProperty("modality").GetString(), new[] { null, "确保", "力争", "冲刺" });
            if (fact.GetProperty("missing").GetBoolean())
            {
                // The blank is the level (value null) or a rate beside a written level: never a number read as 0.
                Assert.Contains(JsonValueKind.Null, new[] { "value", "growthPercent", "ppChange", "sharePercent", "completionPercent", "overfulfilmentPercent" }
                    .Select(key => fact.GetProperty(key).ValueKind));
            }
            foreach (var key in new[] { "rank", "rankOf", "rankChange" })
            {
                if (fact.GetProperty(key).ValueKind == JsonValueKind.Number)
                {
                    Assert.True(fact.GetProperty(key).TryGetInt32(out _), key + " is an integer");
                }
            }
        }
        foreach (var fact in root.GetProperty("facts").EnumerateArray())
        {
            // A parent names a fact of the same document.
            if (fact.GetProperty("parent").GetString() is { } parent)
            {
                Assert.Contains(parent, ids);
            }
        }
        foreach (var finding in root.GetProperty("findings").EnumerateArray())
        {
            AssertKeys(finding, FindingKeys);
            Assert.Contains(finding.GetProperty("verdict").GetString(), new[] { "consistent", "borderline", "inconsistent", "unverifiable" });
            Assert.NotEmpty(finding.GetProperty("facts").EnumerateArray());
            Assert.All(finding.GetProperty("facts").EnumerateArray(), id => Assert.Contains(id.GetString()!, ids));
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Issue12_Audit_json_spans_index_the_decoded_text(string name)
    {
        var path = Path.Combine(ToolRun.RepositoryRoot, "data", "reports", name);
        var source = TextFile.Read(path).Text!;
        using var json = Audit(path, "--all-checks");
        foreach (var fact in json.RootElement.GetProperty("facts").EnumerateArray())
        {
            var (start, end) = Span(fact);
            Assert.Equal(source[start..end], fact.GetProperty("text").GetString());
        }
        foreach (var finding in json.RootElement.GetProperty("findings").EnumerateArray())
        {
            var (start, end) = Span(finding);
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, source.Length);
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Issue12_Audit_the_same_report_in_GB18030_or_with_a_BOM_gives_the_same_json(string name)
    {
        var path = Path.Combine(ToolRun.RepositoryRoot, "data", "reports", name);
        var bytes = File.ReadAllBytes(path);
        var text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        var gb18030 = ToolRun.TempFile(ToolRun.Gb18030.GetBytes(text), name);
        var bom = ToolRun.TempFile([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)], name);
        Assert.Equal("GB18030", TextFile.Read(gb18030).EncodingName);
        Assert.NotEqual(bytes, File.ReadAllBytes(gb18030));

        var expected = WithoutFile(ToolRun.Run("audit", "--json", "--all-checks", path));
        Assert.Equal(expected, WithoutFile(ToolRun.Run("audit", "--json", "--all-checks", gb18030)));
        Assert.Equal(expected, WithoutFile(ToolRun.Run("audit", "--json", "--all-checks", bom)));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Issue12_Audit_all_checks_lists_every_finding_and_the_exit_code_follows_them(string name)
    {
        var path = Path.Combine(ToolRun.RepositoryRoot, "data", "reports", name);
        var (code, stdout, _) = ToolRun.Run("audit", "--json", path);
        var (allCode, allStdout, _) = ToolRun.Run("audit", "--json", "--all-checks", path);
        using var findings = JsonDocument.Parse(stdout);
        using var all = JsonDocument.Parse(allStdout);
        var listed = Findings(findings);
        var every = Findings(all);
        Assert.All(listed, f => Assert.Contains(f.Verdict, new[] { "borderline", "inconsistent" }));
        Assert.Equal(every.Where(f => f.Verdict is "borderline" or "inconsistent"), listed);
        Assert.True(every.Count >= listed.Count);
        var inconsistent = every.Any(f => f.Verdict == "inconsistent");
        Assert.Equal(inconsistent ? 1 : 0, code);
        Assert.Equal(code, allCode);
    }

    [Fact]
    public void Issue12_Audit_json_is_one_document_per_file_one_per_line()
    {
        var (code, stdout, _) = ToolRun.Run(["audit", "--json", .. ToolRun.Reports]);
        Assert.InRange(code, 0, 1);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ToolRun.Reports.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            Assert.Equal(ToolRun.Reports[i], json.RootElement.GetProperty("file").GetString());
        }
    }

    [Fact]
    public void Issue12_Audit_json_writes_Chinese_as_itself_and_year_as_a_number()
    {
        var path = ToolRun.TempFile(Encoding.UTF8.GetBytes("开发区工作报告。\n"), "报告.txt");
        var (code, stdout, _) = ToolRun.Run("audit", "--json", "--year", "2013", path);
        Assert.Equal(0, code);
        Assert.Contains("报告.txt\",\"referenceYear\":2013,", stdout, StringComparison.Ordinal);
    }

    private static JsonDocument Audit(string path, params string[] options)
    {
        var (code, stdout, stderr) = ToolRun.Run(["audit", "--json", .. options, path]);
        Assert.True(code is 0 or 1, stderr);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        return JsonDocument.Parse(stdout);
    }

    private static void AssertKeys(JsonElement element, (string Key, JsonValueKind[] Kinds)[] keys)
    {
        Assert.Equal(keys.Select(k => k.Key), element.EnumerateObject().Select(p => p.Name));
        foreach (var (key, kinds) in keys)
        {
            Assert.True(kinds.Contains(element.GetProperty(key).ValueKind), $"{key} is {element.GetProperty(key).ValueKind}");
        }
        if (element.TryGetProperty("span", out _))
        {
            Span(element);
        }
    }

    private static (int Start, int End) Span(JsonElement element)
    {
        var span = element.GetProperty("span").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(2, span.Length);
        Assert.True(span[0] <= span[1]);
        return (span[0], span[1]);
    }

    private static List<(string Check, string Verdict, string Facts)> Findings(JsonDocument json) =>
        [.. json.RootElement.GetProperty("findings").EnumerateArray().Select(f => (
            f.GetProperty("check").GetString()!, f.GetProperty("verdict").GetString()!,
            string.Join(",", f.GetProperty("facts").EnumerateArray().Select(id => id.GetString()))))];

    private static string WithoutFile((int Code, string Out, string Err) run)
    {
        Assert.True(run.Code is 0 or 1, run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var rest = json.RootElement.EnumerateObject().Where(p => p.Name != "file").Select(p => p.Name + "=" + p.Value.GetRawText());
        return string.Join("\n", rest);
    }
}
