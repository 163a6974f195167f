using System.Collections.Immutable;
using System.Globalization;
using Indicators.Assessment;
using Indicators.Bulk;

namespace Indicators.Rules;

/// <summary>
/// One <c>RulePlan.Assess</c> call's work: the data's values converted once into the plan's indicators and units (by
/// column: zones × years per indicator), then per scheme and year the derived values — in bulk where the plan allows,
/// zone by zone otherwise — the assessment zones and the scheme's result. Results are kept per scheme and year, so the
/// schemes a formula reads and the earlier years an exit rule reads are assessed once.
/// </summary>
internal sealed class AssessmentRun
{
    private readonly RulePlan plan;
    private readonly ZoneData data;
    private readonly DerivedPath path;
    private readonly int zoneCount;
    private readonly int yearCount;
    private readonly int firstYear;

    // Per plan slot: its values in the slot's unit, zones × years (year fastest, years firstYear…), NaN = missing; null = none given.
    private readonly double[]?[] slotColumns;
    private readonly PlanSlot[] dataSlots;
    private readonly bool readsHistory;
    private readonly object gate = new();
    private readonly Dictionary<(string Scheme, int Year), AssessmentResult?> results = [];
    private readonly HashSet<(string Scheme, int Year)> running = [];
    private readonly ImmutableDictionary<string, string>[] attributes;
    private readonly ILookup<(string Zone, int Year), DataRecord> records;
    private double[][]? bulkDerived;
    private bool bulkFailed;

    internal AssessmentRun(RulePlan plan, ZoneData data, List<Diagnostic> diagnostics, DerivedPath path)
    {
        this.plan = plan;
        this.data = data;
        this.path = path;
        zoneCount = data.Zones.Count;
        firstYear = data.Years[0];
        yearCount = data.Years[^1] - firstYear + 1;
        slotColumns = new double[]?[plan.Slots.Length];
        dataSlots = [.. plan.Slots.Where(s => !s.IsDerived)];
        readsHistory = plan.ReadsHistory;
        records = data.Records.ToLookup(r => (r.Zone, r.Year));
        attributes = [.. Enumerable.Range(0, zoneCount).Select(z => data.AttributesAt(z).ToImmutableDictionary(StringComparer.Ordinal))];
        ConvertValues(diagnostics);
        CheckTargetIndicators(diagnostics);
    }

    /// <summary>The scheme's result in <paramref name="year"/>, assessing first the schemes the formulas read; null (with
    /// a diagnostic) when the scheme refuses the data.</summary>
    internal AssessmentResult? Assess(string scheme, int year, List<Diagnostic> diagnostics)
    {
        lock (gate)
        {
            if (results.TryGetValue((scheme, year), out var known))
            {
                return known;
            }
            if (!running.Add((scheme, year)))
            {
                return null; // a scheme read by a formula it feeds: its score is missing there, never a loop
            }
        }
        var read = new Dictionary<string, AssessmentResult>(StringComparer.Ordinal);
        foreach (var other in plan.SchemesRead)
        {
            if (other == scheme)
            {
                break;
            }
            if (plan.Schemes.ContainsKey(other) && Assess(other, year, diagnostics) is { } found)
            {
                read[other] = found;
            }
        }
        var result = AssessYear(scheme, year, read, diagnostics);
        lock (gate)
        {
            running.Remove((scheme, year));
            results[(scheme, year)] = result;
        }
        return result;
    }

    /// <summary>This year's result and those of the two years before it the data holds and the scheme can assess.</summary>
    internal IReadOnlyDictionary<int, AssessmentResult> ResultsByYear(string scheme, int year, AssessmentResult result)
    {
        var byYear = new SortedDictionary<int, AssessmentResult> { [year] = result };
        // An exit rule's window is three years (连续三年内); earlier years' problems only leave that year out.
        foreach (var earlier in new[] { year - 2, year - 1 })
        {
            if (data.YearIndex(earlier) >= 0 && Assess(scheme, earlier, []) is { } found)
            {
                byYear[earlier] = found;
            }
        }
        return byYear.AsReadOnly();
    }

    /// <summary>How a zone's derived indicators were computed in <paramref name="year"/> (the scalar evaluation of that zone).</summary>
    internal Func<string, ExplanationLanguage, string?> ExplainDerived(int year) => (zone, language) =>
    {
        var z = data.ZoneIndex(zone);
        if (z < 0 || plan.DerivedOrder.Length == 0)
        {
            return null;
        }
        // Scheme results as the assessment had them: only those already assessed.
        var read = new Dictionary<string, AssessmentResult>(StringComparer.Ordinal);
        lock (gate)
        {
            foreach (var other in plan.SchemesRead)
            {
                if (results.TryGetValue((other, year), out var r) && r is not null)
                {
                    read[other] = r;
                }
            }
        }
        return plan.Evaluate(Zone(z, year, SchemeResults(read, z))).ToString(language);
    };

    private AssessmentResult? AssessYear(string schemeName, int year, Dictionary<string, AssessmentResult> read, List<Diagnostic> diagnostics)
    {
        var scheme = plan.Schemes[schemeName];
        var y = year - firstYear;
        var derived = new double[plan.DerivedOrder.Length][];
        var evaluations = DerivedValues(scheme, year, read, derived);
        var group = plan.RankingGroup(schemeName);
        var codes = scheme.Categories.SelectMany(c => c.Indicators).Select(i => i.Code).Distinct(StringComparer.Ordinal)
            .Select(code => (Code: code, Slot: plan.FindSlot(code))).ToArray();
        var derivedIndex = new Dictionary<int, int>();
        for (var d = 0; d < plan.DerivedOrder.Length; d++)
        {
            derivedIndex[plan.DerivedOrder[d].Index] = d;
        }
        var targets = TargetsOf(year);
        var events = data.Events.Where(e => e.Year == year).ToLookup(e => e.Zone, StringComparer.Ordinal);
        var vetoes = data.Vetoes.Where(v => v.Year == year).ToLookup(v => v.Zone, StringComparer.Ordinal);
        CheckItems(schemeName, scheme, year, diagnostics);
        var withoutGroup = 0;
        var hasItems = scheme.BonusItems.Count + scheme.DeductionItems.Count + scheme.VetoRules.Count > 0;
        var eventItems = scheme.BonusItems.Select(b => b.Code).Concat(scheme.DeductionItems.Select(d => d.Code)).ToHashSet(StringComparer.Ordinal);
        var vetoItems = scheme.VetoRules.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        // The scheme's values of every zone as rows of one layout (NaN: missing), read by position when scored.
        var layout = new ValueLayout([.. codes.Select(c => c.Code)]);
        var cells = new double[zoneCount * codes.Length];
        for (var k = 0; k < codes.Length; k++)
        {
            var slot = codes[k].Slot;
            var column = slot is null ? null : slot.IsDerived ? derived[derivedIndex[slot.Index]] : slotColumns[slot.Index];
            var (first, step) = slot is { IsDerived: false } ? (y, yearCount) : (0, 1);
            for (var z = 0; z < zoneCount; z++)
            {
                cells[(z * codes.Length) + k] = column is null ? double.NaN : column[(z * step) + first];
            }
        }
        var zones = new AssessmentZone[zoneCount];
        for (var z = 0; z < zoneCount; z++)
        {
            var name = data.Zones[z];
            string? groupValue = null;
            if (group is not null && !attributes[z].TryGetValue(group, out groupValue))
            {
                withoutGroup++;
            }
            var zone = AssessmentZone.FromRow(ZoneId.Of(name), groupValue, new ZoneValues(layout, cells, z * codes.Length), attributes[z],
                targets.GetValueOrDefault(name));
            foreach (var e in events[name].Where(e => eventItems.Contains(e.Item)))
            {
                zone = zone.WithEvents(e.Item, e.Count);
            }
            foreach (var v in vetoes[name].Where(v => vetoItems.Contains(v.Item)))
            {
                zone = zone.WithVeto(v.Item, string.IsNullOrWhiteSpace(v.Reason) ? v.Item : v.Reason);
            }
            // A trigger fills a bonus, deduction or veto item: a scheme without any has nothing for the hook to do.
            zones[z] = hasItems ? plan.WithTriggers(schemeName, evaluations?[z] ?? LightEvaluation(z, year, derived), zone) : zone;
        }
        if (withoutGroup > 0)
        {
            diagnostics.Add(Diagnostic.AtLine("DA1029", DiagnosticSeverity.Warning,
                $"{withoutGroup.ToString(CultureInfo.InvariantCulture)} zone(s) have no attribute '{Diagnostic.Window(group)}', which scheme '{schemeName}' ranks within: they have no group rank",
                $"{withoutGroup.ToString(CultureInfo.InvariantCulture)}个开发区没有考核方案“{schemeName}”分组排名所依据的属性“{Diagnostic.Window(group)}”：不参加组内排名",
                null, 0, 0));
        }
        try
        {
            return scheme.Evaluate(zones);
        }
        catch (AssessmentException refused)
        {
            diagnostics.Add(Diagnostic.Unplaced("DA1027",
                $"scheme '{schemeName}' cannot assess the data of {year.ToString(CultureInfo.InvariantCulture)}: {Diagnostic.Window(refused.Message, Diagnostic.SentenceLength)}",
                $"考核方案“{schemeName}”无法评价{year.ToString(CultureInfo.InvariantCulture)}年的数据：{Diagnostic.Window(refused.Message, Diagnostic.SentenceLength)}"));
            return null;
        }
    }

    /// <summary>Fills <paramref name="derived"/> (per derived indicator, per zone, in its unit; NaN missing) for the year;
    /// returns the zones' evaluations when they were evaluated one by one.</summary>
    private RuleEvaluation[]? DerivedValues(AssessmentScheme scheme, int year, Dictionary<string, AssessmentResult> read, double[][] derived)
    {
        var y = year - firstYear;
        if (plan.DerivedOrder.Length > 0 && UseBulk() && BulkDerived() is { } bulk)
        {
            for (var d = 0; d < derived.Length; d++)
            {
                derived[d] = new double[zoneCount];
                for (var z = 0; z < zoneCount; z++)
                {
                    derived[d][z] = bulk[d][z * yearCount + y];
                }
            }
            return null;
        }
        for (var d = 0; d < derived.Length; d++)
        {
            derived[d] = new double[zoneCount];
        }
        if (plan.DerivedOrder.Length == 0 && scheme.BonusItems.Count + scheme.DeductionItems.Count + scheme.VetoRules.Count == 0)
        {
            return null; // nothing derived and nothing a trigger could read
        }
        var evaluations = new RuleEvaluation[zoneCount];
        Parallel.For(0, zoneCount, z =>
        {
            var evaluation = plan.Evaluate(Zone(z, year, SchemeResults(read, z)));
            evaluations[z] = evaluation;
            for (var d = 0; d < derived.Length; d++)
            {
                derived[d][z] = evaluation.Indicators[d].Value ?? double.NaN;
            }
        });
        return evaluations;
    }

    /// <summary>Whether derived values may come from the bulk path: it knows no other scheme's results and no records.</summary>
    private bool UseBulk() => path switch
    {
        DerivedPath.Scalar => false,
        DerivedPath.Bulk => true,
        _ => plan.SchemesRead.Count == 0 && data.Records.Count == 0,
    };

    /// <summary>Every derived value of every zone and year, in the indicators' units, computed once in bulk; null when the
    /// bulk compiler cannot run a construct of the plan (then zone by zone).</summary>
    private double[][]? BulkDerived()
    {
        lock (gate)
        {
            if (bulkDerived is not null || bulkFailed)
            {
                return bulkDerived;
            }
            var indicators = dataSlots.Length;
            var actual = new double[(long)zoneCount * indicators * yearCount];
            actual.AsSpan().Fill(double.NaN);
            for (var i = 0; i < indicators; i++)
            {
                if (slotColumns[dataSlots[i].Index] is not { } column)
                {
                    continue;
                }
                for (var z = 0; z < zoneCount; z++)
                {
                    column.AsSpan(z * yearCount, yearCount).CopyTo(actual.AsSpan(((z * indicators) + i) * yearCount, yearCount));
                }
            }
            var target = new double[actual.Length];
            target.AsSpan().Fill(double.NaN);
            try
            {
                var weights = Enumerable.Repeat(1.0, Math.Max(1, indicators)).ToArray();
                var dataset = new BulkDataset(zoneCount, weights, Enumerable.Repeat(Polarity.Positive, weights.Length).ToArray(), yearCount, firstYear,
                    indicators == 0 ? ["—"] : [.. dataSlots.Select(s => s.Code)], [.. data.Zones], indicators == 0 ? null : (actual, target));
                var derivedPlan = plan.DerivedOnly;
                var computed = new RuleBulkResults(derivedPlan, dataset);
                RuleBulk.Evaluate(derivedPlan, dataset, computed);
                var values = new double[plan.DerivedOrder.Length][];
                for (var d = 0; d < values.Length; d++)
                {
                    var inside = computed.Values[d];
                    var factor = plan.DerivedOrder[d].InsideFactor;
                    values[d] = new double[inside.Length];
                    for (var c = 0; c < inside.Length; c++)
                    {
                        values[d][c] = inside[c] / factor;
                    }
                }
                bulkDerived = values;
            }
            catch (NotSupportedException) when (path != DerivedPath.Bulk)
            {
                bulkFailed = true;
            }
            return bulkDerived;
        }
    }

    /// <summary>The zone as one evaluation sees it: this year's and last year's values, earlier years when a formula reads
    /// them, attributes, this year's records and the results of the schemes read.</summary>
    private RuleZone Zone(int z, int year, ImmutableDictionary<string, RuleSchemeResult>? schemeResults)
    {
        var y = year - firstYear;
        var values = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var previous = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var history = readsHistory ? ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<int, double>>(StringComparer.Ordinal) : null;
        foreach (var slot in dataSlots)
        {
            if (slotColumns[slot.Index] is not { } column)
            {
                continue;
            }
            var start = z * yearCount;
            if (!double.IsNaN(column[start + y]))
            {
                values[slot.Name] = column[start + y];
            }
            if (y > 0 && !double.IsNaN(column[start + y - 1]))
            {
                previous[slot.Name] = column[start + y - 1];
            }
            if (history is not null)
            {
                var years = ImmutableDictionary.CreateBuilder<int, double>();
                for (var k = 0; k < yearCount; k++)
                {
                    if (!double.IsNaN(column[start + k]))
                    {
                        years[firstYear + k] = column[start + k];
                    }
                }
                history[slot.Name] = years.ToImmutable();
            }
        }
        var name = data.Zones[z];
        var zoneRecords = records.Contains((name, year))
            ? records[(name, year)].GroupBy(r => r.Set, StringComparer.Ordinal)
                .ToImmutableDictionary(g => g.Key, g => g.Select(r => r.Record).ToImmutableList(), StringComparer.Ordinal)
            : null;
        return RuleZone.FromData(name, year, values.ToImmutable(), previous.ToImmutable(), history?.ToImmutable(), attributes[z], zoneRecords, schemeResults);
    }

    private ImmutableDictionary<string, RuleSchemeResult>? SchemeResults(Dictionary<string, AssessmentResult> read, int z)
    {
        if (read.Count == 0)
        {
            return null;
        }
        var id = ZoneId.Of(data.Zones[z]);
        var builder = ImmutableDictionary.CreateBuilder<string, RuleSchemeResult>(StringComparer.Ordinal);
        foreach (var (scheme, result) in read)
        {
            var zone = result[id];
            builder[scheme] = new RuleSchemeResult(zone.IsExcludedFromRanking ? null : zone.Total, zone.Rank);
        }
        return builder.ToImmutable();
    }

    /// <summary>An evaluation made of bulk values, for the trigger hook when the zones were not evaluated one by one.</summary>
    private RuleEvaluation LightEvaluation(int z, int year, double[][] derived)
    {
        var indicators = new RuleIndicatorResult[plan.DerivedOrder.Length];
        for (var d = 0; d < indicators.Length; d++)
        {
            var slot = plan.DerivedOrder[d];
            double? value = double.IsNaN(derived[d][z]) ? null : derived[d][z];
            indicators[d] = new RuleIndicatorResult(plan.Indicators[slot.Index], value, new RuleExplanation(slot.FormulaText, value, null, null, []));
        }
        return new RuleEvaluation(Zone(z, year, null), indicators, [], [], []);
    }

    /// <summary>The year's targets per zone and indicator code, converted into the indicators' units.</summary>
    private Dictionary<string, List<(string Code, ZoneTargets Targets)>> TargetsOf(int year)
    {
        var byZone = new Dictionary<string, List<(string, ZoneTargets)>>(StringComparer.Ordinal);
        foreach (var t in data.Targets.Where(t => t.Year == year))
        {
            if (plan.FindSlot(t.Indicator) is not { } slot || Conversion(slot, t.Unit, year) is not { } convert)
            {
                continue; // reported once when the run began
            }
            var targets = new ZoneTargets(convert.Apply(t.Target), convert.Apply(t.Stretch), convert.Apply(t.Baseline));
            if (!byZone.TryGetValue(t.Zone, out var list))
            {
                byZone[t.Zone] = list = [];
            }
            list.Add((slot.Code, targets));
        }
        return byZone;
    }

    /// <summary>Each data column into its plan slot's column, in the slot's unit; unknown indicators and units reported.</summary>
    private void ConvertValues(List<Diagnostic> diagnostics)
    {
        var columns = data.Columns;
        var years = data.Years;
        for (var i = 0; i < data.Indicators.Count; i++)
        {
            var name = data.Indicators[i];
            var entries = columns.Entries[i];
            var firstEntry = Array.FindIndex(entries, e => e > 0);
            var firstAt = firstEntry < 0 ? default : columns.SourceOf(entries[firstEntry] - 1);
            var slot = plan.FindSlot(name);
            if (slot is null)
            {
                diagnostics.Add(ZoneDataBuilder.At(firstAt, "DA1022", DiagnosticSeverity.Warning,
                    $"the rules know no indicator '{Diagnostic.Window(name)}': its data is not used",
                    $"规则中没有指标“{Diagnostic.Window(name)}”：其数据未使用"));
                continue;
            }
            if (slot.IsDerived)
            {
                diagnostics.Add(ZoneDataBuilder.At(firstAt, "DA1028", DiagnosticSeverity.Warning,
                    $"'{Diagnostic.Window(name)}' is derived by the rules: the data's values are not used, the rules compute it",
                    $"“{Diagnostic.Window(name)}”是规则计算的派生指标：数据中的数值未使用，由规则计算"));
                continue;
            }
            var fresh = slotColumns[slot.Index] is null;
            var column = slotColumns[slot.Index] ??= NewColumn();
            var values = columns.Values[i];
            // Each unit's conversion per year, looked up once: a column usually states one unit throughout (its common
            // unit, or none), and then no cell's own unit is read.
            var common = columns.CommonUnit[i];
            var byUnit = new Dictionary<int, UnitConversion?[]>();
            var reported = new HashSet<int>();
            var (lastUnit, lastPerYear) = (int.MinValue, Array.Empty<UnitConversion?>());
            for (var z = 0; z < zoneCount; z++)
            {
                for (var k = 0; k < years.Count; k++)
                {
                    var cell = z * years.Count + k;
                    var value = values[cell];
                    if (double.IsNaN(value) || entries[cell] <= 0)
                    {
                        continue;
                    }
                    var target = z * yearCount + years[k] - firstYear;
                    if (!fresh && !double.IsNaN(column[target]))
                    {
                        continue; // given under another of the indicator's names first
                    }
                    var entry = entries[cell] - 1;
                    var unit = common >= -1 ? common : columns.UnitIndexOf(entry);
                    if (unit < 0)
                    {
                        column[target] = value;
                        continue;
                    }
                    if (unit != lastUnit)
                    {
                        if (!byUnit.TryGetValue(unit, out var perYear))
                        {
                            byUnit[unit] = perYear = new UnitConversion?[years.Count];
                        }
                        (lastUnit, lastPerYear) = (unit, perYear);
                    }
                    var convert = lastPerYear[k];
                    if (convert is null)
                    {
                        convert = Conversion(slot, columns.UnitText(unit), years[k], out var problem) ?? UnitConversion.Refused;
                        lastPerYear[k] = convert;
                        if (problem is { } p && reported.Add(unit))
                        {
                            diagnostics.Add(ZoneDataBuilder.At(columns.SourceOf(entry), p.Code, DiagnosticSeverity.Error, p.English, p.Chinese));
                        }
                    }
                    column[target] = ReferenceEquals(convert, UnitConversion.Identity) ? value : convert.Apply(value) ?? double.NaN;
                }
            }
        }
    }

    /// <summary>Targets given for indicators the rules do not know: one warning per name, at its first place.</summary>
    private void CheckTargetIndicators(List<Diagnostic> diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var unitsReported = new HashSet<(string, string)>();
        foreach (var t in data.Targets)
        {
            var slot = plan.FindSlot(t.Indicator);
            if (slot is null)
            {
                if (reported.Add(t.Indicator) && data.IndicatorIndex(t.Indicator) < 0)
                {
                    diagnostics.Add(ZoneDataBuilder.At(t.At, "DA1022", DiagnosticSeverity.Warning,
                        $"the rules know no indicator '{Diagnostic.Window(t.Indicator)}': its targets are not used",
                        $"规则中没有指标“{Diagnostic.Window(t.Indicator)}”：其目标未使用"));
                }
                continue;
            }
            if (t.Unit is { } unit && Conversion(slot, unit, t.Year, out var problem) is null && problem is { } p && unitsReported.Add((t.Indicator, unit)))
            {
                diagnostics.Add(ZoneDataBuilder.At(t.At, p.Code, DiagnosticSeverity.Error, p.English, p.Chinese));
            }
        }
    }

    /// <summary>Events and vetoes of the year for items the scheme does not have: one warning per item.</summary>
    private void CheckItems(string schemeName, AssessmentScheme scheme, int year, List<Diagnostic> diagnostics)
    {
        var items = scheme.BonusItems.Select(b => b.Code).Concat(scheme.DeductionItems.Select(d => d.Code)).ToHashSet(StringComparer.Ordinal);
        var vetoItems = scheme.VetoRules.Select(v => v.Code).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, at, isVeto) in data.Events.Where(e => e.Year == year).Select(e => (e.Item, e.At, false))
            .Concat(data.Vetoes.Where(v => v.Year == year).Select(v => (v.Item, v.At, true))))
        {
            if (!(isVeto ? vetoItems : items).Contains(item) && reported.Add(item))
            {
                diagnostics.Add(ZoneDataBuilder.At(at, "DA1026", DiagnosticSeverity.Warning,
                    $"scheme '{schemeName}' has no {(isVeto ? "veto" : "bonus or deduction")} item '{Diagnostic.Window(item)}': these data are not used",
                    $"考核方案“{schemeName}”没有{(isVeto ? "否决" : "加分或扣分")}事项“{Diagnostic.Window(item)}”：该数据未使用"));
            }
        }
    }

    private double[] NewColumn()
    {
        var column = new double[zoneCount * yearCount];
        column.AsSpan().Fill(double.NaN);
        return column;
    }

    private readonly Dictionary<(int Slot, string Unit, int Year), (UnitConversion? Conversion, (string Code, string English, string Chinese)? Problem)> conversions = [];

    private UnitConversion? Conversion(PlanSlot slot, string? unit, int year) =>
        unit is null ? UnitConversion.Identity : Conversion(slot, unit, year, out _);

    /// <summary>How a value stated in <paramref name="unit"/> becomes one in the slot's unit in <paramref name="year"/>, or
    /// null with the reason (DA1021 another dimension, DA1023 not a unit, DA1024 no rate between the currencies).</summary>
    private UnitConversion? Conversion(PlanSlot slot, string unit, int year, out (string Code, string English, string Chinese)? problem)
    {
        lock (conversions)
        {
            if (!conversions.TryGetValue((slot.Index, unit, year), out var known))
            {
                known = Convert(slot, unit, year);
                conversions[(slot.Index, unit, year)] = known;
            }
            problem = known.Problem;
            return known.Conversion;
        }
    }

    private (UnitConversion?, (string, string, string)?) Convert(PlanSlot slot, string text, int year)
    {
        var name = Diagnostic.Window(slot.Name);
        var quoted = Diagnostic.Window(text);
        var expected = slot.Unit?.Symbol;
        if (slot.Unit is null)
        {
            // A plain number or percentage points: only the points' own words are its unit.
            return slot.Type.Kind == RuleTypeKind.Points && text.Trim() is "个百分点" or "百分点" or "pp" or "percentage points"
                ? (UnitConversion.Identity, null)
                : (null, ("DA1021", $"unit '{quoted}' is not a unit of {name}, which is a plain number", $"单位“{quoted}”不是{name}的单位（{name}为无单位数值）"));
        }
        var parsed = plan.ParseUnit(text);
        if (!parsed.Success)
        {
            return (null, ("DA1023", $"'{quoted}' is not a unit ({name} is in {expected})", $"“{quoted}”不是单位（{name}的单位为{expected}）"));
        }
        var from = parsed.Value;
        if (from.Equals(slot.Unit))
        {
            return (UnitConversion.Identity, null);
        }
        if (from.IsCompatibleWith(slot.Unit))
        {
            return (new UnitConversion(from, slot.Unit, 1), null);
        }
        if (from.Dimension.Kind == DimensionKind.Money && slot.Unit.Dimension.Kind == DimensionKind.Money
            && from.Dimension.Currency is { } source && slot.Unit.Dimension.Currency is { } destination)
        {
            var rate = plan.ExchangeRate(source, destination, year) ?? (plan.ExchangeRate(destination, source, year) is { } back ? 1 / back : null);
            return rate is { } r && double.IsFinite(r) && r > 0
                ? (new UnitConversion(from, slot.Unit, r), null)
                : (null, ("DA1024",
                    $"no exchange rate from {from.Symbol} to {expected} for {year.ToString(CultureInfo.InvariantCulture)}: state one in the rules (rate …)",
                    $"没有{year.ToString(CultureInfo.InvariantCulture)}年{from.Symbol}对{expected}的汇率：请在规则中声明（rate …）"));
        }
        return (null, ("DA1021", $"unit '{quoted}' is not a unit of {name} ({expected})", $"单位“{quoted}”不是{name}的单位（{expected}）"));
    }
}

/// <summary>A value's way into an indicator's unit: rescale (万元 → 亿元), then a currency's rate (1 when the same).</summary>
internal sealed class UnitConversion(Unit? from, Unit? to, double rate)
{
    internal static readonly UnitConversion Identity = new(null, null, 1);

    /// <summary>No conversion exists (the error is reported): the value is missing, and the assessment fails on the error.</summary>
    internal static readonly UnitConversion Refused = new(null, null, double.NaN);

    internal double? Apply(double? value)
    {
        if (value is not double v || from is null || to is null)
        {
            return double.IsNaN(rate) ? null : value;
        }
        var converted = from.ConvertValue(v, to) * rate;
        return double.IsFinite(converted) ? converted : null;
    }
}
