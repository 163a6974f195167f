namespace Indicators.Tool;

/// <summary>The tool's exit codes, the same for every verb (docs/cli.md, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Done, and nothing found wrong.</summary>
    internal const int Ok = 0;

    /// <summary>Done, and something is wrong in the input's content (audit: a figure is inconsistent).</summary>
    internal const int Findings = 1;

    /// <summary>Bad input: a missing or unreadable file, bytes that are not text in a known encoding, a bad option.</summary>
    internal const int BadInput = 2;

    /// <summary>The tool itself failed on an input (a bug: please report it with the file).</summary>
    internal const int Failure = 3;
}
