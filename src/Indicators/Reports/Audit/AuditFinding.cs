namespace Indicators.Reports;

/// <summary>One consistency check made on a report's facts (核验结果): the check, the facts it used and the span they cover.</summary>
public sealed class AuditFinding
{
    internal AuditFinding(ConsistencyCheck check, IReadOnlyList<ReportFact> facts)
    {
        Check = check;
        Facts = facts;
        Start = facts.Min(f => f.Start);
        End = facts.Max(f => f.End);
    }

    /// <summary>The check, its verdict and figures.</summary>
    public ConsistencyCheck Check { get; }

    /// <summary>The facts whose figures the check used.</summary>
    public IReadOnlyList<ReportFact> Facts { get; }

    /// <summary>Where the first of the facts starts in the source.</summary>
    public int Start { get; }

    /// <summary>Where the last of them ends (exclusive).</summary>
    public int End { get; }

    /// <summary>The finding explained in Chinese.</summary>
    /// <returns>The explanation.</returns>
    public string Explain() => Explain(ExplanationLanguage.Chinese);

    /// <summary>The finding explained in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The explanation.</returns>
    public string Explain(ExplanationLanguage language) => Check.Explain(language);

    /// <inheritdoc />
    public override string ToString() => Explain();
}
