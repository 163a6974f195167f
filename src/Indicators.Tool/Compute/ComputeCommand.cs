using System.CommandLine;

namespace Indicators.Tool.Compute;

/// <summary>
/// <c>indicators compute DATA… [--year Y] [--zone Z]… [--indicator I]… [--month N]</c>: growth, completion,
/// overfulfilment, shares, ranks and pacing of every zone, indicator and year, and each zone's weighted score and rank,
/// through the bulk engine; the table, <c>--json</c>, <c>--csv</c>, <c>--xlsx</c> (<see cref="ComputeSheets"/>).
/// </summary>
internal static class ComputeCommand
{
    /// <summary>The command, writing to the given streams.</summary>
    internal static Command Create(TextWriter stdout, TextWriter stderr) => FigureCommand.Create(
        "compute",
        "Compute growth, completion, overfulfilment, shares, ranks and pacing for every zone, indicator and year (批量计算), and each zone's score and rank.",
        stdout, stderr, ComputeSheets.Build);
}
