using System.CommandLine;
using System.Text;
using Indicators.Tool.Assess;
using Indicators.Tool.Audit;
using Indicators.Tool.Check;

namespace Indicators.Tool;

/// <summary>
/// The <c>indicators</c> command line: a root command whose verbs are the library's jobs (audit, assess, check,
/// compute, phrase); each verb is a class of its own that builds its <see cref="Command"/>, so a new verb is one more
/// line in <see cref="Build"/>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Reports are Chinese: never let a C or POSIX locale turn the output into question marks.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the command line in process: what the tests call.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where results go (tables, JSON, help).</param>
    /// <param name="stderr">Where errors go: one line each.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build(stdout, stderr);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine would exit 1 on a usage error, which this tool keeps for "a figure is inconsistent".
            foreach (var error in parsed.Errors)
            {
                // One line each: System.CommandLine lists the accepted values of an option on lines of their own.
                stderr.WriteLine($"indicators: {OneLine(error.Message)}");
            }
            var verb = parsed.CommandResult.Command is RootCommand ? "" : " " + parsed.CommandResult.Command.Name;
            stderr.WriteLine($"Run 'indicators{verb} --help' for usage.");
            return ExitCodes.BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A verb handles its input's faults itself (exit 2); what reaches here is a bug: one line, never a stack trace.
            stderr.WriteLine($"indicators: internal error, please report it with the command line and files: {e.GetType().Name}: {OneLine(e.Message)}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>A message on one line: its lines joined by a space, their indentation dropped.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static RootCommand Build(TextWriter stdout, TextWriter stderr) =>
        new("indicators — the Indicators library's jobs from the command line: audit the figures of development-zone reports, run assessment schemes, check rule files, compute and phrase the figures of data files.")
        {
            AuditCommand.Create(stdout, stderr),
            AssessCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            Compute.ComputeCommand.Create(stdout, stderr),
            Phrase.PhraseCommand.Create(stdout, stderr),
        };
}
