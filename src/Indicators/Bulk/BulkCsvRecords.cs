using System.Text;

namespace Indicators.Bulk;

/// <summary>
/// One RFC 4180 record as read: the line it starts on, its raw text (its lines joined by '\n', so that a diagnostic can
/// point into it), its fields, and where each field's value starts in the raw text; or the problem that stopped it.
/// </summary>
internal sealed class BulkCsvRecord(int line, string text, List<string> fields, List<int> starts, List<bool> quoted, (string Code, string English, string Chinese, int At)? problem)
{
    internal int Line { get; } = line;

    internal string Text { get; } = text;

    internal List<string> Fields { get; } = fields;

    /// <summary>What stopped the record (<c>BK1002</c> a quote never closed, <c>BK1003</c> text after a closing quote) and
    /// where in <see cref="Text"/> it was seen; null for a whole record.</summary>
    internal (string Code, string English, string Chinese, int At)? Problem { get; } = problem;

    /// <summary>Where character <paramref name="offset"/> of field <paramref name="field"/>'s value is in <see cref="Text"/>:
    /// past the opening quote, and one further for each doubled quote (<c>""</c>) before it.</summary>
    internal int RawIndex(int field, int offset)
    {
        int raw = starts[field];
        if (!quoted[field])
        {
            return raw + offset;
        }
        for (int k = 0; k < offset && raw < Text.Length; k++)
        {
            raw += Text[raw] == '"' ? 2 : 1;
        }
        return raw;
    }
}

/// <summary>RFC 4180 records with the line each starts on; a malformed record is reported, and reading goes on at the next line.</summary>
internal static class BulkCsvRecords
{
    /// <param name="reader">The text, at the start of a record.</param>
    /// <param name="firstLine">The line number of the reader's first line (the block loader hands over mid-file).</param>
    internal static IEnumerable<BulkCsvRecord> Read(TextReader reader, int firstLine = 1)
    {
        int lineNumber = firstLine - 1;
        string? line;
        var field = new StringBuilder();
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            int start = lineNumber;
            var fields = new List<string>();
            var starts = new List<int>();
            var quoted = new List<bool>();
            // The raw text of the lines before the current one, for a record whose quoted field runs over line breaks.
            StringBuilder? before = null;
            int Raw(int at) => (before?.Length ?? 0) + at;
            (string Code, string English, string Chinese, int At)? problem = null;
            field.Clear();
            int at = 0;
            while (true)
            {
                if (at < line.Length && line[at] == '"')
                {
                    int opening = Raw(at);
                    at++;
                    starts.Add(Raw(at));
                    quoted.Add(true);
                    // A quoted field may run over line breaks: keep reading lines until its closing quote.
                    while (true)
                    {
                        int quote = line.IndexOf('"', at);
                        if (quote < 0)
                        {
                            field.Append(line, at, line.Length - at);
                            string? next = reader.ReadLine();
                            if (next is null)
                            {
                                problem = ("BK1002", $"a quoted field opened on line {start} is never closed", $"第 {start} 行开始的带引号字段没有结束引号", opening);
                                break;
                            }
                            lineNumber++;
                            field.Append('\n');
                            (before ??= new StringBuilder()).Append(line).Append('\n');
                            line = next;
                            at = 0;
                            continue;
                        }
                        field.Append(line, at, quote - at);
                        if (quote + 1 < line.Length && line[quote + 1] == '"')
                        {
                            field.Append('"');
                            at = quote + 2;
                            continue;
                        }
                        at = quote + 1;
                        break;
                    }
                    if (problem is not null)
                    {
                        break;
                    }
                    if (at < line.Length && line[at] != ',')
                    {
                        problem = ("BK1003", $"a quoted field is followed by '{line[at]}' instead of a comma", $"带引号的字段后面是“{line[at]}”，应为逗号", Raw(at));
                        break;
                    }
                }
                else
                {
                    starts.Add(Raw(at));
                    quoted.Add(false);
                    int comma = line.IndexOf(',', at);
                    int end = comma < 0 ? line.Length : comma;
                    // Straight from the line (one copy at most, none for a line of one field), not through the builder.
                    fields.Add(line.Substring(at, end - at));
                    at = end;
                }
                if (quoted[^1])
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                if (at >= line.Length)
                {
                    break;
                }
                at++; // the comma
                if (at == line.Length)
                {
                    starts.Add(Raw(at));
                    quoted.Add(false);
                    fields.Add(string.Empty);
                    break;
                }
            }
            string text = before is null ? line : before.Append(line).ToString();
            yield return new BulkCsvRecord(start, text, fields, starts, quoted, problem);
        }
    }
}
