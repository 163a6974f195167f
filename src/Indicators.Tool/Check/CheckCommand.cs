using System.CommandLine;
using System.Globalization;
using Indicators.Data;
using Indicators.Rules;

namespace Indicators.Tool.Check;

/// <summary>
/// <c>indicators check RULES… [--lang zh|en]</c>: compiles rule files as one rule set (a scheme may extend a scheme of
/// another file given) and prints every diagnostic in the compiler format — <c>file(line,col): error RL2003: message</c>,
/// then the source line and a caret under the span — and a summary line. Exit code 0 when there is no error (warnings
/// and information leave it 0), 1 when there is one, 2 for bad input (a file missing, a folder, bytes that are not text).
/// </summary>
internal static class CheckCommand
{
    /// <summary>The command, writing to the given streams.</summary>
    /// <param name="stdout">Where the diagnostics and the summary go: they are the command's result.</param>
    /// <param name="stderr">Where a bad file's line goes.</param>
    /// <returns>The command.</returns>
    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("RULES")
        {
            Description = "Rule files (UTF-8 or GB18030), compiled together: a scheme may extend a scheme of another file given.",
            Arity = ArgumentArity.OneOrMore,
        };
        var lang = new Option<string>("--lang")
        {
            Description = "The language of the messages: zh (中文, the default: the library's one default) or en.",
            HelpName = "zh|en",
            DefaultValueFactory = _ => "zh",
        };
        lang.AcceptOnlyFromAmong("zh", "en");
        var command = new Command("check", "Compile rule files and print compiler-style diagnostics (检查规则): file(line,col), code, message, the line and a caret.")
        {
            files, lang,
        };
        command.SetAction(parsed => Run(parsed.GetValue(files) ?? [],
            parsed.GetValue(lang) == "en" ? ExplanationLanguage.English : ExplanationLanguage.Chinese, stdout, stderr));
        return command;
    }

    private static int Run(string[] paths, ExplanationLanguage language, TextWriter stdout, TextWriter stderr)
    {
        var sources = new List<RuleSource>(paths.Length);
        var bad = false;
        foreach (var path in paths)
        {
            var file = TextFile.Read(path);
            if (file.Text is { } text)
            {
                sources.Add(new RuleSource(path, text));
            }
            else
            {
                stderr.WriteLine($"indicators check: {file.Error}");
                bad = true;
            }
        }
        if (bad)
        {
            // Without every file the rule set is incomplete: its diagnostics would be consequences (an unknown base scheme).
            return ExitCodes.BadInput;
        }
        IReadOnlyList<Diagnostic> diagnostics;
        try
        {
            diagnostics = RuleCompilation.Diagnostics(sources);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The library promises never to throw for rule text: this is a bug, named with its files.
            stderr.WriteLine($"indicators check: internal error, please report it with the files: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failure;
        }
        foreach (var diagnostic in diagnostics)
        {
            stdout.WriteLine(diagnostic.ToString(language));
            if (diagnostic.Excerpt is { } excerpt)
            {
                foreach (var line in excerpt.Split('\n'))
                {
                    stdout.WriteLine("    " + line);
                }
            }
        }
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        stdout.WriteLine(Summary(sources.Count, errors, warnings, language));
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static string Summary(int files, int errors, int warnings, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? string.Create(CultureInfo.InvariantCulture, $"检查了 {files} 个规则文件：{errors} 个错误，{warnings} 个警告")
            : string.Create(CultureInfo.InvariantCulture,
                $"{files} rule {(files == 1 ? "file" : "files")} checked: {errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}");
}
