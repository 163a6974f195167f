using System.Globalization;
using Indicators.Assessment;

namespace Indicators.Rules;

/// <summary>
/// Creates a scoring method from the arguments a rule wrote after <c>by</c> (计分方法工厂), e.g. <c>capped_ratio(cap: 1.2)</c>.
/// Throw <see cref="ArgumentException"/> for a bad or missing argument: binding turns it into an <c>RL2011</c> diagnostic.
/// </summary>
/// <param name="arguments">The bound arguments by parameter name.</param>
/// <returns>The scoring method.</returns>
public delegate IScoringMethod ScoringMethodFactory(ScoringArguments arguments);

/// <summary>
/// The arguments of a scoring method reference, bound to the method's parameter names (计分参数): positional
/// arguments take the parameters in order; named ones (<c>mode: floor</c>) their name. A number written with
/// <c>%</c> is a fraction, as everywhere in the language (<c>5%</c> is 0.05), except in a points parameter of a built-in
/// method, where the binder has already made it that share of the entry's weight (<c>base: 80%</c> of 10 points is 8).
/// </summary>
public sealed class ScoringArguments
{
    private readonly Dictionary<string, (double? Number, string? Word)> values;

    internal ScoringArguments(string methodName, Dictionary<string, (double? Number, string? Word)> values)
    {
        MethodName = methodName;
        this.values = values;
    }

    /// <summary>The method's registered name.</summary>
    public string MethodName { get; }

    /// <summary>The number of arguments given.</summary>
    public int Count => values.Count;

    /// <summary>Whether the argument <paramref name="parameter"/> was given.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <returns>Whether it was.</returns>
    public bool Has(string parameter)
    {
        Guard.Against.Null(parameter);
        return values.ContainsKey(parameter);
    }

    /// <summary>The number given for <paramref name="parameter"/>.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentException">It was not given, or is a word rather than a number.</exception>
    public double Number(string parameter) =>
        OptionalNumber(parameter) ?? throw new ArgumentException(MethodName + "() needs the argument '" + parameter + "'", parameter);

    /// <summary>The number given for <paramref name="parameter"/>, or <paramref name="defaultValue"/> when it was not given.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <param name="defaultValue">The value when not given.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentException">It is a word rather than a number.</exception>
    public double Number(string parameter, double defaultValue) => OptionalNumber(parameter) ?? defaultValue;

    /// <summary>The number given for <paramref name="parameter"/>, or <see langword="null"/> when it was not given.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <returns>The number or null.</returns>
    /// <exception cref="ArgumentException">It is a word rather than a number.</exception>
    public double? OptionalNumber(string parameter)
    {
        Guard.Against.Null(parameter);
        if (!values.TryGetValue(parameter, out var value))
        {
            return null;
        }
        return value.Number ?? throw new ArgumentException(MethodName + "(): '" + parameter + "' must be a number, not '" + value.Word + "'", parameter);
    }

    /// <summary>Whether <paramref name="parameter"/> was given as a word (<c>best</c>) rather than a number.</summary>
    internal bool IsWord(string parameter) => values.TryGetValue(parameter, out var value) && value.Word is not null;

    /// <summary>The whole number given for <paramref name="parameter"/>, or <paramref name="defaultValue"/> when it was not given.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <param name="defaultValue">The value when not given, or null to require it.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentException">It is missing (with no default), a word, or not a whole number.</exception>
    public int WholeNumber(string parameter, int? defaultValue = null)
    {
        var number = OptionalNumber(parameter) ?? defaultValue ?? Number(parameter);
        Guard.Against.False(number == Math.Floor(number) && Math.Abs(number) <= int.MaxValue, parameter, $"{MethodName}(): '{parameter}' must be a whole number, not {number}");
        return (int)number;
    }

    /// <summary>The word given for <paramref name="parameter"/> (<c>floor</c> in <c>mode: floor</c>), or <paramref name="defaultValue"/> when not given.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <param name="defaultValue">The word when not given, or null to require it.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentException">It is missing (with no default) or a number.</exception>
    public string Word(string parameter, string? defaultValue = null)
    {
        Guard.Against.Null(parameter);
        if (!values.TryGetValue(parameter, out var value))
        {
            return defaultValue ?? throw new ArgumentException(MethodName + "() needs the argument '" + parameter + "'", parameter);
        }
        return value.Word ?? throw new ArgumentException(MethodName + "(): '" + parameter + "' must be a word, not a number", parameter);
    }
}
