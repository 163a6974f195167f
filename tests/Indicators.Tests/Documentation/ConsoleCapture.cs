using System.Text;

namespace Indicators.Tests.Documentation;

/// <summary>
/// Console output of one documentation program, captured without taking the console from tests that run in
/// parallel: Console.Out is replaced once by a writer that sends each write to the capture of the current async
/// flow, or to the original console when there is none.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly AsyncLocal<StringWriter?> Current = new();
    private static readonly Lazy<bool> Installed = new(() =>
    {
        Console.SetOut(new RoutingWriter(Console.Out));
        return true;
    });

    /// <summary>
    /// Runs <paramref name="program"/> and returns what it wrote to Console.Out, and what it threw, if it did (the
    /// output before the exception belongs in the failure message).
    /// </summary>
    internal static async Task<(string Output, Exception? Error)> RunAsync(Func<Task> program)
    {
        _ = Installed.Value;
        var capture = new StringWriter();
        Current.Value = capture;
        try
        {
            await program();
            return (capture.ToString(), null);
        }
#pragma warning disable CA1031 // whatever a documentation program throws is reported with its output
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (capture.ToString(), e);
        }
        finally
        {
            Current.Value = null;
        }
    }

    private sealed class RoutingWriter(TextWriter original) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        private TextWriter Target => Current.Value ?? original;

        public override void Write(char value) => Target.Write(value);

        public override void Write(string? value) => Target.Write(value);

        public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);

        public override void WriteLine(string? value) => Target.WriteLine(value);

        public override void WriteLine() => Target.WriteLine();

        public override void Flush() => Target.Flush();
    }
}
