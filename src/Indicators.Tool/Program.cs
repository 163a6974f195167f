using System.CommandLine;
using System.Text;
using Indicators.Tool.Assess;
using Indicators.Tool.Audit;

namespace Indicators.Tool;

/// <summary>
/// The <c>indicators</c> command line: a root command whose verbs are the library's jobs (issue 15). Only
/// <c>audit</c> exists so far; each verb is a class of its own that builds its <see cref="Command"/>, so a new verb is
/// one more line in <see cref="Build"/>.
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
                stderr.WriteLine($"indicators: {error.Message}");
            }
            stderr.WriteLine("Run 'indicators --help' or 'indicators audit --help' for usage.");
            return ExitCodes.BadInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr) =>
        new("indicators — the Indicators library's jobs from the command line: read development-zone reports and audit their figures.")
        {
            AuditCommand.Create(stdout, stderr),
            AssessCommand.Create(stdout, stderr),
            Compute.ComputeCommand.Create(stdout, stderr),
            Phrase.PhraseCommand.Create(stdout, stderr),
        };
}
