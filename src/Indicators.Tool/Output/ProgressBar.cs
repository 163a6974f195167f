using System.Diagnostics;
using System.Globalization;

namespace Indicators.Tool.Output;

/// <summary>
/// A progress bar on stderr for long runs (<c>computing  [########------------]  40%  1,234/3,085 zones</c>), redrawn in
/// place with a carriage return at most ten times a second and cleared at the end. Only when stderr is a terminal (or
/// forced with the hidden <c>--progress</c>): a pipe, a file or a test's writer gets nothing, so output stays clean.
/// </summary>
internal sealed class ProgressBar
{
    private const int Width = 20;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    // A run shorter than this draws nothing on a terminal: a bar that flashes and vanishes is noise.
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);

    private readonly TextWriter? writer;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan? lastDrawn;
    private int lastLength;

    private readonly bool forced;

    private ProgressBar(TextWriter? writer, bool forced)
    {
        this.writer = writer;
        this.forced = forced;
    }

    /// <summary>A bar on <paramref name="stderr"/> when it is the console's and not redirected, or when <paramref name="forced"/>.</summary>
    internal static ProgressBar For(TextWriter stderr, bool forced) =>
        new(forced || (ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected) ? stderr : null, forced);

    /// <summary>Whether anything is drawn.</summary>
    internal bool IsShown => writer is not null;

    /// <summary>Draws <paramref name="done"/> of <paramref name="total"/> (always at the end, else at most every 100 ms).</summary>
    internal void Report(string phase, long done, long total, string unit)
    {
        if (writer is null || (!forced && clock.Elapsed < Delay) || (done < total && lastDrawn is { } last && clock.Elapsed - last < Interval))
        {
            return;
        }
        lastDrawn = clock.Elapsed;
        var fraction = total <= 0 ? 1 : Math.Clamp((double)done / total, 0, 1);
        var filled = (int)Math.Round(fraction * Width);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{phase}  [{new string('#', filled)}{new string('-', Width - filled)}] {fraction * 100,3:0}%  {done:N0}/{total:N0} {unit}");
        writer.Write("\r" + line.PadRight(lastLength));
        lastLength = line.Length;
        writer.Flush();
    }

    /// <summary>Clears the bar's line.</summary>
    internal void Done()
    {
        if (writer is null || lastLength == 0)
        {
            return;
        }
        writer.Write("\r" + new string(' ', lastLength) + "\r");
        writer.Flush();
        lastLength = 0;
    }
}
