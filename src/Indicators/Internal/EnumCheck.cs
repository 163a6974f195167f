namespace Indicators;

/// <summary>Argument checks for enum values, which a cast can set to anything.</summary>
internal static class EnumCheck
{
    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> naming <paramref name="paramName"/> unless <paramref name="value"/> is a named member.</summary>
    internal static void Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        Guard.Against.NotInRange(Enum.IsDefined(value), paramName, value, $"{paramName} is not a defined {typeof(TEnum).Name}.");
    }
}
