using Indicators.Rules;

namespace Indicators.Data;

/// <summary>
/// The one loader of the data a scheme runs on (数据加载): CSV files (UTF-8 with or without a byte-order mark, or GB18030)
/// and .xlsx workbooks, each table recognised by its header row — zone observations, 统计月报 tables, tables of zones,
/// targets, attributes (groups, regions, types), bonus/deduction events, vetoes, firm and project records
/// (docs/data-files.md) — into one <see cref="ZoneData"/> for <c>RulePlan.Assess</c>.
/// </summary>
/// <remarks>A bad file never throws: every problem of every file (an unreadable number, an unknown column, a figure given
/// twice, a header the loader does not know, bytes in no known encoding) is a <see cref="Diagnostic"/> naming the file,
/// the line and the column (<c>DT1xxx</c> the file, <c>DT2xxx</c> a cell, <c>DT3xxx</c> an item against another;
/// <c>DA1xxx</c> from <see cref="ZoneDataBuilder"/>), all at once; the rows that are good still load.</remarks>
public static class DataLoader
{
    /// <summary>Loads data files into one zone dataset (加载考核数据).</summary>
    /// <param name="paths">The files, in order; a path ending in .xlsx or .xlsm is a workbook, any other a CSV text.</param>
    /// <returns>The data of the good rows (null when even they cannot be built), and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of them is null.</exception>
    public static Outcome<ZoneData> Load(IEnumerable<string> paths) => Load(paths, LongCsvOptions.Default);

    /// <summary><see cref="Load(IEnumerable{string})"/> with the long-CSV reader's cuts chosen (the tests' way to compare).</summary>
    internal static Outcome<ZoneData> Load(IEnumerable<string> paths, LongCsvOptions options)
    {
        Guard.Against.Null(paths);
        var sink = new BuilderSink();
        var diagnostics = DataReader.Read(paths, sink, options);
        return sink.Finish(diagnostics);
    }

    /// <summary>Loads one CSV text (解析数据文本), e.g. a file read elsewhere.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="sourceName">The name diagnostics give it (a file name: a 统计月报 table may take its zone and year from it).</param>
    /// <returns>The data of the good rows, and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Outcome<ZoneData> Parse(string text, string? sourceName = null)
    {
        Guard.Against.Null(text);
        var sink = new BuilderSink();
        var diagnostics = new List<Diagnostic>();
        DataReader.ReadText(text, sourceName ?? Diagnostic.TextSourceName, sink, new Ledger(), new NamePool(), diagnostics);
        return sink.Finish(diagnostics);
    }

    /// <summary>The sink that feeds a <see cref="ZoneDataBuilder"/>.</summary>
    internal sealed class BuilderSink : IDataSink
    {
        private readonly ZoneDataBuilder builder = ZoneData.CreateBuilder();

        /// <summary>The builder, for the long-CSV reader that gives it values by index.</summary>
        internal ZoneDataBuilder Builder => builder;

        /// <summary>Whether a table of zones may give the builder its values by index (false: by name through
        /// <see cref="Value"/>, the general way, which the tests compare it with).</summary>
        internal bool ByIndex { get; init; } = true;

        public void Attribute(string zone, string name, string value, DataSource at) => builder.Attribute(zone, name, value, at);

        public ZoneDataBuilder.Given Value(string zone, string indicator, int year, double? value, string? unit, DataSource at, out DataSource first)
        {
            first = at;
            if (year is < 1900 or > 2200 || value is { } v && !double.IsFinite(v))
            {
                // The builder reports it (DA1001, DA1002); the loader's own checks let neither through today.
                builder.Value(zone, indicator, year, value, unit, at);
                return ZoneDataBuilder.Given.New;
            }
            var z = builder.ZoneIndexOf(zone);
            var i = builder.IndicatorIndexOf(indicator);
            var given = builder.PutValue(z, i, year, value ?? double.NaN, builder.UnitIndexOf(unit), unit, builder.SourceIndexOf(at.Source),
                at.Line, at.Column, out var entry);
            if (given != ZoneDataBuilder.Given.New)
            {
                first = builder.EntrySource(entry);
            }
            return given;
        }

        public void Target(string zone, string indicator, int year, double? target, double? stretch, double? baseline, string? unit, DataSource at) =>
            builder.Target(zone, indicator, year, target, stretch, baseline, unit, at);

        public void Event(string zone, int year, string item, int count, DataSource at) => builder.Event(zone, year, item, count, at);

        public void Veto(string zone, int year, string item, string reason, DataSource at) => builder.Veto(zone, year, item, reason, at);

        public void Record(string zone, int year, string set, RuleRecord record, DataSource at) => builder.Record(zone, year, set, record, at);

        /// <summary>The files' diagnostics, then the builder's.</summary>
        internal Outcome<ZoneData> Finish(List<Diagnostic> diagnostics)
        {
            var built = builder.Build();
            diagnostics.AddRange(built.Diagnostics);
            return new Outcome<ZoneData>(built.Value, diagnostics);
        }
    }
}
