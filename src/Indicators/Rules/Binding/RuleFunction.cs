using Indicators.Rules.Syntax;

namespace Indicators.Rules;

/// <summary>
/// The body of a <see cref="RuleFunction"/> for one zone (函数体): the arguments in their types' inside values (a percent
/// as a fraction: 8% is 0.08; a quantity in its parameter's unit). Missing arguments never reach it.
/// </summary>
/// <param name="arguments">The argument values, present and finite.</param>
/// <returns>The result; NaN or an infinity means the result is missing.</returns>
public delegate double RuleFunctionBody(ReadOnlySpan<double> arguments);

/// <summary>
/// The body of a <see cref="RuleFunction"/> for many cells at once (批量函数体), for bulk evaluation: the arguments are
/// parameter-major (argument <c>k</c> of cell <c>i</c> is at <c>k * count + i</c>), a missing argument is NaN, and a
/// cell whose arguments include NaN gets NaN whatever the body writes.
/// </summary>
/// <param name="arguments">The arguments, parameter-major.</param>
/// <param name="count">The number of cells.</param>
/// <param name="results">Where to write one result per cell.</param>
public delegate void RuleFunctionBulkBody(ReadOnlySpan<double> arguments, int count, Span<double> results);

/// <summary>
/// A function rules may call (规则函数), registered explicitly with <see cref="RuleEnvironment.WithFunction"/>: a name,
/// parameter types, a result type and a pure body. Rule text can call nothing else.
/// </summary>
/// <remarks>
/// Missing is missing: when any argument is missing the function is not called and its result is missing (with the
/// argument's reason); a body returning NaN or an infinity gives a missing result ("f() gave no value").
/// An exception from the body is a bug in the C# code, not in the rules: it propagates from <see cref="RulePlan.Evaluate"/>.
/// </remarks>
public sealed class RuleFunction
{
    /// <summary>Creates a function.</summary>
    /// <param name="name">The name rules call it by: a letter or <c>_</c>, then letters, digits or <c>_</c> — exactly a
    /// word the rule lexer reads as one name (letters outside the BMP included). A keyword is accepted: it is called as
    /// <c>target(x)</c>, or in brackets where it is an operator or a literal (<c>[and](x)</c>).</param>
    /// <param name="parameters">The parameter types; a quantity parameter converts its argument into its unit.</param>
    /// <param name="result">The result type; may be <see cref="RuleType.SameAsArgument"/>.</param>
    /// <param name="body">The pure body for one zone.</param>
    /// <param name="bulkBody">An optional body for many cells at once, used by bulk evaluation; <see langword="null"/> to call <paramref name="body"/> per cell.</param>
    /// <exception cref="ArgumentException">The name is malformed, a parameter is a truth value or refers to an argument, or the result refers to an argument that does not exist.</exception>
    public RuleFunction(string name, IEnumerable<RuleType> parameters, RuleType result, RuleFunctionBody body, RuleFunctionBulkBody? bulkBody = null)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(parameters);
        Guard.Against.Null(result);
        Guard.Against.Null(body);
        Guard.Against.False(RuleSyntax.IsName(name), nameof(name), $"A function name is a letter or '_' followed by letters, digits or '_': \"{name}\".");
        var list = parameters.ToArray();
        foreach (var parameter in list)
        {
            Guard.Against.Null(parameter, nameof(parameters));
            Guard.Against.False(parameter.Kind is not (RuleTypeKind.SameAsArgument or RuleTypeKind.Boolean), nameof(parameters),
                $"Function {name}: a parameter is a number, a percent, points or a quantity.");
        }
        Guard.Against.False(result.Kind != RuleTypeKind.SameAsArgument || result.ArgumentIndex < list.Length, nameof(result),
            $"Function {name}: the result refers to argument {result.ArgumentIndex + 1}, but there are {list.Length}.");
        Guard.Against.False(result.Kind != RuleTypeKind.Boolean, nameof(result), $"Function {name}: the result is a number, a percent, points or a quantity.");
        Name = name;
        Parameters = Array.AsReadOnly(list);
        Result = result;
        Body = body;
        BulkBody = bulkBody;
    }

    /// <summary>The name rules call it by.</summary>
    public string Name { get; }

    /// <summary>The parameter types.</summary>
    public IReadOnlyList<RuleType> Parameters { get; }

    /// <summary>The result type.</summary>
    public RuleType Result { get; }

    /// <summary>The body for one zone.</summary>
    public RuleFunctionBody Body { get; }

    /// <summary>The body for many cells, or <see langword="null"/>.</summary>
    public RuleFunctionBulkBody? BulkBody { get; }

    /// <inheritdoc />
    public override string ToString() => Name + "(" + string.Join(", ", Parameters) + ") → " + Result;
}
