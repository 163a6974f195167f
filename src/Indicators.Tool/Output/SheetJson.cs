using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Indicators.Tool.Output;

/// <summary>
/// Sheets as one JSON document on one line: <c>{"version":1,"SHEET":[{"column":value,…},…],…}</c>. Every column is a
/// key of every row, in the sheet's order, <c>null</c> where the cell is missing; numbers are plain JSON numbers,
/// unrounded, never NaN or an infinity; Chinese is written as itself. Utf8JsonWriter, as the audit's JSON: no reflection.
/// </summary>
internal static class SheetJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The document, without a line break.</summary>
    internal static string Write(IEnumerable<ResultSheet> sheets)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            foreach (var sheet in sheets)
            {
                json.WriteStartArray(sheet.Name);
                foreach (var row in sheet.Rows)
                {
                    json.WriteStartObject();
                    for (var i = 0; i < row.Length; i++)
                    {
                        json.WritePropertyName(sheet.Columns[i].Name);
                        switch (row[i])
                        {
                            case null: json.WriteNullValue(); break;
                            case string text: json.WriteStringValue(text); break;
                            case double d: json.WriteNumberValue(d); break;
                            case int n: json.WriteNumberValue(n); break;
                            case long n: json.WriteNumberValue(n); break;
                            case bool b: json.WriteBooleanValue(b); break;
                            default: throw new InvalidOperationException($"A cell of {sheet.Name} is a {row[i]!.GetType().Name}.");
                        }
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
