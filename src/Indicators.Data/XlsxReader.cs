namespace Indicators.Data;

/// <summary>Reads .xlsx workbooks (placeholder until the reader lands).</summary>
internal static class XlsxReader
{
    internal static void Read(string path, IDataSink sink, Ledger ledger, NamePool pool, List<Diagnostic> diagnostics) =>
        diagnostics.Add(Diagnostic.Unplaced("DT1009", "xlsx not yet", "xlsx not yet", path));
}
