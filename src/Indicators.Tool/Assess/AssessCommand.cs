using System.CommandLine;
using System.Globalization;
using Indicators.Data;
using Indicators.Rules;
using Indicators.Tool.Html;
using Indicators.Tool.Output;

namespace Indicators.Tool.Assess;

/// <summary>
/// <c>indicators assess SCHEME.rules DATA… [--scheme NAME] [--year Y] [--explain ZONE] [--json] [--html FILE]</c>: compiles the rules,
/// loads the data files with the one loader (Indicators.Data), runs the scheme with <c>RulePlan.Assess</c> and prints the
/// ranked zones (or one JSON document), and a zone's explanation. Exit code 0 when it ran, 2 for bad input (a file, the
/// rules, the data, an option: every diagnostic on stderr in the compiler format), 3 when the tool itself failed.
/// </summary>
internal static class AssessCommand
{
    /// <summary>The command, writing to the given streams.</summary>
    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rules = new Argument<string>("SCHEME.rules") { Description = "The rules file holding the scheme (UTF-8 or GB18030)." };
        var data = new Argument<string[]>("DATA")
        {
            Description = "Data files: CSV (UTF-8 or GB18030) or .xlsx; each table's shape is recognised by its header (docs/data-files.md).",
            Arity = ArgumentArity.OneOrMore,
        };
        var scheme = new Option<string?>("--scheme") { Description = "The scheme to run; by default the last scheme of the rules file.", HelpName = "NAME" };
        var year = new Option<int?>("--year")
        {
            Description = "The year to assess; by default the last year of the data.",
            HelpName = "Y",
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 2200)
                {
                    result.AddError($"--year '{token}' is not a year from 1900 to 2200 (write it in digits: --year 2024).");
                    return null;
                }
                return y;
            },
        };
        var explain = new Option<string?>("--explain") { Description = "Also print how this zone's result came about (计算说明, in Chinese).", HelpName = "ZONE" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document (the format of docs/cli.md) instead of the table." };
        var html = new Option<string?>("--html")
        {
            Description = "Also write one self-contained HTML page: the ranking table, a bar chart of totals by zone, each zone's rank over the years.",
            HelpName = "FILE",
        };
        var command = new Command("assess", "Run an assessment scheme of the rule language on data files (考核评价): ranks, totals, grades, points per category.")
        {
            rules, data, scheme, year, explain, json, html,
        };
        var outputs = OutputFiles.AddTo(command);
        command.SetAction(parsed =>
        {
            var request = new AssessRequest(parsed.GetValue(rules)!, parsed.GetValue(data) ?? [], parsed.GetValue(scheme), parsed.GetValue(year),
                parsed.GetValue(explain), parsed.GetValue(json), parsed.GetValue(html)) { Outputs = outputs.Read(parsed) };
            try
            {
                return Run(request, stdout, stderr);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The library promises never to throw for content: this is a bug.
                stderr.WriteLine($"indicators assess: internal error, please report it with the files: {e.GetType().Name}: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static int Run(AssessRequest request, TextWriter stdout, TextWriter stderr)
    {
        var file = TextFile.Read(request.Rules);
        if (file.Text is not { } text)
        {
            stderr.WriteLine($"indicators assess: {file.Error}");
            return ExitCodes.BadInput;
        }
        var plan = RulePlan.Compile(text, sourceName: request.Rules);
        Report(plan.Diagnostics, stderr);
        if (!plan.TryGetValue(out var compiled))
        {
            return ExitCodes.BadInput;
        }
        var name = request.Scheme ?? LastScheme(text, request.Rules);
        if (name is null)
        {
            stderr.WriteLine($"indicators assess: {request.Rules}: the rules declare no scheme (write one: scheme 名称 \"…\" {{ … }})");
            return ExitCodes.BadInput;
        }
        var loaded = DataLoader.Load(request.Data);
        Report(loaded.Diagnostics, stderr);
        if (!loaded.TryGetValue(out var zoneData))
        {
            return ExitCodes.BadInput;
        }
        var assessed = compiled.Assess(name, zoneData, request.Year);
        Report(assessed.Diagnostics, stderr);
        if (!assessed.TryGetValue(out var assessment))
        {
            return ExitCodes.BadInput;
        }
        string? explanation = null;
        if (request.Explain is { } zone)
        {
            if (!assessment.Result.Any(z => z.Id.Code == zone))
            {
                stderr.WriteLine($"indicators assess: --explain: zone '{zone}' was not assessed (the zones: {string.Join(", ", assessment.Result.Select(z => z.Id.Code).Take(10))}{(assessment.Result.Count > 10 ? ", …" : "")})");
                return ExitCodes.BadInput;
            }
            explanation = assessment.Explain(zone);
        }
        if (request.Html is { } page && HtmlPage.Write(page, AssessPage.Build(assessment, AssessPage.Years(compiled, name, zoneData, assessment))) is { } error)
        {
            stderr.WriteLine($"indicators assess: {error}");
            return ExitCodes.BadInput;
        }
        if (request.Outputs?.Write("assess", AssessSheets.Build(assessment), () => AssessJson.Write(assessment, explanation)) is { } failed)
        {
            stderr.WriteLine(failed);
            return ExitCodes.BadInput;
        }
        if (request.Json)
        {
            stdout.WriteLine(AssessJson.Write(assessment, explanation));
        }
        else
        {
            AssessTable.Write(stdout, assessment);
            if (explanation is not null)
            {
                stdout.WriteLine();
                stdout.WriteLine(explanation);
            }
        }
        return ExitCodes.Ok;
    }

    /// <summary>The last scheme the rules declare, in the order of the text.</summary>
    private static string? LastScheme(string text, string sourceName) =>
        RuleSet.Parse(text, sourceName).Value?.Schemes is { Count: > 0 } schemes ? schemes[^1].Name : null;

    /// <summary>Every diagnostic, one line each in the compiler format (file(line,column): error CODE: message).</summary>
    private static void Report(IEnumerable<Diagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }
    }

    private sealed record AssessRequest(string Rules, string[] Data, string? Scheme, int? Year, string? Explain, bool Json, string? Html)
    {
        /// <summary>The files --json-file, --csv and --xlsx ask for.</summary>
        internal OutputTargets? Outputs { get; init; }
    }
}
