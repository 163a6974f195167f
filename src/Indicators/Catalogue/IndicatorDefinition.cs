namespace Indicators;

/// <summary>
/// The definition of an indicator (指标定义): its code, Chinese and English names, unit, polarity
/// (正向/逆向), nature (流量/存量/比率/指数), price basis (现价/可比价), the indicator it is part of
/// (its parent) and the indicators it is the sum of (its parts: 进出口总额 = 出口总额 + 进口总额).
/// Immutable; the <c>With…</c> methods return changed copies.
/// </summary>
/// <remarks>
/// A definition names its parent and parts by code; an <see cref="IndicatorCatalog"/> checks that
/// they exist and that their units measure the same thing.
/// </remarks>
public sealed class IndicatorDefinition : IEquatable<IndicatorDefinition>
{
    private IndicatorDefinition(
        string code, string chineseName, string englishName, Unit unit, IndicatorNature nature, Polarity polarity,
        PriceBasis priceBasis, string? parentCode, IReadOnlyList<string> parts, IReadOnlyList<string> aliases)
    {
        Code = code;
        ChineseName = chineseName;
        EnglishName = englishName;
        Unit = unit;
        Nature = nature;
        Polarity = polarity;
        PriceBasis = priceBasis;
        ParentCode = parentCode;
        Parts = parts;
        Aliases = aliases;
    }

    /// <summary>The code (指标代码): a short ASCII identifier such as <c>GDP</c> or <c>FixedAssetInvestment</c>.</summary>
    public string Code { get; }

    /// <summary>The Chinese name (指标名称): 地区生产总值.</summary>
    public string ChineseName { get; }

    /// <summary>The English name: Gross domestic product.</summary>
    public string EnglishName { get; }

    /// <summary>The unit values are reported in (计量单位); an observation's unit must be compatible with it.</summary>
    public Unit Unit { get; }

    /// <summary>Flow, stock, ratio or index (指标性质): decides what 累计 means.</summary>
    public IndicatorNature Nature { get; }

    /// <summary>正向 (higher is better) or 逆向 (lower is better).</summary>
    public Polarity Polarity { get; }

    /// <summary>Whether published growth is at current (现价) or comparable (可比价) prices.</summary>
    public PriceBasis PriceBasis { get; }

    /// <summary>The code of the indicator this one is part of (其中: 出口总额 is part of 进出口总额); null if none.</summary>
    public string? ParentCode { get; }

    /// <summary>The codes of the indicators this one is the sum of (进出口总额 = 出口总额 + 进口总额); empty if none.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>Other Chinese names the indicator is written under (规上工业总产值 for 规模以上工业总产值).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>
    /// A definition with no parent, parts or aliases; add them with <see cref="WithParent"/>,
    /// <see cref="WithParts"/> and <see cref="WithAliases"/>.
    /// </summary>
    /// <param name="code">A short ASCII identifier: a letter, then letters, digits, '_', '.' or '-'.</param>
    /// <param name="chineseName">The Chinese name; not blank.</param>
    /// <param name="englishName">The English name; not blank.</param>
    /// <param name="unit">The unit. A ratio indicator has a ratio (%) or compound (万元/亩) unit; an index has a ratio unit; a flow or a stock has any unit but a ratio unit.</param>
    /// <param name="nature">Flow, stock, ratio or index.</param>
    /// <param name="polarity">正向 (the default) or 逆向.</param>
    /// <param name="priceBasis">现价, 可比价 or not applicable (the default).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">A name or the code is empty or malformed, or the unit does not suit the nature; the message names the parameter.</exception>
    public static IndicatorDefinition Create(
        string code, string chineseName, string englishName, Unit unit, IndicatorNature nature,
        Polarity polarity = Polarity.Positive, PriceBasis priceBasis = PriceBasis.NotApplicable)
    {
        CheckCode(code, nameof(code));
        CheckName(chineseName, nameof(chineseName));
        CheckName(englishName, nameof(englishName));
        Guard.Against.Null(unit);
        EnumCheck.Defined(nature, nameof(nature));
        EnumCheck.Defined(polarity, nameof(polarity));
        EnumCheck.Defined(priceBasis, nameof(priceBasis));
        var ratioUnit = unit.Dimension.Kind is DimensionKind.Ratio;
        var suits = nature switch
        {
            IndicatorNature.Ratio => ratioUnit || unit.IsCompound,
            IndicatorNature.Index => ratioUnit,
            _ => !ratioUnit,
        };
        Guard.Against.False(suits, nameof(unit),
            $"Indicator {code}: a {nature} indicator cannot be measured in \"{unit.Symbol}\" ({unit.Dimension}).");
        return new IndicatorDefinition(code, chineseName.Trim(), englishName.Trim(), unit, nature, polarity, priceBasis, null, Array.Empty<string>(), Array.Empty<string>());
    }

    /// <summary>A copy that is part of the indicator <paramref name="parentCode"/> (其中).</summary>
    /// <param name="parentCode">The parent's code; not this definition's own.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException">The code is malformed or is this definition's own.</exception>
    public IndicatorDefinition WithParent(string parentCode)
    {
        CheckCode(parentCode, nameof(parentCode));
        Guard.Against.False(parentCode != Code, nameof(parentCode), $"Indicator {Code} cannot be its own parent.");
        return new(Code, ChineseName, EnglishName, Unit, Nature, Polarity, PriceBasis, parentCode, Parts, Aliases);
    }

    /// <summary>A copy that is the sum of the indicators <paramref name="partCodes"/> (进出口总额 = 出口总额 + 进口总额).</summary>
    /// <param name="partCodes">Two or more distinct codes, none this definition's own.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException">Fewer than two parts, a repeated or malformed code, or this definition's own code.</exception>
    public IndicatorDefinition WithParts(params string[] partCodes)
    {
        Guard.Against.Null(partCodes);
        Guard.Against.False(partCodes.Length >= 2, nameof(partCodes), $"Indicator {Code}: a sum has at least two parts.");
        foreach (var part in partCodes)
        {
            CheckCode(part, nameof(partCodes));
            Guard.Against.False(part != Code, nameof(partCodes), $"Indicator {Code} cannot be a part of itself.");
        }
        var duplicate = partCodes.GroupBy(p => p, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Guard.Against.False(duplicate is null, nameof(partCodes), $"Indicator {Code}: part {duplicate?.Key} is listed twice.");
        return new(Code, ChineseName, EnglishName, Unit, Nature, Polarity, PriceBasis, ParentCode, Array.AsReadOnly(partCodes.ToArray()), Aliases);
    }

    /// <summary>A copy also known under <paramref name="aliases"/> (别名).</summary>
    /// <param name="aliases">Non-blank names, distinct from each other and from the Chinese name.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException">A blank or repeated alias.</exception>
    public IndicatorDefinition WithAliases(params string[] aliases)
    {
        Guard.Against.Null(aliases);
        var trimmed = new List<string>(aliases.Length);
        foreach (var alias in aliases)
        {
            CheckName(alias, nameof(aliases));
            var name = alias.Trim();
            Guard.Against.False(name != ChineseName && !trimmed.Contains(name), nameof(aliases), $"Indicator {Code}: alias \"{name}\" is repeated.");
            trimmed.Add(name);
        }
        return new(Code, ChineseName, EnglishName, Unit, Nature, Polarity, PriceBasis, ParentCode, Parts, trimmed.AsReadOnly());
    }

    /// <summary>The Chinese name and every alias.</summary>
    internal IEnumerable<string> Names => Aliases.Prepend(ChineseName);

    /// <summary>Whether two definitions have equal fields.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(IndicatorDefinition? left, IndicatorDefinition? right) => Equals(left, right);

    /// <summary>Whether two definitions differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(IndicatorDefinition? left, IndicatorDefinition? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(IndicatorDefinition? other) =>
        other is not null && Code == other.Code && ChineseName == other.ChineseName && EnglishName == other.EnglishName
        && Unit == other.Unit && Nature == other.Nature && Polarity == other.Polarity && PriceBasis == other.PriceBasis
        && ParentCode == other.ParentCode && Parts.SequenceEqual(other.Parts) && Aliases.SequenceEqual(other.Aliases);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorDefinition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, ChineseName, Unit, Nature, Polarity, PriceBasis, ParentCode);

    /// <summary>"GDP 地区生产总值 (亿元)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {ChineseName} ({Unit.Symbol})";

    private static void CheckCode(string code, string paramName)
    {
        Guard.Against.Null(code, paramName);
        var valid = code.Length > 0 && char.IsAsciiLetter(code[0])
            && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');
        Guard.Against.False(valid, paramName,
            $"An indicator code is a short ASCII identifier (a letter, then letters, digits, '_', '.' or '-'); {paramName} was \"{code}\".");
    }

    private static void CheckName(string name, string paramName)
    {
        Guard.Against.Null(name, paramName);
        Guard.Against.False(!string.IsNullOrWhiteSpace(name), paramName, $"An indicator name cannot be blank; {paramName} was empty.");
    }
}
