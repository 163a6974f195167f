namespace Indicators.Reports;

/// <summary>One statement of a report (语句): a sentence or clause, with its span in the source and the facts read from it.</summary>
public sealed class ReportStatement
{
    internal ReportStatement(int start, int end, string text, IReadOnlyList<ReportFact> facts)
    {
        Start = start;
        End = end;
        Text = text;
        Facts = facts;
    }

    /// <summary>Where the statement starts in the source (UTF-16 units).</summary>
    public int Start { get; }

    /// <summary>Where it ends (exclusive).</summary>
    public int End { get; }

    /// <summary>Its source text.</summary>
    public string Text { get; }

    /// <summary>The facts read from it, in order.</summary>
    public IReadOnlyList<ReportFact> Facts { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
