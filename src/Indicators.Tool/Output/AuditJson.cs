using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Indicators.Reports;
using Indicators.Tool.Audit;

namespace Indicators.Tool.Output;

/// <summary>
/// Writes one audit as one JSON document, in the format of docs/cli.md (version 1): every key is always present, null
/// when it has no value; numbers are plain JSON numbers (never NaN or an infinity: a non-finite number would be null).
/// Utf8JsonWriter, not a serializer: no reflection, nothing for the trimmer to miss, and the key order is the format's.
/// </summary>
internal static class AuditJson
{
    // UnsafeRelaxedJsonEscaping writes Chinese as itself (not \uXXXX) and leaves < > & ' + unescaped: the output is a
    // JSON document, not HTML to embed. Quotes, backslashes and control characters are still escaped, so it is valid JSON.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The document for one file, on one line.</summary>
    /// <param name="file">The file as named on the command line.</param>
    /// <param name="audit">Its audit.</param>
    /// <param name="checks">The checks to list (the findings, or every check).</param>
    /// <returns>The JSON text, without a line break.</returns>
    internal static string Write(string file, ReportAudit audit, IEnumerable<AuditFinding> checks)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var document = audit.Document;
            json.WriteStartObject();
            json.WriteString("file", file);
            WriteNumber(json, "referenceYear", document.ReferenceYear);
            json.WriteStartArray("facts");
            foreach (var fact in document.Facts)
            {
                WriteFact(json, fact);
            }
            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in checks)
            {
                WriteFinding(json, finding);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteFact(Utf8JsonWriter json, ReportFact fact)
    {
        json.WriteStartObject();
        json.WriteString("id", fact.Id);
        WriteSpan(json, fact.Start, fact.End);
        json.WriteString("text", fact.Text);
        json.WriteString("indicator", fact.Indicator);
        json.WriteString("code", fact.Code);
        json.WriteString("kind", AuditWords.Kind(fact.Kind));
        json.WriteString("period", AuditWords.Period(fact.Period));
        WriteNumber(json, "value", fact.Value?.Value);
        json.WriteString("unit", fact.Unit);
        json.WriteString("qualifier", fact.Value is { } value ? AuditWords.Qualifier(value.Qualifier) : null);
        json.WriteString("modality", AuditWords.Modality(fact.Modality));
        json.WriteBoolean("missing", fact.IsMissing);
        WriteNumber(json, "growthPercent", fact.Growth?.Value);
        json.WriteString("growthQualifier", fact.Growth is { } growth ? AuditWords.Qualifier(growth.Qualifier) : null);
        WriteNumber(json, "ppChange", fact.PercentagePoints?.Value);
        WriteNumber(json, "sharePercent", fact.Share?.Value);
        json.WriteString("shareOf", fact.ShareOf);
        WriteNumber(json, "completionPercent", fact.Completion?.Value);
        WriteNumber(json, "overfulfilmentPercent", fact.Overfulfilment?.Value);
        WriteNumber(json, "rank", fact.Rank);
        WriteNumber(json, "rankOf", fact.RankOf);
        WriteNumber(json, "rankChange", fact.RankChange);
        json.WriteString("parent", fact.Parent?.Id);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, AuditFinding finding)
    {
        json.WriteStartObject();
        json.WriteString("check", AuditWords.Check(finding.Check.Kind));
        json.WriteString("verdict", AuditWords.Verdict(finding.Check.Verdict));
        json.WriteStartArray("facts");
        foreach (var fact in finding.Facts)
        {
            json.WriteStringValue(fact.Id);
        }
        json.WriteEndArray();
        WriteSpan(json, finding.Start, finding.End);
        json.WriteString("zh", finding.Explain(ExplanationLanguage.Chinese));
        json.WriteString("en", finding.Explain(ExplanationLanguage.English));
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, int start, int end)
    {
        json.WriteStartArray("span");
        json.WriteNumberValue(start);
        json.WriteNumberValue(end);
        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            // + 0.0 turns −0 into 0: "-0" is valid JSON but reads as a sign a report never wrote.
            json.WriteNumber(name, number + 0.0);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
