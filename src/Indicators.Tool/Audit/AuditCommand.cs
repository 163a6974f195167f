using System.CommandLine;
using System.Globalization;
using Indicators.Reports;
using Indicators.Data;
using Indicators.Tool.Html;
using Indicators.Tool.Output;

namespace Indicators.Tool.Audit;

/// <summary>
/// <c>indicators audit FILE… [--json] [--all-checks] [--year N] [--html FILE]</c>: reads each report, audits its figures and prints
/// a table (or one JSON document per file, one per line). Exit code: 2 when any file is bad input, else 1 when any
/// check is inconsistent, else 0; every file is processed either way.
/// </summary>
internal static class AuditCommand
{
    // ReportingPeriod's years.
    private const int MinYear = 1;
    private const int MaxYear = 9999;

    /// <summary>The command, writing to the given streams.</summary>
    /// <param name="stdout">Where the tables or JSON go.</param>
    /// <param name="stderr">Where a bad file's line goes.</param>
    /// <returns>The command.</returns>
    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Report files, UTF-8 (a byte-order mark is skipped) or GB18030.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON document per file, one per line (the format of docs/cli.md) instead of a table.",
        };
        var allChecks = new Option<bool>("--all-checks")
        {
            Description = "List every check made, also the consistent and unverifiable ones; by default only borderline and inconsistent.",
        };
        var year = new Option<int?>("--year")
        {
            Description = "The year the reports are about (resolves 全年, 今年, 上半年…); by default read from each text.",
            HelpName = "N",
            // A parser rather than a validator: a validator cannot read a value that did not parse ("二〇一三").
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < MinYear or > MaxYear)
                {
                    result.AddError($"--year '{token}' is not a year from {MinYear} to {MaxYear} (write it in digits: --year 2013).");
                    return null;
                }
                return y;
            },
        };
        var html = new Option<string?>("--html")
        {
            Description = "Also write one self-contained HTML page: each report's text with every figure marked by its verdict, explanations on hover, the checks below.",
            HelpName = "FILE",
        };
        var command = new Command("audit", "Read reports and check their figures against each other (读报告、核数据): growth, shares, parts, completion, ranks…")
        {
            files, json, allChecks, year, html,
        };
        var outputs = OutputFiles.AddTo(command);
        command.SetAction(parsed => Run(
            parsed.GetValue(files) ?? [], parsed.GetValue(json), parsed.GetValue(allChecks), parsed.GetValue(year), parsed.GetValue(html), stdout, stderr, outputs.Read(parsed)));
        return command;
    }

    private static int Run(string[] paths, bool json, bool allChecks, int? year, string? html, TextWriter stdout, TextWriter stderr, OutputTargets targets)
    {
        var code = ExitCodes.Ok;
        var page = (Sections: new List<AuditPage.Section>(), Unreadable: new List<string>());
        var sheets = new AuditSheets();
        var first = true;
        foreach (var path in paths)
        {
            var file = TextFile.Read(path);
            if (file.Text is not { } text)
            {
                stderr.WriteLine($"indicators audit: {file.Error}");
                page.Unreadable.Add(file.Error ?? path);
                code = Math.Max(code, ExitCodes.BadInput);
                continue;
            }
            ReportAudit audit;
            try
            {
                audit = ReportAudit.Of(ReportReader.Standard.Read(text, year, Path.GetFileName(path)));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The library promises never to throw for a text's content: this is a bug, named with its file.
                stderr.WriteLine($"indicators audit: {path}: internal error, please report it with the file: {e.GetType().Name}: {e.Message}");
                code = Math.Max(code, ExitCodes.Failure);
                continue;
            }
            page.Sections.Add(new AuditPage.Section(path, file.EncodingName, audit));
            var listed = allChecks ? audit.Checks : audit.Findings;
            sheets.Add(path, audit, listed);
            if (json)
            {
                stdout.WriteLine(AuditJson.Write(path, audit, listed));
            }
            else
            {
                if (!first)
                {
                    stdout.WriteLine();
                }
                AuditTable.Write(stdout, file, audit, allChecks);
            }
            first = false;
            if (audit.HasInconsistency && code == ExitCodes.Ok)
            {
                code = ExitCodes.Findings;
            }
        }
        if (html is not null && HtmlPage.Write(html, AuditPage.Build(page.Sections, page.Unreadable)) is { } error)
        {
            stderr.WriteLine($"indicators audit: {error}");
            code = Math.Max(code, ExitCodes.BadInput);
        }
        if (targets.Write("audit", sheets.Sheets, () => sheets.JsonLines) is { } failed)
        {
            stderr.WriteLine(failed);
            code = Math.Max(code, ExitCodes.BadInput);
        }
        return code;
    }
}
