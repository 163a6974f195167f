using System.Text;

namespace Indicators.Bulk;

/// <summary>RFC 4180 records with the line each starts on; a malformed record is reported, and reading goes on at the next line.</summary>
internal static class BulkCsvRecords
{
    internal static IEnumerable<(int Line, List<string> Fields, string? Problem)> Read(TextReader reader)
    {
        int lineNumber = 0;
        string? line;
        var field = new StringBuilder();
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            int start = lineNumber;
            var fields = new List<string>();
            string? problem = null;
            field.Clear();
            int at = 0;
            while (true)
            {
                if (at < line.Length && line[at] == '"')
                {
                    at++;
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
                                problem = $"a quoted field opened on line {start} is never closed";
                                break;
                            }
                            lineNumber++;
                            field.Append('\n');
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
                        problem = $"a quoted field is followed by '{line[at]}' instead of a comma";
                        break;
                    }
                }
                else
                {
                    int comma = line.IndexOf(',', at);
                    int end = comma < 0 ? line.Length : comma;
                    field.Append(line, at, end - at);
                    at = end;
                }
                fields.Add(field.ToString());
                field.Clear();
                if (at >= line.Length)
                {
                    break;
                }
                at++; // the comma
                if (at == line.Length)
                {
                    fields.Add(string.Empty);
                    break;
                }
            }
            yield return (start, fields, problem);
        }
    }
}
