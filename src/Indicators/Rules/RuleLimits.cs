namespace Indicators.Rules;

/// <summary>
/// Safety limits of the rule language (规则限制): how deeply expressions and blocks may nest, how many statements
/// and entries a rule set may have, how many steps one evaluation may take and how long a rule text may be.
/// Each exceeded limit is a diagnostic (<c>RL4xxx</c>), never a crash or a stack overflow.
/// </summary>
public sealed record RuleLimits
{
    private readonly int maxNestingDepth = 64;
    private readonly int maxStatements = 10_000;
    private readonly int maxEvaluationSteps = 1_000_000;
    private readonly int maxTextLength = 4 * 1024 * 1024;

    /// <summary>The default limits (默认限制): depth 64, 10,000 statements, 1,000,000 evaluation steps, 4 Mi characters.</summary>
    public static RuleLimits Default { get; } = new();

    /// <summary>The deepest nesting of expressions (parentheses, operators, calls) and blocks (嵌套深度); at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxNestingDepth
    {
        get => maxNestingDepth;
        init
        {
            Guard.Against.LessThan(value, 1);
            maxNestingDepth = value;
        }
    }

    /// <summary>The largest number of statements and scheme entries together (语句数); at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxStatements
    {
        get => maxStatements;
        init
        {
            Guard.Against.LessThan(value, 1);
            maxStatements = value;
        }
    }

    /// <summary>The largest number of steps one evaluation may take (求值步数); at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxEvaluationSteps
    {
        get => maxEvaluationSteps;
        init
        {
            Guard.Against.LessThan(value, 1);
            maxEvaluationSteps = value;
        }
    }

    /// <summary>The longest rule text, in UTF-16 characters (文本长度); at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxTextLength
    {
        get => maxTextLength;
        init
        {
            Guard.Against.LessThan(value, 1);
            maxTextLength = value;
        }
    }
}
