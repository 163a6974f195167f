using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Tests.Assessment;
using Indicators.Tests.Bulk;
using Indicators.Tests.Periods;
using Indicators.Tests.Quantities;
using Indicators.Tests.Rules;
using Indicators.Tests.Scoring;
using Indicators.Tests.Targets;

// Every [Property] in the assembly draws its parameters from the one class below; passing tests stay quiet.
[assembly: Properties(Arbitrary = new[] { typeof(Indicators.Tests.Arbitraries) }, QuietOnSuccess = true)]

namespace Indicators.Tests;

// Domain values the properties are stated over. A primitive gets a wrapper where its range carries a meaning,
// so a [Property] parameter says what it is and the one registration below says how it is generated.

/// <summary>A finite value below 1e12 in magnitude, a number of decimals (0–6) and a rounding mode.</summary>
public sealed record RoundingCase(double Value, int Decimals, RoundingMode Mode);

/// <summary>A decimal value with one digit more than <see cref="Decimals"/> keeps, so exact midpoints occur often.</summary>
public sealed record MidpointCase(double Value, int Decimals, int LastDigit);

/// <summary>A base (up to three decimals) and a rate (basis points) whose current value is exact in decimal.</summary>
public sealed record DecimalTie(decimal Base, decimal Rate, decimal Current, LimitComparison Comparison, RoundingMode Mode);

/// <summary>A finite actual below 1e9 in magnitude, a limit in tenths of a percent and a rounding mode.</summary>
public sealed record LimitCase(double Actual, double Limit, RoundingMode Mode);

/// <summary>
/// Two exact positive levels (0.001 to 1e9, the second 0.01–100 times the first), the decimals (0–3) each is stated
/// with, those of a result (0–2), and whether figures may be truncated (issue 12).
/// </summary>
public sealed record StatedPairCase(double First, double Second, int FirstDecimals, int SecondDecimals, int ResultDecimals, bool Truncated)
{
    /// <summary>The policy of the case.</summary>
    public ConsistencyPolicy Policy => Truncated ? ConsistencyPolicy.Default.WithTruncation() : default;
}

/// <summary>Two intervals with open or closed ends of either sign (some infinite), a point of each, and a root degree 1–10 (issue 12).</summary>
public sealed record IntervalPairCase(StatedInterval A, double X, StatedInterval B, double Y, int Root);

/// <summary>Report-like text: digits (half- and full-width), Chinese numerals, units, blanks, spaces and any character (issue 12).</summary>
public sealed record ReportText(string Text);

/// <summary>Report-like text without a digit or a Chinese numeral (issue 12).</summary>
public sealed record NumberlessText(string Text);

/// <summary>An exact decimal (at most 15 digits) printed invariantly with its decimals, and a unit after it (issue 12).</summary>
public sealed record PrintedNumber(string Number, int Decimals, string Unit)
{
    /// <summary>The number and its unit.</summary>
    public string Text => Number + Unit;
}

/// <summary>A printed number with spaces and line breaks inserted between its characters (issue 12).</summary>
public sealed record SpacedNumber(PrintedNumber Printed, string Text);

/// <summary>Report text mixing traditional characters of the reading table, full-width forms, the ideographic space,
/// zero-width characters, surrogate pairs and ordinary text (issue 12, item 3).</summary>
public sealed record ReportTextCase(string Text);

/// <summary>Report text with no traditional character of the reading table, no full-width form and no zero-width
/// character (issue 12, item 3).</summary>
public sealed record PlainReportTextCase(string Text);

/// <summary>A value in tenths between −100 and 100.</summary>
public readonly record struct Tenths(double Value);

/// <summary>An indicator of the standard catalogue.</summary>
public sealed record StandardIndicator(IndicatorDefinition Definition)
{
    /// <inheritdoc/>
    public override string ToString() => Definition.Code;
}

/// <summary>A named simple unit or the unit of a standard indicator: any unit an observation may be written in.</summary>
public sealed record ObservationUnit(Unit Unit)
{
    /// <inheritdoc/>
    public override string ToString() => Unit.Symbol;
}

/// <summary>0–30 new indicator numbers in random order, cut into batches of 1–5 registered together.</summary>
public sealed record RegistrationBatches(int[][] Chunks)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(" | ", Chunks.Select(c => string.Join(",", c)));
}

/// <summary>A positive start level and 1–12 later levels, each 0.001–30 times the start.</summary>
public sealed record GrowthPath(double Start, double[] Levels)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Start} → [{string.Join(", ", Levels)}]";
}

/// <summary>A rate in basis points, 0.01%–1000%.</summary>
public readonly record struct BasisPoints(int Value);

/// <summary>Two whole amounts 1–1,000,000: an actual and a target.</summary>
public readonly record struct WholePair(int Actual, int Target);

/// <summary>Two whole counts 1–100,000: a previous and a current one.</summary>
public readonly record struct CountPair(int Previous, int Current);

/// <summary>A number of decimals to round to, 0–3.</summary>
public readonly record struct FewDecimals(int Value);

/// <summary>A positive amount, 0.01–1e11, on four scales.</summary>
public readonly record struct PositiveAmount(double Value);

/// <summary>Two positive amounts (see <see cref="PositiveAmount"/>): an actual and a target.</summary>
public readonly record struct PositivePair(double A, double T);

/// <summary>Three positive amounts (see <see cref="PositiveAmount"/>): two actuals and a target.</summary>
public readonly record struct PositiveTriple(double X, double Y, double T);

/// <summary>Two amounts of either sign or zero, up to 1e10 in magnitude: an actual and a target.</summary>
public readonly record struct SignedPair(double A, double T);

/// <summary>Parts of a whole before (positive levels) and after (0–3 times before) a change.</summary>
public sealed record PartsChange(double[] Before, double[] After)
{
    /// <inheritdoc/>
    public override string ToString() => $"[{string.Join(", ", Before)}] → [{string.Join(", ", After)}]";
}

/// <summary>Three finite values, from ordinary to the edges of double (extremes, subnormals, ±0, random bits).</summary>
public readonly record struct ExtremeTriple(double A, double B, double C);

/// <summary>Two finite extreme values (see <see cref="ExtremeTriple"/>).</summary>
public readonly record struct ExtremePair(double A, double B);

/// <summary>Extreme values, target and population bound, and an ordinary weight 0–100.</summary>
public readonly record struct ExtremeScoringCase(ExtremeTriple Values, double Weight);

/// <summary>
/// Three positive levels of one series, each within a factor of 20 of the first: growth stores current / base − 1,
/// so a ratio near zero loses relative precision in 1 + g, as any stored rate does.
/// </summary>
public readonly record struct GrowthSeries(double X0, double X1, double X2);

/// <summary>Two levels of any sign or zero (small integers included): a current and a previous one.</summary>
public readonly record struct LevelPair(double Current, double Previous);

/// <summary>Three levels of any sign or zero.</summary>
public readonly record struct LevelTriple(double X, double Y, double Z);

/// <summary>Three numbers: any finite double, or a level of any sign.</summary>
public readonly record struct NumberTriple(double X, double Y, double Z);

/// <summary>A nominal growth (−90%–500%) and a price index change (−50%–50%).</summary>
public readonly record struct NominalAndPrice(Percentage Nominal, Percentage Price);

/// <summary>A growth rate, −99.9%–1000% in tenths.</summary>
public readonly record struct GrowthRate(Percentage Value);

/// <summary>An overfulfilment, 0.1%–1000% in tenths.</summary>
public readonly record struct Overfulfilment(Percentage Value);

/// <summary>A share, 0.1%–100% in tenths.</summary>
public readonly record struct ShareRate(Percentage Value);

/// <summary>A part and the rest of a whole before and after a change (each 0.05–5 times before).</summary>
public readonly record struct ShareLevels(double PartBefore, double WholeBefore, double PartAfter, double RestAfter);


/// <summary>A year-on-year growth between levels in hundredths (current 0–50,000, previous 1,000–20,000) and phrasing options.</summary>
public sealed record PhrasingCase(int Current, int Previous, GrowthResult Growth, PhrasingOptions Options);

/// <summary>A change in hundredths of a percentage point, −1000–1000 points.</summary>
public readonly record struct PointHundredths(int Value);

/// <summary>A period, two day offsets from its start (−100–2200, early ≤ late) and a measure of elapsed time.</summary>
public sealed record ElapsedCase(ReportingPeriod P, int A, int B, ElapsedMeasure Measure);

/// <summary>A day offset, −400–4000.</summary>
public readonly record struct DayOffset(int Value);

/// <summary>Text that may be a period: random strings, and strings of the characters period text uses.</summary>
public sealed record PeriodText(string? Value);

/// <summary>A value a report could hold: an integer or decimal across many magnitudes, of either sign.</summary>
public readonly record struct ReportValue(double Value);

/// <summary>Two money units (possibly the same currency).</summary>
public sealed record MoneyUnits(Unit From, Unit To);

/// <summary>An exchange rate, 0.001–100.</summary>
public readonly record struct RateValue(double Value);

/// <summary>A simple unit.</summary>
public sealed record SimpleUnit(Unit Unit);

/// <summary>A compound unit (one part per another).</summary>
public sealed record CompoundUnit(Unit Unit);

/// <summary>Two units of one dimension (simple, or compound from two same-dimension groups).</summary>
public sealed record UnitPair(Unit[] Units)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Units.Select(u => u.ToString()));
}

/// <summary>Three units of one dimension (see <see cref="UnitPair"/>).</summary>
public sealed record UnitTriple(Unit[] Units)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Units.Select(u => u.ToString()));
}

/// <summary>Text built from the pieces quantities are written with (numbers, 万, 亿, units, '/').</summary>
public sealed record QuantityText(string Value);

/// <summary>Text built from the pieces units are written with.</summary>
public sealed record UnitText(string Value);

/// <summary>A positive plan level in hundredths, 0.01–100,000.</summary>
public readonly record struct PlanLevel(double Value);

/// <summary>A plan's average growth rate, −5%–30% in hundredths of a percent.</summary>
public readonly record struct PlanRate(Percentage Value);

/// <summary>A year of the 14th five-year plan, 2021–2025.</summary>
public readonly record struct PlanYear(int Value);

/// <summary>A level of either sign in hundredths, up to 1,000,000 in magnitude.</summary>
public readonly record struct SignedLevel(double Value);

/// <summary>A level of either sign in hundredths, up to 10,000 in magnitude.</summary>
public readonly record struct SmallSignedLevel(double Value);

/// <summary>A positive yearly target in hundredths, 0.01–1,000,000.</summary>
public readonly record struct PaceTarget(double Value);

/// <summary>A month of the year, 1–12.</summary>
public readonly record struct MonthOfYear(int Value);

/// <summary>A positive yearly target (see <see cref="PaceTarget"/>) and a month.</summary>
public readonly record struct TargetAndMonth(double Target, int Month);

/// <summary>A year, 2000–2030.</summary>
public readonly record struct RecentYear(int Value);

/// <summary>A whole monthly amount, 1–1,000,000.</summary>
public readonly record struct MonthlyAmount(int Value);

/// <summary>A non-empty list of ranks, 1–230.</summary>
public sealed record RankPath(int[] Ranks)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Ranks);
}

/// <summary>Scores in halves between −2 and 2, often tied, one in six missing.</summary>
public sealed record ScoreList(double?[] Scores)
{
    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", Scores.Select(s => s?.ToString() ?? "null")) + "]";
}

/// <summary>Scores, a random sort key per score (a permutation) and ranking options.</summary>
public sealed record PermutedScores(ScoreList Scores, int[] Keys, RankingOptions Options);

/// <summary>Scores, a group (东部, 中部, 西部) per score and ranking options.</summary>
public sealed record GroupedScores(ScoreList Scores, string[] Groups, RankingOptions Options);

/// <summary>Scores in steps of 1/997 between about −2 and 2, present, so rounding makes ties.</summary>
public sealed record FineScores(double?[] Scores)
{
    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", Scores) + "]";
}

/// <summary>A valid target (see Targets/TargetPropertyTests), an actual near its numbers and a judging policy.</summary>
public sealed record JudgedTarget(Target Target, double Actual, JudgingPolicy Policy);

/// <summary>A judged target and a step (0–5) by which the actual gets better.</summary>
public sealed record ImprovementCase(Target Target, double Actual, double Step, JudgingPolicy Policy);

/// <summary>A target other than zero control and a stretch value stated at its decimals, on either side.</summary>
public sealed record StretchCase(Target Target, double Stretch);

/// <summary>A target and a policy (default, full value, or rounded GB/T 8170).</summary>
public sealed record InclusiveCase(Target Target, JudgingPolicy Policy);

/// <summary>A target, an actual near it and a rounding mode.</summary>
public sealed record RoundingJudgedCase(Target Target, double Actual, RoundingMode Mode);

/// <summary>A limit stated at 0–2 decimals (±50), an actual (±6000) and a policy.</summary>
public sealed record CeilingCase(int Decimals, double Limit, double Actual, JudgingPolicy Policy);

/// <summary>A level limit in 亿元 stated at 0–2 decimals, an actual (0–600,000), a qualifier and a policy.</summary>
public sealed record ScaleCase(int Decimals, double Limit, double Actual, Qualifier Qualifier, JudgingPolicy Policy);

/// <summary>A target built from any numbers and precisions, or null where the factory refuses them.</summary>
public sealed record AnyTarget(Target? Value);

/// <summary>Target text with E-notation, full-width digits, long numbers and padded precisions.</summary>
public sealed record TargetText(string Value);

/// <summary>Up to eight words and numbers that target texts are made of, in any order.</summary>
public sealed record TargetWords(string Value);

/// <summary>A value to score, −100–100 in tenths.</summary>
public readonly record struct ScoredValue(double Value);

/// <summary>A gain in the better direction, 0–100 in tenths.</summary>
public readonly record struct Gain(double Value);

/// <summary>A polarity, a worst value (±50), a best one up to 30 better, and a tenth (−5–15) of the way between them.</summary>
public readonly record struct EfficacyCase(Polarity Polarity, double Worst, double Best, int Tenth);

/// <summary>A positive linear rescaling x ↦ A·x + B (A 0.1–10, B ±100).</summary>
public readonly record struct Rescaling(double A, double B);

/// <summary>A polarity, a baseline (±50), a target up to 30 better, and a value (±100).</summary>
public readonly record struct InterpolationCase(Polarity Polarity, double Baseline, double Target, double Value);

/// <summary>A weight (0–20) and a decrement (0.1–2) for a rank ladder.</summary>
public readonly record struct LadderCase(double Weight, double Decrement);

/// <summary>A rank, 1–50.</summary>
public readonly record struct LadderRank(int Value);

/// <summary>A number of places further down, 0–50.</summary>
public readonly record struct FurtherPlaces(int Value);

/// <summary>A positive ratio operand, 0.1–100 in tenths.</summary>
public readonly record struct RatioValue(double Value);

/// <summary>A value around a zero baseline, ±30 in tenths.</summary>
public readonly record struct StepValue(double Value);

/// <summary>A step size, 0.1–5 in tenths.</summary>
public readonly record struct StepSize(double Value);

/// <summary>1–8 zones of the sample scheme with values, regions, events and an occasional veto.</summary>
public sealed record AssessmentZones(AssessmentZone[] Zones)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join("; ", Zones.Select(z => z.ToString()));
}

/// <summary>A zone index, 0–7 (taken modulo the number of zones).</summary>
public readonly record struct ZonePick(int Value);

/// <summary>Zones of the sample scheme and a random sort key per zone.</summary>
public sealed record PermutedZones(AssessmentZone[] Zones, int[] Keys);

/// <summary>Zones of the sample scheme, one of them, a positive indicator and a raise (0.01–100).</summary>
public sealed record RaisedZone(AssessmentZone[] Zones, int Pick, string Code, double Raise);

/// <summary>1–8 zones' values (1–200) for the library-methods scheme, one zone, one of its indicators and a raise.</summary>
public sealed record LibraryRaise(int N, double[] Values, int Pick, int Code, double Raise);

/// <summary>A category weight (0.01–1000) and 1–8 multipliers (0.01–5).</summary>
public sealed record MultiplierCase(double Weight, double[] Multipliers);

/// <summary>Six indicator weights (0.01–50) and which of them have a value (at least one).</summary>
public sealed record ReweightCase(double[] Weights, bool[] Present)
{
    /// <summary>The number of indicators.</summary>
    public const int Count = 6;
}

/// <summary>A built-in scoring method, a polarity, a target with a band around it and 1–6 values.</summary>
public sealed record ExplainedMethod(bool Reverse, int Pick, double Target, double Below, double Above, double[] Values);

/// <summary>A mantissa, 1–999,999.</summary>
public readonly record struct Mantissa(int Value);

/// <summary>A power of ten from beyond double's smallest subnormal to beyond its largest value, −420–320.</summary>
public readonly record struct DecimalExponent(int Value);

/// <summary>A bulk dataset (see Bulk/BulkGen) with ordinary cells or with cells at the edges of the scalar statuses.</summary>
public sealed record OrdinaryOrCornerDataset(DatasetSpec Spec);

/// <summary>A seed for a zone index, 0–10,000 (taken modulo the number of zones).</summary>
public readonly record struct ZoneSeed(int Value);

/// <summary>A dataset, changes to some of its zones' cells, and a degree of parallelism (1–3).</summary>
public sealed record ZoneChanges(DatasetSpec Spec, (int Zone, (int Cell, double Actual, double Target)[] Cells)[] Changes, int Degree);

/// <summary>A tie-prone dataset (up to 60 zones) and 1–8 zones jumping to the top, the bottom, missing, or another zone's values.</summary>
public sealed record TieJumps(DatasetSpec Spec, (int Zone, BulkRecomputePropertiesTests.Jump Jump, int Other)[] Moves);

/// <summary>A built-in scoring method and an input (see Bulk/BulkAssessmentPointsTests).</summary>
public sealed record PointsCase(IScoringMethod Method, ScoringInput Input);

/// <summary>The zones-bulk workload as a dataset: positive cells, some actuals missing, 1–4 years.</summary>
public sealed record WorkloadSpec(DatasetSpec Spec);

/// <summary>The workload with 1–9 years (the vector path from four years on).</summary>
public sealed record LongerWorkloadSpec(DatasetSpec Spec);

/// <summary>A degree of parallelism: 1, 2, 3 or 5 threads.</summary>
public readonly record struct ThreadCount(int Value);

/// <summary>Whether the engine runs its scalar loops only.</summary>
public readonly record struct LoopKind(bool ScalarOnly);

/// <summary>An engine dataset, one of its zones and edits to that zone's cells.</summary>
public sealed record EngineChange(EngineTests.Spec Spec, int Zone, (int I, int Y, bool IsTarget, double? Value)[] Edits);

/// <summary>A small dataset (4 zones, 3 indicators, 3 years) written to a file, cut (per mille) and with 0–3 bytes overwritten.</summary>
public sealed record ZbulkCorruption(DatasetSpec Spec, int Cut, (int At, int Value)[] Flips);

/// <summary>Any double from random bits, or a special one (±0, subnormal, extremes, NaN with payloads, infinities).</summary>
public readonly record struct AnyBits(double Value);

/// <summary>24 doubles from any bits (see <see cref="AnyBits"/>).</summary>
public sealed record AnyBitsCells(double[] Cells)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Cells);
}

/// <summary>An assessment case (see Bulk/BulkAssessmentGen) of four years or more, mostly with capped or benchmark ratios.</summary>
public sealed record VectorAssessmentCase(AssessmentCase Case);

/// <summary>An assessment case with up to 40 zones.</summary>
public sealed record WideAssessmentCase(AssessmentCase Case);

/// <summary>An assessment case under the Error policy with absolute methods, and one of its zone-years.</summary>
public sealed record ErrorPolicyCase(AssessmentCase C, int Zone, int Year);

/// <summary>A bulk dataset whose cells reach the edges of the scalar statuses (see Bulk/BulkGen.CornerCell).</summary>
public sealed record CornerDataset(DatasetSpec Spec);

/// <summary>A dataset a capped-ratio scheme can score: weights summing to 100, positive targets, no negative actuals.</summary>
public sealed record SchemeComparableDataset(DatasetSpec Spec);

/// <summary>A value m·10^e (m 1–9, e −335–308) in 元, 万元, 亿元 or 万亿元 (with its power-of-ten shift into 亿元), in the value column or the unit column.</summary>
public sealed record MagnitudeCase(int M, int E, (string Unit, int Shift) U, bool InColumn);

/// <summary>CSV text made of up to 40 field-like pieces (names, years, kinds, values, quotes, commas, newlines).</summary>
public sealed record CsvFieldText(string Value);

/// <summary>Four rule values (A, B, C and A's previous year), each missing, 0, ±1 or up to ±10,000 in hundredths.</summary>
public readonly record struct RuleValues(double? A, double? B, double? C, double? P);

/// <summary>Two rule values (see <see cref="RuleValues"/>).</summary>
public readonly record struct RuleValuePair(double? A, double? B);

/// <summary>A rule model with random expressions, units and target texts (see Rules/BindingRobustnessTests).</summary>
public sealed record RandomRuleModel(RuleSet Rules);

/// <summary>One to five rule statements (indicators, derived values, targets, checks, schemes) with near-miss names and units.</summary>
public sealed record RuleStatements(string Text);

/// <summary>Rule text of near misses: 0–1000 declared names, 1–2000 entries, names of 1–70 characters.</summary>
public readonly record struct NearMissCase(int Declared, int Entries, int NameLength);

/// <summary>One or more zones' exports, trade, GDP (or missing), honours and problems.</summary>
public sealed record TradeZones((double exports, double trade, double? gdp, int honours, int problems)[] Zones);

/// <summary>Tie-prone scores (see Bulk/BulkRankingTests.Score), ranking options, and a stride (1–4) and start (below it) to read them from.</summary>
public sealed record StridedScores(double?[] Scores, RankingOptions Options, int Stride, int Start)
{
    /// <inheritdoc/>
    public override string ToString() =>
        "[" + string.Join(", ", Scores.Select(s => s?.ToString() ?? "null")) + $"] {Options} stride {Stride} start {Start}";
}

/// <summary>Tie-prone scores, each in one of three groups (0–2), and ranking options.</summary>
public sealed record GroupMembers((double? Score, int Group)[] Members, RankingOptions Options)
{
    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", Members.Select(m => $"{m.Score?.ToString() ?? "null"}/{m.Group}")) + $"] {Options}";
}

/// <summary>A bulk dataset of up to 30 zones, 3 indicators and 5 years, and a degree of parallelism (1–3).</summary>
public sealed record RankedDataset(DatasetSpec Spec, int Threads);

/// <summary>A dataset with corner cells (up to 12 zones, 6 indicators, 9 years), sometimes one zero weight, a degree of parallelism (1–3) and whether the engine runs scalar loops only.</summary>
public sealed record SchemeScoreCase(DatasetSpec Spec, int Threads, bool Scalar);

/// <summary>An assessment case of 4–11 years (see Bulk/BulkAssessmentVectorTests.Cases), a default target choice per indicator and 0–3 extreme cells.</summary>
public sealed record VectorPathCase(AssessmentCase Case, int[] Defaults, (int Cell, double Value, bool Target)[] Extremes);

/// <summary>A vector-path case (up to 12 zones) whose indicators may be capped at 1e307, so points and totals can overflow.</summary>
public sealed record HugeCapVectorCase(VectorPathCase Value);

/// <summary>A vector-path case with up to 30 zones.</summary>
public sealed record WideVectorCase(VectorPathCase Value);

/// <summary>Ranking options a scheme accepts: competition or dense, exact ties or rounded to 0–1 decimals.</summary>
public sealed record SchemeRanking(RankingOptions Options);

/// <summary>A value (±1000 in thousandths), a positive target (0.001–1000), a weight (0.025–100) and a polarity.</summary>
public readonly record struct RatioCell(double Value, double Target, double Weight, bool Reverse);

/// <summary>A small dataset (6 zones, 3 indicators, 3 years) as CSV rows, with bad rows (kind, place per mille) put in, 0–3 duplicate rows and maybe an unclosed quote at the end.</summary>
public sealed record CsvBadRowsCase(DatasetSpec Spec, (int Kind, int At)[] Bad, int Duplicates, bool Unclosed);

/// <summary>Rules over a random dataset of 1–12 zones and 1–4 years (see Rules/RulesBulkTests.Cases).</summary>
public sealed record SmallRulesBulkCase(RulesBulkCase Value);

/// <summary>Rules over a dataset of 700 zones and 3 years spread from a random one-zone case: three chunks, the last one short.</summary>
public sealed record ChunkedRulesBulkCase(RulesBulkCase Value);

/// <summary>Two operands of a rule (a percentage, points, per mille, a number, or a bare literal and its value) and how they meet (+, −, a comparison, min, max, if).</summary>
public sealed record RateOperands(
    (Issue9RuleSemanticsTests.Operand Kind, string Text, double Value) L, (Issue9RuleSemanticsTests.Operand Kind, string Text, double Value) R, string Shape);

/// <summary>A formula with a declared unit (the factor it applies and the formula's value for the test zone) and 0–3 literal factors multiplied or divided in.</summary>
public sealed record LiteralFactors((string Formula, string Unit, double Factor, double Natural) B, (double value, bool divide)[] Factors)
{
    /// <inheritdoc/>
    public override string ToString() => $"{B} {string.Join(" ", Factors.Select(f => (f.divide ? "/ " : "* ") + f.value))}";
}

/// <summary>An assessment case (see Bulk/BulkAssessmentGen) of up to 10 zones and 3 years.</summary>
public sealed record SmallAssessmentCase(AssessmentCase Case);

/// <summary>A scoring method's text, a polarity, an optional target, stretch and baseline (−5–60) and three values (1–100) of a derived indicator.</summary>
public sealed record DerivedIndicatorScheme(string Method, bool Reverse, double? Target, double? Stretch, double? Baseline, double[] Values)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Method} reverse {Reverse} target {Target} stretch {Stretch} baseline {Baseline} [{string.Join(", ", Values)}]";
}

/// <summary>A rule model built from the pieces the builder offers (see Rules/BuilderModels).</summary>
public sealed record BuilderRuleModel(RuleSet Rules);

/// <summary>Rule text with extreme numbers (see Rules/RuleTextFuzzTests.Texts) and a zone's current and previous figures (extremes, ±0, subnormals).</summary>
public sealed record ExtremeRuleText(string Text, double[] Current, double[] Previous)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Text}\ncurrent [{string.Join(", ", Current)}] previous [{string.Join(", ", Previous)}]";
}

/// <summary>A formula with extreme numbers and a cut of it: a start (0–1000, taken modulo its length) and a length (0–1000, taken modulo 6).</summary>
public sealed record CutFormula(string Formula, int CutAt, int CutLength);

/// <summary>A deep or long formula (1–3000 terms, parentheses, signs or calls) and a nesting limit (64, 5,000 or 1,000,000).</summary>
public sealed record DeepRuleText(string Formula, int Depth)
{
    /// <inheritdoc/>
    public override string ToString() => $"depth limit {Depth}: {(Formula.Length > 200 ? Formula[..200] + "… (" + Formula.Length + " characters)" : Formula)}";
}

/// <summary>A rule model from the syntax generators (see Rules/SyntaxPropertyTests.RuleSets): indicators, targets, checks and schemes.</summary>
public sealed record SyntaxRuleModel(RuleSet Rules)
{
    /// <inheritdoc/>
    public override string ToString() => Rules.ToText();
}

/// <summary>An expression of depth up to 6 (see Rules/SyntaxPropertyTests.Expression).</summary>
public sealed record SyntaxExpression(RuleExpression Value)
{
    /// <inheritdoc/>
    public override string ToString() => RulePrinter.Print(Value);
}

/// <summary>An expression of depth up to 6 without a negative literal or a negated literal (which the explanation writes differently).</summary>
public sealed record UnsignedExpression(RuleExpression Value)
{
    /// <inheritdoc/>
    public override string ToString() => RulePrinter.Print(Value);
}

/// <summary>The printed text of an expression of depth up to 5, with a space, comment or line break before and after.</summary>
public sealed record PaddedExpressionText(string Text);

/// <summary>0–40 tokens of the rule language (keywords, punctuation, names, numbers, strings, broken ones), spaced or not.</summary>
public sealed record ExpressionTokens(string Text);

/// <summary>0–60 tokens of the rule language (see <see cref="ExpressionTokens"/>), spaced or not.</summary>
public sealed record RuleTokens(string Text);

/// <summary>The text of a rule model with 0–7 characters cut out at one place: the errors a person makes while editing.</summary>
public sealed record MutatedRuleText(string Text);

/// <summary>Text that may be a name: generated names, keywords and near misses, strings of letters, digits, marks and brackets, and random strings.</summary>
public sealed record NameCandidate(string Value);

/// <summary>The one registry of generators for the property tests (registered for the assembly above).</summary>
/// <summary>Three inputs of a calculation, each anything finite: ordinary, tiny, huge, ±0 and the extremes of a double.</summary>
public sealed record AnyInputs(double X, double Y, double Z);

/// <summary>Three inputs in hundredths between −1,000 and 1,000 (numbers an explanation writes in full).</summary>
public sealed record HundredthInputs(double X, double Y, double Z);

public static class Arbitraries
{
    private static Gen<RoundingMode> Mode => Gen.Elements(RoundingMode.HalfAwayFromZero, RoundingMode.GbT8170);

    private static Gen<double> Finite(double below) =>
        ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get).Where(v => Math.Abs(v) < below);

    /// <summary>A positive level: 0.000001–1e12, on many scales.</summary>
    internal static Gen<double> PositiveLevel { get; } =
        from mantissa in Gen.Choose(1, 1_000_000)
        from exponent in Gen.Choose(-3, 9)
        select mantissa * Math.Pow(10, exponent - 3);

    /// <summary>A finite value, ordinary or at the edges of double.</summary>
    internal static Gen<double> Extreme { get; } = Gen.Frequency(
        (6, Gen.Elements(
            0.0, -0.0, 1.0, -1.0, 100.0, -100.0, 0.5, 1e-3,
            double.MaxValue, -double.MaxValue, 1.7e308, -1.7e308, 1e308, -1e308, 8.9e307, 1e307, 1.8e306, 1e300,
            double.Epsilon, -double.Epsilon, 5e-324, 1e-308, 2.2e-308, 1e-300,
            7.9e28, -7.9e28, 7.92e28, 1e29, 7.9e27, 1e27, -1e27, 7.9e26, 1e26, 9.99e25, -1e26, 1e25, 1e15, 1e16)),
        (2, Gen.Choose(-1_000_000, 1_000_000).Select(n => n / 100.0)),
        (3, from bits in ArbMap.Default.GeneratorFor<long>()
            let d = BitConverter.Int64BitsToDouble(bits)
            select double.IsFinite(d) ? d : 0.0),
        (2, from mantissa in Gen.Choose(1, 999)
            from exponent in Gen.Choose(-320, 308)
            from negative in ArbMap.Default.GeneratorFor<bool>()
            select (negative ? -1 : 1) * mantissa * Math.Pow(10, exponent - 3)));

    private static Gen<double> Amount { get; } =
        from mantissa in Gen.Choose(1, 10_000_000)
        from scale in Gen.Elements(0.01, 1.0, 100.0, 10_000.0)
        select mantissa * scale;

    private static Gen<double> SignedAmount { get; } =
        from magnitude in Gen.Choose(-10_000_000, 10_000_000)
        from scale in Gen.Elements(0.01, 1.0, 1000.0)
        select magnitude * scale;

    private static Gen<double> AnyLevel { get; } = Gen.OneOf(
        PositiveLevel,
        PositiveLevel.Select(x => -x),
        Gen.Constant(0.0),
        Gen.Choose(-3, 3).Select(i => (double)i));

    private static Gen<double?> MonthValue { get; } = Gen.Frequency(
        (7, Gen.Choose(-1_000_000, 1_000_000).Select(v => (double?)v)),
        (1, Gen.Constant((double?)null)));

    private static Gen<Percentage> PercentInTenths(int from, int to) => Gen.Choose(from, to).Select(t => Percentage.FromPercent(t / 10.0));

    /// <summary>Growth paths.</summary>
    public static Arbitrary<GrowthPath> GrowthPaths() =>
        (from start in PositiveLevel
         from factors in Gen.Choose(1, 30_000).ArrayOf().Where(a => a.Length is > 0 and <= 12)
         select new GrowthPath(start, factors.Select(f => start * f / 1000.0).ToArray())).ToArbitrary();

    /// <summary>Rates in basis points.</summary>
    public static Arbitrary<BasisPoints> BasisPointRates() => Gen.Choose(1, 100_000).Select(b => new BasisPoints(b)).ToArbitrary();

    /// <summary>Whole actuals and targets.</summary>
    public static Arbitrary<WholePair> WholePairs() =>
        Gen.Choose(1, 1_000_000).Two().Select(p => new WholePair(p.Item1, p.Item2)).ToArbitrary();

    /// <summary>Whole counts.</summary>
    public static Arbitrary<CountPair> CountPairs() =>
        Gen.Choose(1, 100_000).Two().Select(p => new CountPair(p.Item1, p.Item2)).ToArbitrary();

    /// <summary>Decimals 0–3.</summary>
    public static Arbitrary<FewDecimals> FewDecimalCounts() => Gen.Choose(0, 3).Select(d => new FewDecimals(d)).ToArbitrary();

    /// <summary>Positive amounts.</summary>
    public static Arbitrary<PositiveAmount> PositiveAmounts() => Amount.Select(v => new PositiveAmount(v)).ToArbitrary();

    /// <summary>Pairs of positive amounts.</summary>
    public static Arbitrary<PositivePair> PositivePairs() => Amount.Two().Select(p => new PositivePair(p.Item1, p.Item2)).ToArbitrary();

    /// <summary>Triples of positive amounts.</summary>
    public static Arbitrary<PositiveTriple> PositiveTriples() =>
        Amount.Three().Select(t => new PositiveTriple(t.Item1, t.Item2, t.Item3)).ToArbitrary();

    /// <summary>Pairs of amounts of either sign.</summary>
    public static Arbitrary<SignedPair> SignedPairs() => SignedAmount.Two().Select(p => new SignedPair(p.Item1, p.Item2)).ToArbitrary();

    /// <summary>Parts before and after.</summary>
    public static Arbitrary<PartsChange> PartsChanges() =>
        (from count in Gen.Choose(1, 6)
         from before in PositiveLevel.ArrayOf(count)
         from factors in Gen.Choose(0, 3_000).ArrayOf(count)
         select new PartsChange(before, before.Select((b, i) => b * factors[i] / 1000.0).ToArray())).ToArbitrary();

    /// <summary>Triples of extreme values.</summary>
    public static Arbitrary<ExtremeTriple> ExtremeTriples() =>
        Gen.Three(Extreme).Select(t => new ExtremeTriple(t.Item1, t.Item2, t.Item3)).ToArbitrary();

    /// <summary>Pairs of extreme values.</summary>
    public static Arbitrary<ExtremePair> ExtremePairs() => Gen.Two(Extreme).Select(t => new ExtremePair(t.Item1, t.Item2)).ToArbitrary();

    /// <summary>Extreme scoring inputs with an ordinary weight.</summary>
    public static Arbitrary<ExtremeScoringCase> ExtremeScoringCases() =>
        (from values in Gen.Three(Extreme)
         from weight in Gen.Choose(0, 10_000)
         select new ExtremeScoringCase(new ExtremeTriple(values.Item1, values.Item2, values.Item3), weight / 100.0)).ToArbitrary();

    /// <summary>Consecutive positive levels.</summary>
    public static Arbitrary<GrowthSeries> GrowthSeriesValues() =>
        (from first in PositiveLevel
         from factors in Gen.Two(Gen.Choose(50, 20_000))
         select new GrowthSeries(first, first * factors.Item1 / 1000.0, first * factors.Item2 / 1000.0)).ToArbitrary();

    /// <summary>Pairs of levels of any sign.</summary>
    public static Arbitrary<LevelPair> LevelPairs() => Gen.Two(AnyLevel).Select(t => new LevelPair(t.Item1, t.Item2)).ToArbitrary();

    /// <summary>Triples of levels of any sign.</summary>
    public static Arbitrary<LevelTriple> LevelTriples() =>
        Gen.Three(AnyLevel).Select(t => new LevelTriple(t.Item1, t.Item2, t.Item3)).ToArbitrary();

    /// <summary>Triples of any numbers.</summary>
    public static Arbitrary<NumberTriple> NumberTriples() =>
        Gen.Three(Gen.OneOf(ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get), AnyLevel))
            .Select(t => new NumberTriple(t.Item1, t.Item2, t.Item3)).ToArbitrary();

    /// <summary>Nominal growths and price changes.</summary>
    public static Arbitrary<NominalAndPrice> NominalAndPrices() =>
        (from nominal in Gen.Choose(-9_000, 50_000)
         from price in Gen.Choose(-5_000, 5_000)
         select new NominalAndPrice(Percentage.FromPercent(nominal / 100.0), Percentage.FromPercent(price / 100.0))).ToArbitrary();

    /// <summary>Growth rates.</summary>
    public static Arbitrary<GrowthRate> GrowthRates() => PercentInTenths(-999, 10_000).Select(p => new GrowthRate(p)).ToArbitrary();

    /// <summary>Overfulfilments.</summary>
    public static Arbitrary<Overfulfilment> Overfulfilments() => PercentInTenths(1, 10_000).Select(p => new Overfulfilment(p)).ToArbitrary();

    /// <summary>Shares.</summary>
    public static Arbitrary<ShareRate> ShareRates() => PercentInTenths(1, 1000).Select(p => new ShareRate(p)).ToArbitrary();

    /// <summary>Part and whole levels.</summary>
    public static Arbitrary<ShareLevels> ShareLevelValues() =>
        (from partBefore in PositiveLevel
         from rest in PositiveLevel
         from factors in Gen.Two(Gen.Choose(50, 5_000))
         select new ShareLevels(partBefore, partBefore + rest, partBefore * factors.Item1 / 1000.0, rest * factors.Item2 / 1000.0)).ToArbitrary();

    /// <summary>Monthly series (by month, or with January and February combined) with missing months.</summary>
    public static Arbitrary<MonthlySeries> MonthlySeriesValues() =>
        (from combined in ArbMap.Default.ArbFor<bool>().Generator
         from length in Gen.Choose(1, combined ? 11 : 12)
         from values in Gen.ArrayOf(MonthValue, length)
         select combined ? MonthlySeries.FromJanuaryFebruaryCombined(values[0], values[1..]) : MonthlySeries.FromMonths(values)).ToArbitrary();

    private static Gen<string> Pieces(params string[] pieces) => Gen.Elements(pieces).ArrayOf().Select(p => string.Concat(p));

    /// <summary>Growths to phrase.</summary>
    public static Arbitrary<PhrasingCase> PhrasingCases() =>
        (from current in Gen.Choose(0, 5_000_000)
         from previous in Gen.Choose(100_000, 2_000_000)
         from decimals in Gen.Choose(0, 3)
         from mode in Mode
         from multiples in Gen.Elements(true, false)
         select new PhrasingCase(current, previous, Growth.YearOnYear(current / 100.0, previous / 100.0),
             PhrasingOptions.Default with { Decimals = decimals, RoundingMode = mode, UseMultiples = multiples })).ToArbitrary();

    /// <summary>Point changes.</summary>
    public static Arbitrary<PointHundredths> PointChanges() => Gen.Choose(-100_000, 100_000).Select(h => new PointHundredths(h)).ToArbitrary();

    /// <summary>Valid reporting periods of every kind (years 2–9998, mostly 1950–2050).</summary>
    public static Arbitrary<ReportingPeriod> ReportingPeriods() => PeriodGenerators.Any.ToArbitrary();

    /// <summary>Periods with two offsets.</summary>
    public static Arbitrary<ElapsedCase> ElapsedCases() =>
        (from p in PeriodGenerators.Any
         from a in Gen.Choose(-100, 2200)
         from b in Gen.Choose(-100, 2200)
         from measure in Gen.Elements(ElapsedMeasure.Months, ElapsedMeasure.Days)
         select new ElapsedCase(p, Math.Min(a, b), Math.Max(a, b), measure)).ToArbitrary();

    /// <summary>Day offsets.</summary>
    public static Arbitrary<DayOffset> DayOffsets() => Gen.Choose(-400, 4000).Select(d => new DayOffset(d)).ToArbitrary();

    /// <summary>Period-like text.</summary>
    public static Arbitrary<PeriodText> PeriodTexts()
    {
        var alphabet = "0123456789０５-—~～.年月日度上下半第季前至一二三四五十两个规划期间时“”\"MQHFYPmqh ".ToCharArray();
        var periodish = Gen.Choose(0, 14).SelectMany(n => Gen.ArrayOf(Gen.Elements(alphabet), n)).Select(chars => new string(chars));
        var prefixed = from prefix in Gen.Elements("", "2024", "2024-", "2024年", "2020-M01..", "2024年3月15日至", "十")
                       from rest in periodish
                       select prefix + rest;
        return Gen.OneOf(ArbMap.Default.ArbFor<string>().Generator, prefixed).Select(t => new PeriodText(t)).ToArbitrary();
    }

    /// <summary>Report values.</summary>
    public static Arbitrary<ReportValue> ReportValues() => UnitGenerators.Value.Select(v => new ReportValue(v)).ToArbitrary();

    /// <summary>Pairs of money units.</summary>
    public static Arbitrary<MoneyUnits> MoneyUnitPairs() =>
        Gen.Elements(UnitGenerators.Simple.Where(u => u.Dimension.Kind == DimensionKind.Money).ToArray()).Two()
            .Select(p => new MoneyUnits(p.Item1, p.Item2)).ToArbitrary();

    /// <summary>Exchange rates.</summary>
    public static Arbitrary<RateValue> RateValues() => Gen.Choose(1, 100_000).Select(r => new RateValue(r / 1000.0)).ToArbitrary();

    /// <summary>Quantities of any unit, simple or compound.</summary>
    public static Arbitrary<Quantity> AnyQuantities() => UnitGenerators.AnyQuantity.ToArbitrary();

    /// <summary>Simple units.</summary>
    public static Arbitrary<SimpleUnit> SimpleUnits() => Gen.Elements(UnitGenerators.Simple).Select(u => new SimpleUnit(u)).ToArbitrary();

    /// <summary>Compound units.</summary>
    public static Arbitrary<CompoundUnit> CompoundUnits() => UnitGenerators.Compound.Select(u => new CompoundUnit(u)).ToArbitrary();

    /// <summary>Two units of one dimension.</summary>
    public static Arbitrary<UnitPair> UnitPairs() => UnitGenerators.SameDimension(2).Select(u => new UnitPair(u)).ToArbitrary();

    /// <summary>Three units of one dimension.</summary>
    public static Arbitrary<UnitTriple> UnitTriples() => UnitGenerators.SameDimension(3).Select(u => new UnitTriple(u)).ToArbitrary();

    /// <summary>Quantity-like text (random strings rarely contain 万 or '/').</summary>
    public static Arbitrary<QuantityText> QuantityTexts() =>
        Pieces("1", "7", ".", "-", "e", ",", "万", "亿", "元", "/", "%", "亩", " ", "x", "人", "千米").Select(t => new QuantityText(t)).ToArbitrary();

    /// <summary>Unit-like text.</summary>
    public static Arbitrary<UnitText> UnitTexts() =>
        Pieces("万", "亿", "十", "千", "元", "/", "／", "%", "亩", "平方", "米", "人", "次", " ", "x", "美").Select(t => new UnitText(t)).ToArbitrary();

    private static Gen<double> Hundredths(int from, int to) => Gen.Choose(from, to).Select(h => h / 100.0);

    private static Gen<ScoreList> Scores { get; } =
        Gen.ArrayOf(Gen.Frequency((5, Gen.Choose(-4, 4).Select(i => (double?)(i * 0.5))), (1, Gen.Constant((double?)null))))
            .Select(s => new ScoreList(s));

    private static Gen<RankingOptions> Options { get; } =
        from method in Gen.Elements(RankingMethod.Competition, RankingMethod.Dense)
        from missing in Gen.Elements(MissingScores.Unranked, MissingScores.RankedLast)
        from polarity in Gen.Elements(Polarity.Positive, Polarity.Reverse)
        from ties in Gen.Elements(TiePolicy.Exact, TiePolicy.RoundedTo(0))
        select new RankingOptions { Method = method, Missing = missing, Polarity = polarity, Ties = ties };

    /// <summary>Plan levels.</summary>
    public static Arbitrary<PlanLevel> PlanLevels() => Hundredths(1, 10_000_000).Select(v => new PlanLevel(v)).ToArbitrary();

    /// <summary>Plan rates.</summary>
    public static Arbitrary<PlanRate> PlanRates() => Gen.Choose(-500, 3000).Select(t => new PlanRate(Percentage.FromPercent(t / 100.0))).ToArbitrary();

    /// <summary>Plan years.</summary>
    public static Arbitrary<PlanYear> PlanYears() => Gen.Choose(2021, 2025).Select(y => new PlanYear(y)).ToArbitrary();

    /// <summary>Signed levels.</summary>
    public static Arbitrary<SignedLevel> SignedLevels() => Hundredths(-100_000_000, 100_000_000).Select(v => new SignedLevel(v)).ToArbitrary();

    /// <summary>Small signed levels.</summary>
    public static Arbitrary<SmallSignedLevel> SmallSignedLevels() => Hundredths(-1_000_000, 1_000_000).Select(v => new SmallSignedLevel(v)).ToArbitrary();

    /// <summary>Yearly targets.</summary>
    public static Arbitrary<PaceTarget> PaceTargets() => Hundredths(1, 100_000_000).Select(v => new PaceTarget(v)).ToArbitrary();

    /// <summary>Months.</summary>
    public static Arbitrary<MonthOfYear> MonthsOfYear() => Gen.Choose(1, 12).Select(m => new MonthOfYear(m)).ToArbitrary();

    /// <summary>Targets with a month.</summary>
    public static Arbitrary<TargetAndMonth> TargetsAndMonths() =>
        (from target in Hundredths(1, 100_000_000)
         from month in Gen.Choose(1, 12)
         select new TargetAndMonth(target, month)).ToArbitrary();

    /// <summary>Years 2000–2030.</summary>
    public static Arbitrary<RecentYear> RecentYears() => Gen.Choose(2000, 2030).Select(y => new RecentYear(y)).ToArbitrary();

    /// <summary>Monthly amounts.</summary>
    public static Arbitrary<MonthlyAmount> MonthlyAmounts() => Gen.Choose(1, 1_000_000).Select(a => new MonthlyAmount(a)).ToArbitrary();

    /// <summary>Rank paths.</summary>
    public static Arbitrary<RankPath> RankPaths() => Gen.NonEmptyListOf(Gen.Choose(1, 230)).Select(r => new RankPath(r.ToArray())).ToArbitrary();

    /// <summary>Score lists.</summary>
    public static Arbitrary<ScoreList> ScoreLists() => Scores.ToArbitrary();

    /// <summary>Ranking options (method, missing scores, polarity, ties).</summary>
    public static Arbitrary<RankingOptions> RankingOptionValues() => Options.ToArbitrary();

    /// <summary>Scores with sort keys.</summary>
    public static Arbitrary<PermutedScores> PermutedScoreLists() =>
        (from scores in Scores
         from keys in Gen.ArrayOf(Gen.Choose(0, 1000), scores.Scores.Length)
         from options in Options
         select new PermutedScores(scores, keys, options)).ToArbitrary();

    /// <summary>Scores with groups.</summary>
    public static Arbitrary<GroupedScores> GroupedScoreLists() =>
        (from scores in Scores
         from groups in Gen.ArrayOf(Gen.Elements("东部", "中部", "西部"), scores.Scores.Length)
         from options in Options
         select new GroupedScores(scores, groups, options)).ToArbitrary();

    /// <summary>Fine scores.</summary>
    public static Arbitrary<FineScores> FineScoreLists() =>
        Gen.ArrayOf(Gen.Choose(-2000, 2000).Select(i => (double?)(i / 997.0))).Select(s => new FineScores(s)).ToArbitrary();

    private static Gen<JudgingPolicy> ThreePolicies => Gen.Elements(JudgingPolicy.Default, JudgingPolicy.FullValue, JudgingPolicy.RoundedValue(mode: RoundingMode.GbT8170));

    /// <summary>Valid targets of every kind, stated at their decimals, some with a stretch tier or binding.</summary>
    public static Arbitrary<Target> ValidTargets() => TargetPropertyTests.Targets.ToArbitrary();

    /// <summary>Judged targets.</summary>
    public static Arbitrary<JudgedTarget> JudgedTargets() =>
        (from target in TargetPropertyTests.Targets
         from actual in TargetPropertyTests.ActualsNear(target)
         from policy in Gen.Elements(TargetPropertyTests.Policies)
         select new JudgedTarget(target, actual, policy)).ToArbitrary();

    /// <summary>Judged targets with a step.</summary>
    public static Arbitrary<ImprovementCase> ImprovementCases() =>
        (from target in TargetPropertyTests.Targets
         from actual in TargetPropertyTests.ActualsNear(target)
         from step in Gen.Choose(0, 5000).Select(k => k / 1000.0)
         from policy in Gen.Elements(TargetPropertyTests.Policies)
         select new ImprovementCase(target, actual, step, policy)).ToArbitrary();

    /// <summary>Targets with a stretch.</summary>
    public static Arbitrary<StretchCase> StretchCases() =>
        (from target in TargetPropertyTests.Targets.Where(t => t.Kind != TargetKind.ZeroControl)
         from stretch in TargetPropertyTests.Stated(target.Decimals, -2000, 200000)
         select new StretchCase(target, stretch)).ToArbitrary();

    /// <summary>Targets with a policy.</summary>
    public static Arbitrary<InclusiveCase> InclusiveCases() =>
        (from target in TargetPropertyTests.Targets
         from policy in ThreePolicies
         select new InclusiveCase(target, policy)).ToArbitrary();

    /// <summary>Targets with an actual and a mode.</summary>
    public static Arbitrary<RoundingJudgedCase> RoundingJudgedCases() =>
        (from target in TargetPropertyTests.Targets
         from actual in TargetPropertyTests.ActualsNear(target)
         from mode in Mode
         select new RoundingJudgedCase(target, actual, mode)).ToArbitrary();

    /// <summary>Ceilings.</summary>
    public static Arbitrary<CeilingCase> CeilingCases() =>
        (from decimals in Gen.Choose(0, 2)
         from limit in TargetPropertyTests.Stated(decimals, -5000, 5000)
         from actual in Gen.Choose(-6000000, 6000000).Select(k => k / 1000.0)
         from policy in ThreePolicies
         select new CeilingCase(decimals, limit, actual, policy)).ToArbitrary();

    /// <summary>Levels in two scales.</summary>
    public static Arbitrary<ScaleCase> ScaleCases() =>
        (from decimals in Gen.Choose(0, 2)
         from limit in TargetPropertyTests.Stated(decimals, 0, 500000)
         from actual in Gen.Choose(0, 60000000).Select(k => k / 100.0)
         from qualifier in Gen.Elements(TargetPropertyTests.TargetQualifiers)
         from policy in Gen.Elements(JudgingPolicy.Default, JudgingPolicy.FullValue)
         select new ScaleCase(decimals, limit, actual, qualifier, policy)).ToArbitrary();

    /// <summary>Targets from any numbers.</summary>
    public static Arbitrary<AnyTarget> AnyTargets() => TargetPropertyTests.AnyTargets.Select(t => new AnyTarget(t)).ToArbitrary();

    /// <summary>Target texts.</summary>
    public static Arbitrary<TargetText> TargetTexts() => TargetPropertyTests.TargetTexts.Select(t => new TargetText(t)).ToArbitrary();

    /// <summary>Strings of target words.</summary>
    public static Arbitrary<TargetWords> TargetWordStrings()
    {
        string[] pieces =
        [
            "确保", "力争", "增长", "下降", "新增", "占比达", "同比", "控制在", "以内", "以上", "以下", "左右", "突破", "超过", "不满",
            "不低于", "零控制", "幅度", "（约束性）", "、", "，", "-", "—", "至", "%", "亿元", "家", "人", "8", "3.5", "-2", ".", "e", " ", "万",
        ];
        return Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements(pieces), n)).Select(parts => new TargetWords(string.Concat(parts))).ToArbitrary();
    }

    private static Gen<double> ScoringTenths(int from, int to) => ScoringPropertyTests.Tenths(from, to);

    /// <summary>Configured scoring methods of every kind with an input to fill in.</summary>
    public static Arbitrary<ScoringPropertyTests.Case> ScoringCases() => ScoringPropertyTests.Cases.ToArbitrary();

    /// <summary>Values to score.</summary>
    public static Arbitrary<ScoredValue> ScoredValues() => ScoringTenths(-1000, 1000).Select(v => new ScoredValue(v)).ToArbitrary();

    /// <summary>Gains.</summary>
    public static Arbitrary<Gain> Gains() => ScoringTenths(0, 1000).Select(v => new Gain(v)).ToArbitrary();

    /// <summary>Efficacy ranges.</summary>
    public static Arbitrary<EfficacyCase> EfficacyCases() =>
        (from polarity in ScoringPropertyTests.Polarities
         from worst in ScoringTenths(-500, 500)
         from range in ScoringTenths(0, 300)
         from tenth in Gen.Choose(-5, 15)
         select new EfficacyCase(polarity, worst, worst + (ScoringPropertyTests.Sign(polarity) * range), tenth)).ToArbitrary();

    /// <summary>Rescalings.</summary>
    public static Arbitrary<Rescaling> Rescalings() =>
        (from a in ScoringTenths(1, 100) from b in ScoringTenths(-1000, 1000) select new Rescaling(a, b)).ToArbitrary();

    /// <summary>Interpolation ranges.</summary>
    public static Arbitrary<InterpolationCase> InterpolationCases() =>
        (from polarity in ScoringPropertyTests.Polarities
         from baseline in ScoringTenths(-500, 500)
         from range in ScoringTenths(0, 300)
         from value in ScoringTenths(-1000, 1000)
         select new InterpolationCase(polarity, baseline, baseline + (ScoringPropertyTests.Sign(polarity) * range), value)).ToArbitrary();

    /// <summary>Ladders.</summary>
    public static Arbitrary<LadderCase> LadderCases() =>
        (from weight in ScoringTenths(0, 200) from decrement in ScoringTenths(1, 20) select new LadderCase(weight, decrement)).ToArbitrary();

    /// <summary>Ranks 1–50.</summary>
    public static Arbitrary<LadderRank> LadderRanks() => Gen.Choose(1, 50).Select(r => new LadderRank(r)).ToArbitrary();

    /// <summary>Places 0–50.</summary>
    public static Arbitrary<FurtherPlaces> FurtherPlaceCounts() => Gen.Choose(0, 50).Select(r => new FurtherPlaces(r)).ToArbitrary();

    /// <summary>Ratio operands.</summary>
    public static Arbitrary<RatioValue> RatioValues() => ScoringTenths(1, 1000).Select(v => new RatioValue(v)).ToArbitrary();

    /// <summary>Step values.</summary>
    public static Arbitrary<StepValue> StepValues() => ScoringTenths(-300, 300).Select(v => new StepValue(v)).ToArbitrary();

    /// <summary>Step sizes.</summary>
    public static Arbitrary<StepSize> StepSizes() => ScoringTenths(1, 50).Select(v => new StepSize(v)).ToArbitrary();

    /// <summary>Zones of the sample scheme.</summary>
    public static Arbitrary<AssessmentZones> AssessmentZoneSets() =>
        AssessmentPropertyTests.ZonesGen.Select(z => new AssessmentZones(z)).ToArbitrary();

    /// <summary>Zone picks.</summary>
    public static Arbitrary<ZonePick> ZonePicks() => Gen.Choose(0, 7).Select(p => new ZonePick(p)).ToArbitrary();

    /// <summary>Zones with keys.</summary>
    public static Arbitrary<PermutedZones> PermutedZoneSets() =>
        (from zones in AssessmentPropertyTests.ZonesGen
         from keys in Gen.Choose(0, 1000).ArrayOf(zones.Length)
         select new PermutedZones(zones, keys)).ToArbitrary();

    /// <summary>Raised zones.</summary>
    public static Arbitrary<RaisedZone> RaisedZones() =>
        (from zones in AssessmentPropertyTests.ZonesGen
         from pick in Gen.Choose(0, 7)
         from code in Gen.Elements("GDP", "OperatingRevenue")
         from raise in AssessmentPropertyTests.Positive(1, 10000)
         select new RaisedZone(zones, pick % zones.Length, code, raise)).ToArbitrary();

    /// <summary>Raises under the library methods.</summary>
    public static Arbitrary<LibraryRaise> LibraryRaises() =>
        (from n in Gen.Choose(1, 8)
         from values in AssessmentPropertyTests.Positive(100, 20000).ArrayOf(n * AssessmentPropertyTests.LibraryCodes.Length)
         from pick in Gen.Choose(0, n - 1)
         from code in Gen.Choose(0, AssessmentPropertyTests.LibraryCodes.Length - 1)
         from raise in AssessmentPropertyTests.Positive(1, 10000)
         select new LibraryRaise(n, values, pick, code, raise)).ToArbitrary();

    /// <summary>Multipliers.</summary>
    public static Arbitrary<MultiplierCase> MultiplierCases() =>
        (from weight in AssessmentPropertyTests.Positive(1, 100000)
         from multipliers in AssessmentPropertyTests.Positive(1, 500).ArrayOf().Where(m => m.Length is > 0 and <= 8)
         select new MultiplierCase(weight, multipliers)).ToArbitrary();

    /// <summary>Reweighting cases.</summary>
    public static Arbitrary<ReweightCase> ReweightCases() =>
        (from weights in AssessmentPropertyTests.Positive(1, 5000).ArrayOf(ReweightCase.Count)
         from present in Gen.Elements(true, false).ArrayOf(ReweightCase.Count).Where(p => p.Any(x => x))
         select new ReweightCase(weights, present)).ToArbitrary();

    /// <summary>Built-in methods to explain.</summary>
    public static Arbitrary<ExplainedMethod> ExplainedMethods() =>
        (from reverse in Gen.Elements(false, true)
         from pick in Gen.Choose(0, ExplanationLanguageTests.BuiltIns(false).Length - 1)
         from target in Gen.Choose(1, 30000)
         from below in Gen.Choose(1, 5000)
         from above in Gen.Choose(1, 5000)
         from values in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 60000))).ArrayOf().Where(a => a.Length is > 0 and <= 6)
         select new ExplainedMethod(reverse, pick, target / 100.0, below / 100.0, above / 100.0, values.Select(v => v / 100.0).ToArray())).ToArbitrary();

    /// <summary>Mantissas.</summary>
    public static Arbitrary<Mantissa> Mantissas() => Gen.Choose(1, 999_999).Select(m => new Mantissa(m)).ToArbitrary();

    /// <summary>Exponents.</summary>
    public static Arbitrary<DecimalExponent> DecimalExponents() => Gen.Choose(-420, 320).Select(e => new DecimalExponent(e)).ToArbitrary();

    /// <summary>Bulk datasets: Z ≤ 40, I ≤ 8, Y ≤ 6, with missing, zero and negative cells.</summary>
    public static Arbitrary<DatasetSpec> BulkDatasets() => BulkGen.Arb();

    /// <summary>Ordinary or corner datasets.</summary>
    public static Arbitrary<OrdinaryOrCornerDataset> OrdinaryOrCornerDatasets() =>
        Gen.OneOf(BulkGen.Dataset(), BulkGen.Dataset(BulkGen.CornerCell)).Select(s => new OrdinaryOrCornerDataset(s)).ToArbitrary();

    /// <summary>Zone seeds.</summary>
    public static Arbitrary<ZoneSeed> ZoneSeeds() => Gen.Choose(0, 10_000).Select(z => new ZoneSeed(z)).ToArbitrary();

    /// <summary>Datasets with changes.</summary>
    public static Arbitrary<ZoneChanges> ZoneChangeSets() =>
        (from spec in BulkGen.Dataset()
         from changes in Gen.ArrayOf(BulkRecomputePropertiesTests.Change, Gen.Choose(1, 4).Sample(1, 1).Single())
         from degree in Gen.Elements(1, 2, 3)
         select new ZoneChanges(spec, changes, degree)).ToArbitrary();

    /// <summary>Datasets with jumps.</summary>
    public static Arbitrary<TieJumps> TieJumpSets() =>
        (from spec in BulkGen.Dataset(BulkRecomputePropertiesTests.TieCell, maxZones: 60, maxIndicators: 4, maxYears: 6)
         from count in Gen.Choose(1, 8)
         from moves in Gen.ArrayOf(
             from zone in Gen.Choose(0, 10_000)
             from jump in Gen.Elements(BulkRecomputePropertiesTests.Jump.Top, BulkRecomputePropertiesTests.Jump.Bottom, BulkRecomputePropertiesTests.Jump.Missing, BulkRecomputePropertiesTests.Jump.Copy)
             from other in Gen.Choose(0, 10_000)
             select (zone, jump, other), count)
         select new TieJumps(spec, moves)).ToArbitrary();

    /// <summary>Methods with inputs.</summary>
    public static Arbitrary<PointsCase> PointsCases() =>
        (from method in Gen.Elements(BulkAssessmentPointsTests.Methods)
         from input in BulkAssessmentPointsTests.Input
         select new PointsCase(method, input)).ToArbitrary();

    /// <summary>Workloads.</summary>
    public static Arbitrary<WorkloadSpec> Workloads() => BulkAssessmentWorkloadTests.Workload.Select(s => new WorkloadSpec(s)).ToArbitrary();

    /// <summary>Longer workloads.</summary>
    public static Arbitrary<LongerWorkloadSpec> LongerWorkloads() =>
        (from spec in BulkAssessmentWorkloadTests.Workload
         from years in Gen.Choose(1, 9)
         from actual in Gen.Frequency((8, BulkAssessmentWorkloadTests.Positive), (1, Gen.Constant(double.NaN))).ArrayOf(spec.Zones * spec.Indicators * years)
         from target in BulkAssessmentWorkloadTests.Positive.ArrayOf(spec.Zones * spec.Indicators * years)
         select new LongerWorkloadSpec(spec with { Years = years, Actual = actual, Target = target })).ToArbitrary();

    /// <summary>Engine datasets (up to 12 zones, 5 indicators, 11 years, with ±0, missing and odd values).</summary>
    public static Arbitrary<EngineTests.Spec> EngineSpecs() => EngineTests.Specs.ToArbitrary();

    /// <summary>Thread counts.</summary>
    public static Arbitrary<ThreadCount> ThreadCounts() => Gen.Elements(1, 2, 3, 5).Select(n => new ThreadCount(n)).ToArbitrary();

    /// <summary>Loop kinds.</summary>
    public static Arbitrary<LoopKind> LoopKinds() => Gen.Elements(false, true).Select(b => new LoopKind(b)).ToArbitrary();

    /// <summary>Engine changes.</summary>
    public static Arbitrary<EngineChange> EngineChanges() =>
        (from spec in EngineTests.Specs
         from zone in Gen.Choose(0, spec.Zones - 1)
         from edits in (from i in Gen.Choose(0, spec.Indicators - 1)
                        from y in Gen.Choose(0, spec.Years - 1)
                        from isTarget in Gen.Elements(false, true)
                        from value in EngineTests.Value
                        select (i, y, isTarget, value)).ArrayOf()
         select new EngineChange(spec, zone, edits)).ToArbitrary();

    /// <summary>Corrupted files.</summary>
    public static Arbitrary<ZbulkCorruption> ZbulkCorruptions() =>
        (from spec in BulkGen.Dataset(4, 3, 3)
         from cut in Gen.Choose(0, 1000)
         from flips in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 1000), Gen.Choose(0, 255)).Select(p => (p.Item1, p.Item2)), Gen.Choose(0, 3).Sample(1, 1).Single())
         select new ZbulkCorruption(spec, cut, flips)).ToArbitrary();

    /// <summary>Doubles from any bits.</summary>
    public static Arbitrary<AnyBits> AnyBitsValues() => ZbulkFileTests.AnyDouble.Select(d => new AnyBits(d)).ToArbitrary();

    /// <summary>24 doubles from any bits.</summary>
    public static Arbitrary<AnyBitsCells> AnyBitsCellSets() => Gen.ArrayOf(ZbulkFileTests.AnyDouble, 24).Select(c => new AnyBitsCells(c)).ToArbitrary();

    /// <summary>Assessment cases: up to 12 zones, 2–6 indicators, 3 years, every method and missing-data policy.</summary>
    public static Arbitrary<AssessmentCase> AssessmentCases() => BulkAssessmentGen.Case().ToArbitrary();

    /// <summary>Vector-path assessment cases.</summary>
    public static Arbitrary<VectorAssessmentCase> VectorAssessmentCases() =>
        BulkAssessmentGen.Case(maxZones: 8, maxYears: 9, method: Gen.Frequency((6, Gen.Elements(0, 5)), (1, Gen.Choose(0, 11))))
            .Where(c => c.Years >= 4).Select(c => new VectorAssessmentCase(c)).ToArbitrary();

    /// <summary>Wide assessment cases.</summary>
    public static Arbitrary<WideAssessmentCase> WideAssessmentCases() =>
        BulkAssessmentGen.Case(maxZones: 40).Select(c => new WideAssessmentCase(c)).ToArbitrary();

    /// <summary>Error-policy cases.</summary>
    public static Arbitrary<ErrorPolicyCase> ErrorPolicyCases() =>
        (from c in BulkAssessmentGen.Case(maxZones: 10, policy: Gen.Constant(MissingDataPolicy.Error), method: Gen.Elements(0, 1, 2, 5, 6, 8, 9))
         from zone in Gen.Choose(0, c.Zones - 1)
         from year in Gen.Choose(0, c.Years - 1)
         select new ErrorPolicyCase(c, zone, year)).ToArbitrary();

    /// <summary>Corner datasets.</summary>
    public static Arbitrary<CornerDataset> CornerDatasets() => BulkGen.Dataset(BulkGen.CornerCell).Select(s => new CornerDataset(s)).ToArbitrary();

    /// <summary>Scheme-comparable datasets.</summary>
    public static Arbitrary<SchemeComparableDataset> SchemeComparableDatasets() =>
        BulkScalarEquivalenceTests.SchemeComparable.Select(s => new SchemeComparableDataset(s)).ToArbitrary();

    /// <summary>Values of any magnitude.</summary>
    public static Arbitrary<MagnitudeCase> MagnitudeCases()
    {
        var units = new (string Unit, int Shift)[] { ("元", -8), ("万元", -4), ("亿元", 0), ("万亿元", 4) };
        return (from m in Gen.Choose(1, 9)
                from e in Gen.Choose(-335, 308)
                from u in Gen.Elements(units)
                from inColumn in Gen.Elements(false, true)
                select new MagnitudeCase(m, e, u, inColumn)).ToArbitrary();
    }

    /// <summary>Field-like CSV text.</summary>
    public static Arbitrary<CsvFieldText> CsvFieldTexts()
    {
        var pieces = Gen.Elements("GDP", "地区生产总值", "2023", "2023年", "实际", "target", "1亿元", "亩", "\"", ",", "\n", "", "x", "-3.5", "亿元", "1e400");
        return Gen.ArrayOf(pieces, Gen.Choose(0, 40).Sample(1, 1).Single()).Select(p => new CsvFieldText(string.Concat(p))).ToArbitrary();
    }

    /// <summary>Rule values.</summary>
    public static Arbitrary<RuleValues> RuleValueSets() =>
        (from a in EvaluationPropertyTests.Value
         from b in EvaluationPropertyTests.Value
         from c in EvaluationPropertyTests.Value
         from p in EvaluationPropertyTests.Value
         select new RuleValues(a, b, c, p)).ToArbitrary();

    /// <summary>Pairs of rule values.</summary>
    public static Arbitrary<RuleValuePair> RuleValuePairs() =>
        (from a in EvaluationPropertyTests.Value from b in EvaluationPropertyTests.Value select new RuleValuePair(a, b)).ToArbitrary();

    /// <summary>Random rule models.</summary>
    public static Arbitrary<RandomRuleModel> RandomRuleModels() => BindingRobustnessTests.RandomModels.Select(r => new RandomRuleModel(r)).ToArbitrary();

    /// <summary>Rule statements.</summary>
    public static Arbitrary<RuleStatements> RuleStatementTexts() =>
        UserFacingMessageTests.Statements.ListOf().Where(l => l.Count is > 0 and <= 5).Select(l => new RuleStatements(string.Join("\n", l))).ToArbitrary();

    /// <summary>Near misses.</summary>
    public static Arbitrary<NearMissCase> NearMissCases() =>
        (from declared in Gen.Choose(0, 1_000)
         from entries in Gen.Choose(1, 2_000)
         from nameLength in Gen.Choose(1, 70)
         select new NearMissCase(declared, entries, nameLength)).ToArbitrary();

    /// <summary>Trade zones.</summary>
    public static Arbitrary<TradeZones> TradeZoneSets() =>
        (from exports in Gen.Choose(1, 10_000).Select(i => i / 100.0)
         from trade in Gen.Choose(1, 40_000).Select(i => i / 100.0)
         from gdp in Gen.OneOf(Gen.Constant<double?>(null), Gen.Choose(1, 20_000).Select(i => (double?)(i / 100.0)))
         from honours in Gen.Choose(0, 4)
         from problems in Gen.Choose(0, 3)
         select (exports, trade, gdp, honours, problems)).ArrayOf().Where(a => a.Length > 0).Select(z => new TradeZones(z)).ToArbitrary();

    /// <summary>Values to round.</summary>
    public static Arbitrary<RoundingCase> RoundingCases() =>
        (from value in Finite(1e12)
         from decimals in Gen.Choose(0, 6)
         from mode in Mode
         select new RoundingCase(value, decimals, mode)).ToArbitrary();

    /// <summary>Values one digit longer than kept.</summary>
    public static Arbitrary<MidpointCase> MidpointCases() =>
        (from digits in Gen.Choose(-2_000_000, 2_000_000)
         from decimals in Gen.Choose(0, 4)
         select new MidpointCase((double)(digits / (decimal)Math.Pow(10, decimals + 1)), decimals, Math.Abs(digits) % 10)).ToArbitrary();

    /// <summary>Growths that equal their target in exact decimal arithmetic.</summary>
    public static Arbitrary<DecimalTie> DecimalTies() =>
        (from baseDigits in Gen.Choose(1, 100_000_000)
         from baseScale in Gen.Choose(0, 3)
         from rateBasisPoints in Gen.Choose(-10_000, 100_000)
         from comparison in Gen.Elements(LimitComparison.RoundedValue, LimitComparison.FullValue)
         from mode in Mode
         let b = baseDigits / (decimal)Math.Pow(10, baseScale)
         let r = rateBasisPoints / 10_000m
         select new DecimalTie(b, r, b * (1 + r), comparison, mode)).ToArbitrary();

    /// <summary>Actuals against limits.</summary>
    public static Arbitrary<LimitCase> LimitCases() =>
        (from actual in Finite(1e9)
         from limitTenths in Gen.Choose(-100_000, 100_000)
         from mode in Mode
         select new LimitCase(actual, limitTenths / 10.0, mode)).ToArbitrary();

    /// <summary>Tenths between −100 and 100.</summary>
    public static Arbitrary<Tenths> TenthsValues() => Gen.Choose(-1000, 1000).Select(i => new Tenths(i / 10.0)).ToArbitrary();

    /// <summary>Standard indicators.</summary>
    public static Arbitrary<StandardIndicator> StandardIndicators() =>
        Gen.Elements(IndicatorCatalog.Standard.Select(d => new StandardIndicator(d)).ToArray()).ToArbitrary();

    /// <summary>Units an observation may be written in.</summary>
    public static Arbitrary<ObservationUnit> ObservationUnits() =>
        Gen.Elements(Units.AllSimple().Where(u => u.Symbol.Length > 0).Concat(IndicatorCatalog.Standard.Select(d => d.Unit))
            .Select(u => new ObservationUnit(u)).ToArray()).ToArbitrary();

    /// <summary>Batches of new indicators.</summary>
    public static Arbitrary<RegistrationBatches> Registrations() =>
        Gen.Choose(0, 30)
            .SelectMany(n => Gen.Shuffle(Enumerable.Range(0, n).ToArray()))
            .SelectMany(order => Gen.Choose(1, 5).Select(size => new RegistrationBatches(order.Chunk(size).ToArray())))
            .ToArbitrary();

    private static readonly Gen<double> AnyValue = Gen.OneOf(
        ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get),
        Gen.Elements(0.0, -0.0, 1e-300, -1e-300, 1e300, -1e300, double.MaxValue, double.MinValue, double.Epsilon, 100, -100),
        Gen.Choose(-1000, 1000).Select(i => i / 10.0));

    public static Arbitrary<AnyInputs> AnyInputTriples() =>
        Gen.Three(AnyValue).Select(t => new AnyInputs(t.Item1, t.Item2, t.Item3)).ToArbitrary();

    public static Arbitrary<HundredthInputs> HundredthInputTriples() =>
        Gen.Three(Gen.Choose(-100000, 100000).Select(i => i / 100.0)).Select(t => new HundredthInputs(t.Item1, t.Item2, t.Item3)).ToArbitrary();

    /// <summary>Strided tie-prone scores.</summary>
    public static Arbitrary<StridedScores> StridedScoreSets() =>
        (from scores in BulkRankingTests.Score.ArrayOf()
         from options in BulkRankingTests.Options
         from stride in Gen.Choose(1, 4)
         from start in Gen.Choose(0, stride - 1)
         select new StridedScores(scores, options, stride, start)).ToArbitrary();

    /// <summary>Grouped tie-prone scores.</summary>
    public static Arbitrary<GroupMembers> GroupMemberSets() =>
        (from members in (from score in BulkRankingTests.Score from g in Gen.Choose(0, 2) select (score, g)).ArrayOf()
         from options in BulkRankingTests.Options
         select new GroupMembers(members, options)).ToArbitrary();

    /// <summary>Datasets to rank.</summary>
    public static Arbitrary<RankedDataset> RankedDatasets() =>
        (from spec in BulkGen.Dataset(maxZones: 30, maxIndicators: 3, maxYears: 5)
         from threads in Gen.Choose(1, 3)
         select new RankedDataset(spec, threads)).ToArbitrary();

    /// <summary>Datasets to score as a scheme.</summary>
    public static Arbitrary<SchemeScoreCase> SchemeScoreCases() =>
        BulkScoreSchemeTests.Cases.Select(c => new SchemeScoreCase(c.Spec, c.Threads, c.Scalar)).ToArbitrary();

    /// <summary>Vector-path cases with huge caps.</summary>
    public static Arbitrary<HugeCapVectorCase> HugeCapVectorCases() =>
        BulkAssessmentVectorTests.Cases(maxZones: 12, hugeCap: true).Select(c => new HugeCapVectorCase(c)).ToArbitrary();

    /// <summary>Vector-path cases with up to 30 zones.</summary>
    public static Arbitrary<WideVectorCase> WideVectorCases() =>
        BulkAssessmentVectorTests.Cases(maxZones: 30).Select(c => new WideVectorCase(c)).ToArbitrary();

    /// <summary>Ranking options for a scheme.</summary>
    public static Arbitrary<SchemeRanking> SchemeRankings() =>
        (from method in Gen.Elements(RankingMethod.Competition, RankingMethod.Dense)
         from ties in Gen.Elements(TiePolicy.Exact, TiePolicy.RoundedTo(0), TiePolicy.RoundedTo(1))
         select new SchemeRanking(new RankingOptions { Method = method, Ties = ties })).ToArbitrary();

    /// <summary>Cells for a ratio method.</summary>
    public static Arbitrary<RatioCell> RatioCells() =>
        (from value in Gen.Choose(-1_000_000, 1_000_000).Select(n => n / 1000.0)
         from target in Gen.Choose(1, 1_000_000).Select(n => n / 1000.0)
         from weight in Gen.Choose(1, 4000).Select(n => n / 40.0)
         from reverse in Gen.Elements(false, true)
         select new RatioCell(value, target, weight, reverse)).ToArbitrary();

    /// <summary>CSV datasets with bad rows.</summary>
    public static Arbitrary<CsvBadRowsCase> CsvBadRowsCases() =>
        (from spec in BulkGen.Dataset(6, 3, 3)
         from bad in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, BulkCsvTests.BadRows.Length - 2), Gen.Choose(0, 1000)), Gen.Choose(0, 8).Sample(1, 1).Single())
         from duplicates in Gen.Choose(0, 3)
         from unclosed in Gen.Elements(false, true)
         select new CsvBadRowsCase(spec, bad, duplicates, unclosed)).ToArbitrary();

    /// <summary>Rules over small datasets.</summary>
    public static Arbitrary<SmallRulesBulkCase> SmallRulesBulkCases() => RulesBulkTests.Cases(12).Select(c => new SmallRulesBulkCase(c)).ToArbitrary();

    /// <summary>Rules over 700 zones.</summary>
    public static Arbitrary<ChunkedRulesBulkCase> ChunkedRulesBulkCases() =>
        RulesBulkTests.Cases(1)
            .Select(c => new ChunkedRulesBulkCase(c with { Zones = 700, Years = 3, Cells = RulesBulkTests.Spread(c.Cells, 700 * RulesBulkCase.Codes.Length * 3) }))
            .ToArbitrary();

    /// <summary>Operands beside rates.</summary>
    public static Arbitrary<RateOperands> RateOperandPairs() => Issue9RuleSemanticsTests.RateOperandCases.ToArbitrary();

    /// <summary>Formulas with literal factors.</summary>
    public static Arbitrary<LiteralFactors> LiteralFactorCases() => Issue9RuleSemanticsTests.LiteralFactorCases.ToArbitrary();

    /// <summary>Small assessment cases.</summary>
    public static Arbitrary<SmallAssessmentCase> SmallAssessmentCases() =>
        BulkAssessmentGen.Case(maxZones: 10, maxYears: 3).Select(c => new SmallAssessmentCase(c)).ToArbitrary();

    /// <summary>Schemes scoring a derived indicator.</summary>
    public static Arbitrary<DerivedIndicatorScheme> DerivedIndicatorSchemes() => Issue9RuleSemanticsTests.DerivedIndicatorSchemes.ToArbitrary();

    /// <summary>Builder rule models.</summary>
    public static Arbitrary<BuilderRuleModel> BuilderRuleModels() => BuilderModels.RuleSets.Select(r => new BuilderRuleModel(r)).ToArbitrary();

    /// <summary>Rule texts with extreme numbers and figures.</summary>
    public static Arbitrary<ExtremeRuleText> ExtremeRuleTexts() =>
        (from text in RuleTextFuzzTests.Texts
         from current in Gen.ArrayOf(RuleTextFuzzTests.Values, RuleTextFuzzTests.Codes.Length)
         from previous in Gen.ArrayOf(RuleTextFuzzTests.Values, RuleTextFuzzTests.Codes.Length)
         select new ExtremeRuleText(text, current, previous)).ToArbitrary();

    /// <summary>Formulas with extreme numbers and a cut.</summary>
    public static Arbitrary<CutFormula> CutFormulas() =>
        (from f in RuleTextFuzzTests.Formula(3)
         from cut in Gen.Choose(0, 1000).Two()
         select new CutFormula(f.Formula, cut.Item1, cut.Item2)).ToArbitrary();

    /// <summary>Deep and long formulas with a nesting limit.</summary>
    public static Arbitrary<DeepRuleText> DeepRuleTexts() =>
        (from formula in RuleTextFuzzTests.DeepFormulas
         from depth in Gen.Elements(64, 5_000, 1_000_000)
         select new DeepRuleText(formula, depth)).ToArbitrary();

    /// <summary>Syntax rule models.</summary>
    public static Arbitrary<SyntaxRuleModel> SyntaxRuleModels() => SyntaxPropertyTests.RuleSets.Select(r => new SyntaxRuleModel(r)).ToArbitrary();

    /// <summary>Expressions of depth up to 6.</summary>
    public static Arbitrary<SyntaxExpression> SyntaxExpressions() =>
        Gen.Sized(_ => SyntaxPropertyTests.Expression(6)).Select(e => new SyntaxExpression(e)).ToArbitrary();

    /// <summary>Expressions without signed literals.</summary>
    public static Arbitrary<UnsignedExpression> UnsignedExpressions() =>
        Gen.Sized(_ => SyntaxPropertyTests.Expression(6)).Where(e => !SyntaxPropertyTests.HasSignedLiteral(e)).Select(e => new UnsignedExpression(e)).ToArbitrary();

    /// <summary>Padded expression texts.</summary>
    public static Arbitrary<PaddedExpressionText> PaddedExpressionTexts() =>
        (from e in Gen.Sized(_ => SyntaxPropertyTests.Expression(5))
         from before in Gen.Elements("", " ", "/* c */ ", "\n")
         from after in Gen.Elements("", " ", "  // note", "\n")
         select new PaddedExpressionText(before + RulePrinter.Print(e) + after)).ToArbitrary();

    private static Gen<string> TokenText(int maxTokens) =>
        Gen.Choose(0, maxTokens).SelectMany(n => SyntaxPropertyTests.Tokens.ListOf(n))
            .SelectMany(tokens => ArbMap.Default.GeneratorFor<bool>(), (tokens, spaced) => string.Join(spaced ? " " : string.Empty, tokens));

    /// <summary>Up to 40 tokens.</summary>
    public static Arbitrary<ExpressionTokens> ExpressionTokenTexts() => TokenText(40).Select(t => new ExpressionTokens(t)).ToArbitrary();

    /// <summary>Up to 60 tokens.</summary>
    public static Arbitrary<RuleTokens> RuleTokenTexts() => TokenText(60).Select(t => new RuleTokens(t)).ToArbitrary();

    /// <summary>Rule texts with a cut.</summary>
    public static Arbitrary<MutatedRuleText> MutatedRuleTexts() =>
        SyntaxPropertyTests.RuleSets.SelectMany(m => Gen.Choose(0, 1000).Two(), (m, cut) =>
        {
            var text = m.ToText();
            var start = text.Length == 0 ? 0 : cut.Item1 % text.Length;
            var length = Math.Min(text.Length - start, cut.Item2 % 8);
            return new MutatedRuleText(text.Remove(start, length));
        }).ToArbitrary();

    private static Gen<double> StatedLevel { get; } =
        from mantissa in Gen.Choose(1, 1_000_000)
        from exponent in Gen.Choose(-3, 3)
        select mantissa * Math.Pow(10, exponent);

    /// <summary>Exact levels and the precisions they are stated at.</summary>
    public static Arbitrary<StatedPairCase> StatedPairCases() =>
        (from first in StatedLevel
         from factor in Gen.Choose(10, 100_000)
         from decimals in Gen.Choose(0, 3).Two()
         from result in Gen.Choose(0, 2)
         from truncated in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
         select new StatedPairCase(first, first * factor / 1000.0, decimals.Item1, decimals.Item2, result, truncated)).ToArbitrary();

    private static Gen<(StatedInterval Interval, double Point)> IntervalWithPoint { get; } =
        from ends in SignedAmount.Two()
        from closed in ArbMap.Default.GeneratorFor<bool>().Two()
        from position in Gen.Choose(0, 1000)
        from infinite in Gen.Choose(0, 5)
        let lower = Math.Min(ends.Item1, ends.Item2)
        let upper = Math.Max(ends.Item1, ends.Item2) + 1
        let point = Math.Clamp(lower + (upper - lower) * position / 1000.0, lower, upper)
        select (StatedInterval.Of(infinite == 0 ? double.NegativeInfinity : lower, closed.Item1, infinite == 1 ? double.PositiveInfinity : upper, closed.Item2),
            (point == lower && !closed.Item1) || (point == upper && !closed.Item2) ? (lower + upper) / 2 : point);

    /// <summary>Interval pairs with a point of each.</summary>
    private static Gen<char> PlainReportCharacter { get; } = Gen.OneOf(
        Gen.Choose(0x20, 0x7E).Select(c => (char)c),
        Gen.Elements("的年全区完成实现增长下降亿元万亩个点总产额规上固投国内地区生产总值同比，。、\n%".ToCharArray()),
        Gen.Elements(Indicators.Reports.ReadingText.TraditionalToSimplified.Values.ToArray()));

    private static Gen<string> ReportCharacters { get; } = Gen.Frequency(
        (4, PlainReportCharacter.Select(c => c.ToString())),
        (3, Gen.Elements(Indicators.Reports.ReadingText.TraditionalToSimplified.Keys.ToArray()).Select(c => c.ToString())),
        (2, Gen.Choose(0xFF01, 0xFF5E).Select(c => ((char)c).ToString())),
        (1, Gen.Elements("\u3000", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u00AD", "😀", "𠀋")));

    /// <summary>Report text, up to 60 pieces.</summary>
    public static Arbitrary<ReportTextCase> ReportTextCases() =>
        Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(ReportCharacters, n))
            .Select(pieces => new ReportTextCase(string.Concat(pieces))).ToArbitrary();

    /// <summary>Plain report text, up to 60 characters.</summary>
    public static Arbitrary<PlainReportTextCase> PlainReportTextCases() =>
        Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(PlainReportCharacter, n))
            .Select(cs => new PlainReportTextCase(new string(cs))).ToArbitrary();

    public static Arbitrary<IntervalPairCase> IntervalPairCases() =>
        (from a in IntervalWithPoint
         from b in IntervalWithPoint
         from root in Gen.Choose(1, 10)
         select new IntervalPairCase(a.Interval, a.Point, b.Interval, b.Point, root)).ToArbitrary();

    // Pieces of report text, so that random text often holds numbers, units and blanks next to each other.
    private static readonly string[] ReportPieces =
    [
        "0", "1", "2", "5", "9", "０", "７", ".", "．", ",", "，", "%", "％", "亿元", "億", "万", "萬元", "万吨", "万方", "元", "家", "个",
        "個", "人", "项", "倍", "亩", "个百分点", "千分点", "一", "两", "三", "十", "百", "千", "零", "〇", "分之", "位数", "级", "余", "多",
        " ", "\n", "\r\n", "\u3000", "x", "X", "*", "_", "增长", "完成", "的", "a", "-", "第",
    ];

    private static Gen<string> ReportTextOf(Func<string, bool> keep) =>
        Gen.Frequency(
                (6, Gen.Elements(ReportPieces.Where(keep).ToArray())),
                (1, ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString()).Where(keep)))
            .ListOf().Select(pieces => string.Concat(pieces));

    /// <summary>Report-like text.</summary>
    public static Arbitrary<ReportText> ReportTexts() => ReportTextOf(_ => true).Select(t => new ReportText(t)).ToArbitrary();

    /// <summary>Report-like text with every digit and Chinese numeral left out.</summary>
    public static Arbitrary<NumberlessText> NumberlessTexts() =>
        ReportTextOf(p => !p.Any(c => char.IsAsciiDigit(c) || c is >= '０' and <= '９' || "零〇一二两兩三四五六七八九十百千".Contains(c)))
            .Select(t => new NumberlessText(t)).ToArbitrary();

    private static Gen<PrintedNumber> Printed { get; } =
        from mantissa in Gen.Choose(0, 999_999_999)
        from decimals in Gen.Choose(0, 6)
        from unit in Gen.Elements("", "亿元", "%", "％", "万吨", "个百分点", "倍", "元", "家", "人")
        select new PrintedNumber((mantissa / Math.Pow(10, decimals)).ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture), decimals, unit);

    /// <summary>Printed numbers with units.</summary>
    public static Arbitrary<PrintedNumber> PrintedNumbers() => Printed.ToArbitrary();

    /// <summary>Printed numbers with whitespace inserted after some of their characters.</summary>
    public static Arbitrary<SpacedNumber> SpacedNumbers() =>
        (from printed in Printed
         from spaces in Gen.Elements("", "", "", " ", "\n", "\r\n", "\u3000", " \n ").ListOf(printed.Number.Length)
         select new SpacedNumber(printed, string.Concat(printed.Number.Select((c, i) => i == 0 ? c.ToString() : spaces[i] + c)) + (printed.Unit.Length == 0 ? "" : spaces[0] + printed.Unit)))
        .ToArbitrary();

    /// <summary>Candidate names.</summary>
    public static Arbitrary<NameCandidate> NameCandidates() => SyntaxPropertyTests.NameCandidates.Select(n => new NameCandidate(n)).ToArbitrary();
}
