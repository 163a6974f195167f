namespace Indicators;

/// <summary>
/// The word a report puts next to a figure (限定词): "增长8%以上", "控制在66人以内", "170亿元左右".
/// Each member says whether the stated number itself is included.
/// </summary>
public enum Qualifier
{
    /// <summary>No qualifier: the figure is exact as stated.</summary>
    None = 0,

    /// <summary>以上 (also 不低于): at least the number; the number itself is included (8%以上 is met by 8%).</summary>
    AtLeast = 1,

    /// <summary>以下 (also 不高于): at most the number; the number itself is included.</summary>
    AtMost = 2,

    /// <summary>以内 (控制在…以内): a ceiling that includes the number (66人以内 is met by 66 and missed by 67).</summary>
    Within = 3,

    /// <summary>左右: about the number; the number is included, and so is a value that rounds to it (5.0% meets 5%左右).</summary>
    About = 4,

    /// <summary>突破: reaching the number, usually for the first time; the number itself is included.</summary>
    Breakthrough = 5,

    /// <summary>近: nearly the number, slightly below it; the number itself is not included.</summary>
    Nearly = 6,

    /// <summary>余 / 多 (170余亿元): somewhat more than the number; the number itself is not included.</summary>
    Over = 7,

    /// <summary>超过: more than the number; the number itself is not included.</summary>
    MoreThan = 8,

    /// <summary>不满 / 不足: less than the number; the number itself is not included.</summary>
    LessThan = 9,
}
