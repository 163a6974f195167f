using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Indicators.Rules;

namespace Indicators.Tool.Assess;

/// <summary>
/// One assessment as one JSON document (docs/cli.md, "indicators assess", version 1): every key always present, null
/// when it has no value; numbers unrounded. Utf8JsonWriter, as the audit's JSON: no reflection, the key order is the format's.
/// </summary>
internal static class AssessJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The document, on one line.</summary>
    internal static string Write(RuleAssessment assessment, string? explanation)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("scheme", assessment.Scheme);
            json.WriteNumber("year", assessment.Year);
            json.WriteStartArray("zones");
            foreach (var zone in AssessTable.Ranked(assessment.Result))
            {
                json.WriteStartObject();
                Number(json, "rank", zone.Rank);
                json.WriteString("zone", zone.Id.Code);
                json.WriteString("group", zone.Group);
                Number(json, "groupRank", zone.GroupRank);
                json.WriteNumber("total", zone.Total);
                json.WriteString("grade", zone.Grade);
                json.WriteBoolean("excluded", zone.IsExcludedFromRanking);
                json.WriteStartArray("categories");
                foreach (var category in zone.Categories)
                {
                    json.WriteStartObject();
                    json.WriteString("name", category.Name);
                    json.WriteNumber("points", category.Subtotal);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteNumber("bonus", zone.Bonus);
                json.WriteNumber("deductions", zone.Deductions);
                json.WriteStartArray("vetoes");
                foreach (var veto in zone.Vetoes)
                {
                    json.WriteStringValue(veto.Rule?.Name);
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("explanation", explanation);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
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
