using System.Globalization;

namespace Indicators.Assessment;


/// <summary>The item of a scheme a <see cref="SchemeProblem"/> concerns.</summary>
internal enum SchemeItem
{
    Scheme = 0,
    Category = 1,
    Indicator = 2,
    Bonus = 3,
    BonusCap = 4,
    Deduction = 5,
    Veto = 6,
    Grade = 7,
    Ranking = 8,
}

/// <summary>What is wrong, in a word.</summary>
internal enum SchemeProblemKind
{
    /// <summary>A name or code is missing.</summary>
    Missing = 0,

    /// <summary>A name or code is declared twice, or an indicator scored twice.</summary>
    Duplicate = 1,

    /// <summary>A weight, total, cap or points that must be positive and finite is not.</summary>
    NotPositive = 2,

    /// <summary>An enumeration value is not defined, or a number not finite.</summary>
    Undefined = 3,

    /// <summary>Weights do not add up to what they must.</summary>
    WeightsDisagree = 4,

    /// <summary>The scheme has no categories, or a category no indicators.</summary>
    Empty = 5,

    /// <summary>A category mixes points and multipliers, or grades mix thresholds and rank tiers.</summary>
    Mixed = 6,

    /// <summary>An indicator is not in the scheme's catalogue.</summary>
    NotInCatalogue = 7,

    /// <summary>A veto's grade cap is not a declared grade, or is given for another form.</summary>
    GradeCap = 8,

    /// <summary>Grades or tiers are not declared best first.</summary>
    Order = 9,

    /// <summary>The ranking options contradict what a scheme needs.</summary>
    RankingOptions = 10,
}

/// <summary>
/// One problem of a scheme (方案问题), structured so that a caller holding the scheme's text (the rule binder) can say it
/// wholly in either language and point at the item: the kind, the item and its place in the order the builder was given
/// (<paramref name="Index"/>: the category, bonus, deduction, veto or grade; <paramref name="Entry"/>: the indicator within
/// its category, else -1), and whether it is about the item's weight (the binder then points at the weight, else at the name).
/// </summary>
internal sealed record SchemeProblem(SchemeProblemKind Kind, SchemeItem Item, int Index, int Entry, string English, string Chinese, bool AboutWeight = false)
{
    /// <summary>The problem about the item in the language asked for.</summary>
    internal string In(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? Chinese : English;

    /// <summary>The stable code of the problem's kind: <c>SB1001</c> (missing) to <c>SB1011</c> (ranking options), in the
    /// order of <see cref="SchemeProblemKind"/> (docs/diagnostics.md).</summary>
    internal string Code => "SB" + (1001 + (int)Kind).ToString(CultureInfo.InvariantCulture);

    /// <summary>The problem as the builder reports it: an error without a text place, named by the scheme.</summary>
    internal Diagnostic ToDiagnostic(string schemeName) => Diagnostic.Unplaced(Code, English, Chinese, "scheme '" + schemeName + "'");
}
