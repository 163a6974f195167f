using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Indicators.Data;

/// <summary>
/// A worksheet part read row by row with <see cref="XmlReader"/>: the cells' texts are copied into one reused character
/// buffer (<see cref="XmlReader.ReadValueChunk"/>), names are compared as atoms of one <see cref="NameTable"/>, so a cell
/// costs no object (the Open XML SDK's <see cref="OpenXmlReader"/> made an element, an attribute list and a string for every
/// element: about 580 bytes a cell).
/// </summary>
/// <remarks>
/// It takes what the SDK's reader took before issue 14, element by element (each rule below names the SDK's behaviour it
/// mirrors; <c>Issue14XlsxTests</c> checks them against the SDK): the root must be <c>worksheet</c>; a <c>row</c> counts as a
/// child of <c>sheetData</c>, a <c>c</c> as a direct child of its row, a <c>v</c> or <c>is</c> as a direct child of its cell,
/// the first of each; an element in the strict namespace (ISO 29500 strict) is the transitional one (the SDK translates
/// it); the children of <c>mc:Choice</c> and <c>mc:Fallback</c> count as children of the <c>mc:AlternateContent</c>'s parent,
/// both branches, one level deep (the SDK makes them so and chooses neither); a leaf's text is its first text node. One
/// difference: phonetic runs (<c>rPh</c>, the furigana of Japanese text) are left out of a string, as Excel shows it; the SDK's
/// <c>InnerText</c> appended them.
/// </remarks>
internal sealed class XlsxSheetXml : IDisposable
{
    /// <summary>The names met, atomised once per workbook so that the reader's names compare by reference.</summary>
    internal sealed class Names
    {
        internal readonly NameTable Table = new();
        internal readonly string Main;
        internal readonly string Strict;
        internal readonly string Mc;
        internal readonly string Worksheet;
        internal readonly string SheetData;
        internal readonly string Row;
        internal readonly string C;
        internal readonly string V;
        internal readonly string Is;
        internal readonly string T;
        internal readonly string R;
        internal readonly string Sst;
        internal readonly string Si;
        internal readonly string AlternateContent;
        internal readonly string Choice;
        internal readonly string Fallback;

        internal Names()
        {
            Main = Table.Add("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
            Strict = Table.Add("http://purl.oclc.org/ooxml/spreadsheetml/main");
            Mc = Table.Add("http://schemas.openxmlformats.org/markup-compatibility/2006");
            Worksheet = Table.Add("worksheet");
            SheetData = Table.Add("sheetData");
            Row = Table.Add("row");
            C = Table.Add("c");
            V = Table.Add("v");
            Is = Table.Add("is");
            T = Table.Add("t");
            R = Table.Add("r");
            Sst = Table.Add("sst");
            Si = Table.Add("si");
            AlternateContent = Table.Add("AlternateContent");
            Choice = Table.Add("Choice");
            Fallback = Table.Add("Fallback");
        }

        /// <summary>Whether the reader stands on a SpreadsheetML element of this (atomised) name, transitional or strict.</summary>
        internal bool IsMain(XmlReader reader, string name) =>
            (object)reader.LocalName == name && ((object)reader.NamespaceURI == Main || (object)reader.NamespaceURI == Strict);

        internal bool IsAlternateContent(XmlReader reader) => (object)reader.LocalName == AlternateContent && (object)reader.NamespaceURI == Mc;

        internal bool IsBranch(XmlReader reader) =>
            ((object)reader.LocalName == Choice || (object)reader.LocalName == Fallback) && (object)reader.NamespaceURI == Mc;

        internal XmlReaderSettings Settings() => new()
        {
            // As the SDK's part reader: no DTD, white space kept (a cell's " " is its text).
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreWhitespace = false,
            NameTable = Table,
            CloseInput = true,
        };
    }

    /// <summary>What an element is to the rows: the SDK typed only these where the sheet's rows are concerned.</summary>
    private enum Kind : byte
    {
        Other,
        Document,
        Worksheet,
        SheetData,
        AlternateContent,
        Branch,
        InlineString,
        Run,
    }

    /// <summary>Deeper than this nothing can hold a row (worksheet, mc:AlternateContent, mc:Choice, sheetData, the same, row).</summary>
    private const int Depths = 8;

    private const int Columns = 16_384;

    private readonly XmlReader reader;
    private readonly Names names;
    private readonly Kind[] kinds = new Kind[Depths];
    private readonly Kind[] hosts = new Kind[Depths];
    private char[] text = new char[1024];
    private int length;
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private char[] attribute = new char[16];
    private bool skipped;

    internal XlsxSheetXml(Stream part, Names names)
    {
        this.names = names;
        reader = XmlReader.Create(part, names.Settings());
    }

    /// <summary>The row read last: its one-based number.</summary>
    internal int RowNumber { get; private set; }

    /// <summary>The row read last: its number of cells (the last cell's column + 1).</summary>
    internal int Count { get; private set; }

    /// <summary>A cell of the row read last (valid until the next row is read).</summary>
    internal ReadOnlySpan<char> Cell(int index) => text.AsSpan(starts[index], lengths[index]);

    /// <summary>Reads the next row of the sheet, blank or not; false at the end.</summary>
    /// <param name="strings">The shared strings.</param>
    /// <param name="previous">The number a row without its <c>r</c> follows.</param>
    internal bool ReadRow(string[] strings, int previous)
    {
        // Every element of the part in order (depth -1: no end), but those that cannot hold a row are skipped whole.
        while (NextChild(-1))
        {
            var depth = reader.Depth;
            var parent = depth == 0 ? Kind.Document : depth <= Depths ? kinds[depth - 1] : Kind.Other;
            var parentHost = depth == 0 || depth > Depths ? Kind.Other : hosts[depth - 1];
            // The children of mc:Choice and mc:Fallback are made as children of the AlternateContent's parent (the SDK's
            // AlternateContentChoice.ElementFactory), whatever Requires says.
            var context = parent == Kind.Branch ? parentHost : parent;
            Kind kind;
            var host = Kind.Other;
            if (parent == Kind.AlternateContent)
            {
                kind = names.IsBranch(reader) ? Kind.Branch : Kind.Other;
                host = parentHost;
            }
            else if (depth > 0 && names.IsAlternateContent(reader))
            {
                // One level only: below a branch (or another AlternateContent) the SDK made unknown elements.
                kind = Kind.AlternateContent;
                host = parent is Kind.Branch or Kind.AlternateContent ? Kind.Other : parent;
            }
            else if (context == Kind.SheetData && names.IsMain(reader, names.Row))
            {
                ReadCells(strings, previous);
                return true;
            }
            else
            {
                kind = context == Kind.Document && names.IsMain(reader, names.Worksheet) ? Kind.Worksheet
                    : context == Kind.Worksheet && names.IsMain(reader, names.SheetData) ? Kind.SheetData
                    : Kind.Other;
            }
            if (kind == Kind.Other || depth >= Depths)
            {
                // Nothing below can be a row: Skip stands on the node after the element.
                SkipElement();
                continue;
            }
            (kinds[depth], hosts[depth]) = (kind, host);
        }
        return false;
    }

    /// <summary>Reads the row the reader stands on into the buffers (as the SDK's reader met its cells: direct children
    /// <c>c</c> only, a cell without a reference after the row's last column, a later cell of a column replacing the earlier,
    /// columns beyond XFD left out); ends on the row's end.</summary>
    private void ReadCells(string[] strings, int previous)
    {
        RowNumber = previous + 1;
        while (reader.MoveToNextAttribute())
        {
            if ((object)reader.LocalName == names.R && reader.NamespaceURI.Length == 0)
            {
                RowNumber = RowIndex(AttributeValue());
            }
        }
        reader.MoveToElement();
        length = 0;
        Count = 0;
        if (reader.IsEmptyElement)
        {
            return;
        }
        var depth = reader.Depth;
        while (NextChild(depth))
        {
            if (!names.IsMain(reader, names.C))
            {
                SkipElement();
                continue;
            }
            ReadCell(strings);
        }
    }

    /// <summary>The row's <c>r</c> (one-based; above int.MaxValue read as int.MaxValue, as before).</summary>
    private static int RowIndex(ReadOnlySpan<char> value)
    {
        if (value.Length is > 0 and < 10 && !value.ContainsAnyExceptInRange('0', '9'))
        {
            return int.Parse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        }
        // Anything else is parsed by the SDK, so that " 5 " is 5 and "abc", "+5", "" or 4294967296 fail as they did.
        return (int)Math.Min(new UInt32Value { InnerText = value.ToString() }.Value, int.MaxValue);
    }

    /// <summary>Reads the cell the reader stands on and puts its text at its column (the text as <c>Cell.CellValue.Text</c>
    /// and <c>Cell.InlineString</c> read it); ends on the cell's end.</summary>
    private void ReadCell(string[] strings)
    {
        var column = -1;
        var type = Type.Number;
        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI.Length != 0)
            {
                continue;
            }
            if ((object)reader.LocalName == names.R)
            {
                column = ColumnOf(AttributeValue());
            }
            else if ((object)reader.LocalName == names.T)
            {
                type = TypeOf(AttributeValue());
            }
        }
        reader.MoveToElement();
        var (rawStart, rawLength, raw) = (length, 0, false);
        var (inlineStart, inlineLength, inline) = (length, 0, false);
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (NextChild(depth))
            {
                if (!raw && names.IsMain(reader, names.V))
                {
                    (rawStart, raw) = (length, true);
                    ReadLeafText();
                    rawLength = length - rawStart;
                }
                else if (!inline && names.IsMain(reader, names.Is))
                {
                    (inlineStart, inline) = (length, true);
                    ReadRuns(Kind.InlineString, alternate: true);
                    inlineLength = length - inlineStart;
                }
                else
                {
                    SkipElement();
                }
            }
        }
        column = column < 0 ? Count : column;
        if (column >= Columns)
        {
            return;
        }
        var (start, size) = type switch
        {
            Type.Shared => Append(int.TryParse(text.AsSpan(rawStart, rawLength), out var index) && index >= 0 && index < strings.Length ? strings[index] : ""),
            Type.Inline => (inlineStart, inlineLength),
            Type.Boolean => Append(text.AsSpan(rawStart, rawLength) is "1" ? "TRUE" : "FALSE"),
            // Numbers are stored as invariant text (12.5, 1E-3): the same reader as CSV reads them, from this buffer.
            _ => (rawStart, rawLength),
        };
        Put(column, start, size);
    }

    private enum Type : byte
    {
        Number,
        Shared,
        Inline,
        Boolean,
    }

    /// <summary>A cell's <c>t</c>: the names the schema gives, else the SDK's parse decides, as before (so a bad one fails).</summary>
    private static Type TypeOf(ReadOnlySpan<char> type)
    {
        switch (type)
        {
            case "s":
                return Type.Shared;
            case "inlineStr":
                return Type.Inline;
            case "b":
                return Type.Boolean;
            case "n" or "str" or "e" or "d":
                return Type.Number;
        }
        var parsed = new EnumValue<CellValues> { InnerText = type.ToString() }.Value;
        return parsed == CellValues.SharedString ? Type.Shared : parsed == CellValues.InlineString ? Type.Inline
            : parsed == CellValues.Boolean ? Type.Boolean : Type.Number;
    }

    /// <summary>"C5" → 2 (zero-based column), or -1 (no letters, more than three, or not upper case), as before.</summary>
    private static int ColumnOf(ReadOnlySpan<char> reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (++letters > 3)
            {
                return -1;
            }
        }
        return letters == 0 ? -1 : column - 1;
    }

    /// <summary>Sets a column of the row (gaps before it empty).</summary>
    private void Put(int column, int start, int size)
    {
        if (column >= starts.Length)
        {
            var grown = Math.Min(Math.Max(starts.Length * 2, column + 1), Columns);
            Array.Resize(ref starts, grown);
            Array.Resize(ref lengths, grown);
        }
        if (column >= Count)
        {
            lengths.AsSpan(Count, column - Count).Clear();
            Count = column + 1;
        }
        (starts[column], lengths[column]) = (start, size);
    }

    /// <summary>Copies text to the end of the buffer: where it starts and its length.</summary>
    private (int Start, int Length) Append(ReadOnlySpan<char> value)
    {
        var start = length;
        Reserve(value.Length);
        value.CopyTo(text.AsSpan(length));
        length += value.Length;
        return (start, value.Length);
    }

    private void Reserve(int more)
    {
        if (length + more > text.Length)
        {
            Array.Resize(ref text, (int)Math.Min(Math.Max((long)text.Length * 2, (long)length + more), Array.MaxLength));
        }
    }

    /// <summary>Moves to the next node inside the element at <paramref name="depth"/>; false on its end (or the part's).</summary>
    private bool NextNode(int depth)
    {
        // After a skip the reader already stands on the next node.
        if (!skipped && !reader.Read())
        {
            return false;
        }
        skipped = false;
        return !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF;
    }

    /// <summary>Moves to the next child element of the element at <paramref name="depth"/>; false on its end.</summary>
    private bool NextChild(int depth)
    {
        while (NextNode(depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Skips the element the reader stands on, with all it holds.</summary>
    private void SkipElement()
    {
        reader.Skip();
        skipped = true;
    }

    /// <summary>The value of the attribute the reader stands on, in a reused buffer.</summary>
    private ReadOnlySpan<char> AttributeValue()
    {
        var read = 0;
        int chunk;
        while ((chunk = reader.ReadValueChunk(attribute, read, attribute.Length - read)) > 0)
        {
            read += chunk;
            if (read == attribute.Length)
            {
                Array.Resize(ref attribute, attribute.Length * 2);
            }
        }
        return attribute.AsSpan(0, read);
    }

    /// <summary>Appends the text of the leaf element the reader stands on (<c>v</c> or <c>t</c>): its first text node, as the
    /// SDK's <c>OpenXmlLeafTextElement</c> loads it (child elements, comments and later text left out); ends on its end.</summary>
    private void ReadLeafText()
    {
        if (reader.IsEmptyElement)
        {
            return;
        }
        var depth = reader.Depth;
        var found = false;
        while (NextNode(depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    SkipElement();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when !found:
                    var start = length;
                    int chunk;
                    do
                    {
                        Reserve(256);
                        chunk = reader.ReadValueChunk(text, length, text.Length - length);
                        length += chunk;
                    }
                    while (chunk > 0);
                    // An empty CDATA section is no text: the SDK takes the next.
                    found = length > start;
                    break;
            }
        }
    }

    /// <summary>Appends the text of a string (<c>is</c> or <c>si</c>) or a run the reader stands on: the texts (<c>t</c>) of
    /// its runs in order, phonetic runs left out; an AlternateContent's branches read as the element's own children, one
    /// level deep. Ends on its end.</summary>
    private void ReadRuns(Kind kind, bool alternate)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }
        var depth = reader.Depth;
        while (NextChild(depth))
        {
            if (names.IsMain(reader, names.T))
            {
                ReadLeafText();
            }
            else if (kind == Kind.InlineString && names.IsMain(reader, names.R))
            {
                ReadRuns(Kind.Run, alternate: true);
            }
            else if (alternate && names.IsAlternateContent(reader))
            {
                ReadBranches(kind);
            }
            else
            {
                SkipElement();
            }
        }
    }

    /// <summary>Appends the texts of both branches of the AlternateContent the reader stands on, as children of
    /// <paramref name="kind"/>; ends on its end.</summary>
    private void ReadBranches(Kind kind)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }
        var depth = reader.Depth;
        while (NextChild(depth))
        {
            if (names.IsBranch(reader))
            {
                ReadRuns(kind, alternate: false);
            }
            else
            {
                SkipElement();
            }
        }
    }

    /// <summary>The shared strings of a workbook: the texts of the <c>si</c> children of <c>sst</c>, read as an inline string.</summary>
    internal static string[] SharedStrings(SharedStringTablePart part, Names names)
    {
        using var sheet = new XlsxSheetXml(part.GetStream(FileMode.Open, FileAccess.Read), names);
        return sheet.ReadSharedStrings(part);
    }

    private string[] ReadSharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        reader.MoveToContent();
        if ((object)reader.NamespaceURI == names.Strict && !part.OpenXmlPackage.StrictRelationshipFound)
        {
            // The SDK loads a strict table only from a strict package, and refuses it otherwise: let it say so, as before.
            _ = part.SharedStringTable;
        }
        if (reader.NodeType != XmlNodeType.Element || !names.IsMain(reader, names.Sst) || reader.IsEmptyElement)
        {
            return [];
        }
        var depth = reader.Depth;
        while (NextChild(depth))
        {
            if (names.IsMain(reader, names.Si))
            {
                length = 0;
                ReadRuns(Kind.InlineString, alternate: true);
                strings.Add(new string(text, 0, length));
            }
            else
            {
                SkipElement();
            }
        }
        return [.. strings];
    }

    public void Dispose() => reader.Dispose();
}
