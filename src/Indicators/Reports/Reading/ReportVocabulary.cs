using System.Collections.Frozen;

namespace Indicators.Reports;

/// <summary>
/// The indicator names a report reader knows (指标名称及同义词、简称表): every Chinese name and alias of a catalogue's
/// indicators, the synonyms reports use (国内生产总值 for 地区生产总值, 公共财政预算收入 and 地方财政收入 for
/// 一般公共预算收入), and their abbreviated forms (规上 for 规模以上, 固投 for 固定资产投资), each mapped to one catalogue
/// code. Extend it with <see cref="WithSynonym"/>; a name it does not know has no code — never a guess.
/// </summary>
/// <remarks>
/// <para>Names are compared after the reading normalisation (traditional → simplified, full-width → half-width), so
/// 規模以上工業總產值 and ＧＤＰ are known wherever 规模以上工业总产值 and GDP are. Comparison is otherwise exact (ordinal).</para>
/// <para>Abbreviation pairs apply to every name, in both directions: a name containing 规模以上 is also known with 规上
/// in its place and the other way round; likewise 固定资产投资 / 固投, 地区生产总值 / 国内生产总值 and 一般公共预算 /
/// 公共财政预算 (the name before 2014). A derived form never displaces a name that already belongs to another
/// indicator.</para>
/// <para>The type is immutable: <see cref="WithSynonym"/> returns a new vocabulary.</para>
/// </remarks>
public sealed class ReportVocabulary
{
    // Forms that stand for each other inside any name; the first is the full form.
    private static readonly (string Full, string Short)[] Abbreviations =
    [
        ("规模以上", "规上"),
        ("固定资产投资", "固投"),
        ("地区生产总值", "国内生产总值"),
        ("一般公共预算", "公共财政预算"),
    ];

    // Synonyms that reports use and the catalogue does not list, by catalogue code.
    private static readonly (string Name, string Code)[] ReportSynonyms =
    [
        ("国内生产总值", "GDP"),
        ("公共财政预算收入", "GeneralBudgetRevenue"),
        ("地方财政收入", "GeneralBudgetRevenue"),
        ("财政一般预算收入", "GeneralBudgetRevenue"),
        ("地方一般预算收入", "GeneralBudgetRevenue"),
        ("地方公共财政预算收入", "GeneralBudgetRevenue"),
        ("全社会固投", "FixedAssetInvestment"),
        ("外贸出口", "Exports"),
        ("外贸出口总额", "Exports"),
        ("外贸出口额", "Exports"),
        ("外贸进口", "Imports"),
        ("外贸进口总额", "Imports"),
        ("外贸进口额", "Imports"),
        ("研发费用投入", "RdExpenditure"),
        ("研发费用", "RdExpenditure"),
        ("签约项目", "ContractedProjects"),
    ];

    private readonly Dictionary<string, string> codes;
    private readonly FrozenDictionary<char, string[]> byFirstCharacter;

    private ReportVocabulary(IndicatorCatalog catalog, Dictionary<string, string> codes)
    {
        Catalog = catalog;
        this.codes = codes;
        byFirstCharacter = codes.Keys
            .GroupBy(name => name[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The vocabulary of <see cref="IndicatorCatalog.Standard"/> (标准指标名称表).</summary>
    public static ReportVocabulary Standard { get; } = For(IndicatorCatalog.Standard);

    /// <summary>The catalogue whose codes the names map to.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>
    /// The vocabulary of <paramref name="catalog"/>: its indicators' Chinese names and aliases, the report synonyms
    /// of those of its codes that the standard catalogue defines, and the abbreviated forms of all of them.
    /// </summary>
    /// <param name="catalog">The catalogue.</param>
    /// <returns>The vocabulary.</returns>
    public static ReportVocabulary For(IndicatorCatalog catalog)
    {
        Guard.Against.Null(catalog);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in catalog)
        {
            foreach (var name in definition.Names)
            {
                codes.TryAdd(Key(name), definition.Code);
            }
        }
        foreach (var (name, code) in ReportSynonyms.Where(s => catalog.Contains(s.Code)))
        {
            codes.TryAdd(Key(name), code);
        }
        foreach (var (name, code) in codes.ToArray())
        {
            AddForms(codes, name, code);
        }
        return new ReportVocabulary(catalog, codes);
    }

    /// <summary>
    /// This vocabulary with <paramref name="name"/> (and its abbreviated forms) known as the indicator
    /// <paramref name="code"/> (添加同义词): a zone's own wording, 工业总产值（规上） or 技工贸总收入.
    /// </summary>
    /// <param name="name">The name as reports write it; surrounding white space is ignored.</param>
    /// <param name="code">A code of <see cref="Catalog"/>.</param>
    /// <returns>The extended vocabulary; this one if the name already has that code.</returns>
    /// <exception cref="ArgumentException">The name is empty, the code is not in the catalogue, or the name already
    /// belongs to another indicator.</exception>
    public ReportVocabulary WithSynonym(string name, string code)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.False(Catalog.Contains(code), nameof(code), $"The catalogue has no indicator {code}.");
        var key = Key(name);
        Guard.Against.False(key.Length > 0, nameof(name), "The name is empty once normalised.");
        if (codes.TryGetValue(key, out var existing))
        {
            Guard.Against.False(existing == code, nameof(name), $"The name \"{key}\" already belongs to indicator {existing}.");
            return this;
        }
        var extended = new Dictionary<string, string>(codes, StringComparer.Ordinal) { [key] = code };
        AddForms(extended, key, code);
        return new ReportVocabulary(Catalog, extended);
    }

    /// <summary>The catalogue code of an indicator name as a report writes it (按名称查指标代码): 国内生产总值 → GDP,
    /// 規上工業總產值 → IndustrialOutput; null for a name this vocabulary does not know.</summary>
    /// <param name="name">The name as written; surrounding white space is ignored.</param>
    /// <returns>The code, or null.</returns>
    public string? CodeOf(string name)
    {
        Guard.Against.Null(name);
        return codes.GetValueOrDefault(Key(name));
    }

    /// <summary>The longest known name that starts at <paramref name="position"/> of a normalised text; a name that
    /// begins or ends with a Latin letter or digit is not taken where a Latin letter continues it (GDPR).</summary>
    /// <param name="text">Text normalised by <see cref="ReadingText"/>.</param>
    /// <param name="position">The position, 0 to the text's length.</param>
    /// <returns>The match, or null.</returns>
    internal NameMatch? MatchAt(string text, int position)
    {
        Guard.Against.Null(text);
        Guard.Against.OutOfRange(position, nameof(position), 0, text.Length);
        if (position == text.Length || !byFirstCharacter.TryGetValue(text[position], out var names))
        {
            return null;
        }
        var rest = text.AsSpan(position);
        foreach (var name in names)
        {
            if (rest.StartsWith(name, StringComparison.Ordinal) && StandsAlone(text, position, name.Length))
            {
                return new NameMatch(position, name.Length, name, codes[name]);
            }
        }
        return null;
    }

    /// <summary>The known names of a normalised text from left to right, each the longest at its position; a name is
    /// not searched for inside a longer one already found.</summary>
    /// <param name="text">Text normalised by <see cref="ReadingText"/>.</param>
    /// <returns>The matches in order.</returns>
    internal IEnumerable<NameMatch> FindAll(string text)
    {
        Guard.Against.Null(text);
        for (var i = 0; i < text.Length;)
        {
            var match = MatchAt(text, i);
            if (match is { } found)
            {
                yield return found;
                i += found.Length;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The known names of a text as read, each with its span in <see cref="ReadingText.Source"/>.</summary>
    /// <param name="read">The normalised text.</param>
    /// <returns>The matches in order, with their source spans (UTF-16, end exclusive).</returns>
    internal IEnumerable<SourceNameMatch> FindAll(ReadingText read)
    {
        Guard.Against.Null(read);
        return FindAll(read.Text).Select(match =>
        {
            var (start, end) = read.SourceSpan(match.Start, match.Start + match.Length);
            return new SourceNameMatch(match, start, end);
        });
    }

    /// <summary>The names known, derived forms included.</summary>
    internal IEnumerable<string> Names => codes.Keys;

    // A Latin name is a word of its own: GDP in GDPR or R&D in CR&D is not the indicator. Chinese has no word
    // boundaries to check, and a Chinese name is found wherever it stands.
    private static bool StandsAlone(string text, int start, int length) =>
        !(char.IsAsciiLetterOrDigit(text[start]) && start > 0 && char.IsAsciiLetter(text[start - 1]))
        && !(char.IsAsciiLetterOrDigit(text[start + length - 1]) && start + length < text.Length && char.IsAsciiLetter(text[start + length]));

    private static string Key(string name) => ReadingText.Normalise(name.Trim()).Text;

    private static void AddForms(Dictionary<string, string> codes, string name, string code)
    {
        // Replacing one form at a time, to a fixed point, covers names with several of them (规上工业固投).
        var pending = new Queue<string>([name]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var (full, abbreviated) in Abbreviations)
            {
                foreach (var form in new[] { current.Replace(full, abbreviated, StringComparison.Ordinal), current.Replace(abbreviated, full, StringComparison.Ordinal) })
                {
                    if (form != current && codes.TryAdd(form, code))
                    {
                        pending.Enqueue(form);
                    }
                }
            }
        }
    }
}
