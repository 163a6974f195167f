using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using BenchmarkDotNet.Attributes;
using Indicators.Bulk;
using Indicators.Data;
using Indicators.Rules;

namespace Indicators.Benchmarks;

/// <summary>
/// Issue 14 item 3: the wide inputs against the long CSV of the same values, in one run. GlobalSetup draws 2,800 zones ×
/// 60 indicators × 10 years (2% missing, values written round-trip) and writes them as the long CSV
/// (<c>zone,year,indicator,value,unit</c>, what <see cref="DataLoaderBenchmarks"/> loads), as a table of zones (rows =
/// zone and year, columns = the 60 indicators with their unit in brackets) in CSV and in an .xlsx sheet; and, for the last
/// year, as 2,800 统计月报 tables (<c>指标,单位,本月,1-12月累计,同比增长%,年度目标,完成进度%</c>, one per zone) — 2,800 CSV
/// files, and one workbook of 2,800 sheets. Setup checks that the zone table loads the same numbers as the long CSV.
/// </summary>
[MemoryDiagnoser]
public class DataFileBenchmarks
{
    private const int Zones = 2800;
    private const int IndicatorCount = 60;
    private const int Years = 10;
    private const int FirstYear = 2010;

    private string directory = null!;
    private string[] longCsv = null!;
    private string[] zoneCsv = null!;
    private string[] zoneXlsx = null!;
    private string[] monthlyCsv = null!;
    private string[] monthlyXlsx = null!;

    /// <summary>Writes the files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        directory = Path.Combine(Path.GetTempPath(), "indicators-datafiles-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var values = Draw();
        longCsv = [WriteLong(values)];
        zoneCsv = [WriteZoneCsv(values)];
        zoneXlsx = [WriteWorkbook(Path.Combine(directory, "zones.xlsx"), [("zones", ZoneRows(values))])];
        monthlyCsv = WriteMonthlyCsv(values);
        monthlyXlsx = [WriteWorkbook(Path.Combine(directory, "monthly.xlsx"),
            Enumerable.Range(0, Zones).Select(z => ("表" + z.ToString("D4", CultureInfo.InvariantCulture), MonthlyRows(values, z))))];
        foreach (var (name, files) in new[] { ("long", longCsv), ("zone csv", zoneCsv), ("zone xlsx", zoneXlsx), ("monthly csv", monthlyCsv), ("monthly xlsx", monthlyXlsx) })
        {
            Console.WriteLine($"// {name}: {files.Sum(f => new FileInfo(f).Length)} bytes in {files.Length} file(s)");
        }
        var fromLong = DataLoader.Load(longCsv).GetValueOrThrow();
        var fromZones = DataLoader.Load(zoneCsv).GetValueOrThrow();
        var fromSheet = DataLoader.Load(zoneXlsx).GetValueOrThrow();
        for (var z = 0; z < Zones; z += 97)
        {
            for (var i = 0; i < IndicatorCount; i++)
            {
                for (var y = FirstYear; y < FirstYear + Years; y++)
                {
                    var zone = AssessFromFilesBenchmarks.ZoneName(z);
                    var expected = fromLong.GetValue(zone, "W" + i, y);
                    if (fromZones.GetValue(zone, "W" + i, y) != expected || fromSheet.GetValue(zone, "W" + i, y) != expected)
                    {
                        throw new InvalidOperationException($"the zone table and the long CSV differ at {zone} W{i} {y}");
                    }
                }
            }
        }
    }

    /// <summary>Removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    /// <summary>The long CSV (the LongCsv reader): the baseline.</summary>
    [Benchmark(Baseline = true)]
    public ZoneData LongCsv() => DataLoader.Load(longCsv).GetValueOrThrow();

    /// <summary>The same values as a table of zones in CSV.</summary>
    [Benchmark]
    public ZoneData ZoneTableCsv() => DataLoader.Load(zoneCsv).GetValueOrThrow();

    /// <summary>The same table of zones given to the builder by name, cell by cell (the way before issue 14 item 3).</summary>
    [Benchmark]
    public ZoneData ZoneTableCsvByName()
    {
        var sink = new DataLoader.BuilderSink { ByIndex = false };
        return sink.Finish(DataReader.Read(zoneCsv, sink)).GetValueOrThrow();
    }

    /// <summary>The same values as a table of zones in one .xlsx sheet.</summary>
    [Benchmark]
    public ZoneData ZoneTableXlsx() => DataLoader.Load(zoneXlsx).GetValueOrThrow();

    /// <summary>The floor under <see cref="ZoneTableXlsx"/>: the sheet part only opened and inflated (read to its end).</summary>
    [Benchmark]
    public long ZoneTableXlsxInflateOnly()
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(zoneXlsx[0], isEditable: false);
        using var stream = document.WorkbookPart!.WorksheetParts.First().GetStream(FileMode.Open, FileAccess.Read);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            total += read;
        }
        return total;
    }

    /// <summary>The next floor: the sheet part tokenised by <see cref="System.Xml.XmlReader"/>, every value read into one
    /// buffer, nothing else (what the .xlsx reader cannot do without).</summary>
    [Benchmark]
    public long ZoneTableXlsxXmlReaderOnly()
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(zoneXlsx[0], isEditable: false);
        using var reader = System.Xml.XmlReader.Create(document.WorkbookPart!.WorksheetParts.First().GetStream(FileMode.Open, FileAccess.Read),
            new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit });
        var buffer = new char[256];
        long total = 0;
        while (reader.Read())
        {
            if (reader.NodeType == System.Xml.XmlNodeType.Text)
            {
                total += reader.ReadValueChunk(buffer, 0, buffer.Length);
            }
        }
        return total;
    }

    /// <summary>The last year as 2,800 统计月报 CSV files (one per zone).</summary>
    [Benchmark]
    public ZoneData MonthlyCsv() => DataLoader.Load(monthlyCsv).GetValueOrThrow();

    /// <summary>The last year as one workbook of 2,800 统计月报 sheets.</summary>
    [Benchmark]
    public ZoneData MonthlyXlsx() => DataLoader.Load(monthlyXlsx).GetValueOrThrow();

    /// <summary>values[zone][indicator * Years + year], null for missing, drawn in the long file's order.</summary>
    private static double?[][] Draw()
    {
        var random = new Random(20261205);
        var values = new double?[Zones][];
        for (var z = 0; z < Zones; z++)
        {
            values[z] = new double?[IndicatorCount * Years];
            for (var k = 0; k < values[z].Length; k++)
            {
                values[z][k] = random.NextDouble() < 0.02 ? null : Math.Exp(random.NextDouble() * 6);
            }
        }
        return values;
    }

    private static string Text(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private string WriteLong(double?[][] values)
    {
        var path = Path.Combine(directory, "values.csv");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.WriteLine("zone,year,indicator,value,unit");
        for (var z = 0; z < Zones; z++)
        {
            var name = AssessFromFilesBenchmarks.ZoneName(z);
            for (var i = 0; i < IndicatorCount; i++)
            {
                for (var y = 0; y < Years; y++)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name},{FirstYear + y},W{i},{Text(values[z][i * Years + y])},项"));
                }
            }
        }
        return path;
    }

    private static IEnumerable<string[]> ZoneRows(double?[][] values)
    {
        yield return ["zone", "year", .. Enumerable.Range(0, IndicatorCount).Select(i => $"W{i}(项)")];
        for (var z = 0; z < Zones; z++)
        {
            for (var y = 0; y < Years; y++)
            {
                var row = new string[IndicatorCount + 2];
                row[0] = AssessFromFilesBenchmarks.ZoneName(z);
                row[1] = (FirstYear + y).ToString(CultureInfo.InvariantCulture);
                for (var i = 0; i < IndicatorCount; i++)
                {
                    row[i + 2] = Text(values[z][i * Years + y]);
                }
                yield return row;
            }
        }
    }

    private string WriteZoneCsv(double?[][] values)
    {
        var path = Path.Combine(directory, "zones-table.csv");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        foreach (var row in ZoneRows(values))
        {
            writer.WriteLine(string.Join(',', row));
        }
        return path;
    }

    /// <summary>One zone's 统计月报 of the last year: 1-12月累计 the value, 本月 a twelfth, 同比增长% and 年度目标 derived.</summary>
    private static IEnumerable<string[]> MonthlyRows(double?[][] values, int zone)
    {
        yield return ["# @zone: " + AssessFromFilesBenchmarks.ZoneName(zone)];
        yield return ["# @period: 2019年1-12月"];
        yield return ["指标", "单位", "本月", "1-12月累计", "同比增长%", "年度目标", "完成进度%"];
        for (var i = 0; i < IndicatorCount; i++)
        {
            var value = values[zone][i * Years + Years - 1];
            var before = values[zone][i * Years + Years - 2];
            var growth = value is { } v && before is { } b ? Math.Round((v / b - 1) * 100, 1) : (double?)null;
            var target = value is { } t ? Math.Round(t * 1.05, 2) : (double?)null;
            var progress = value is { } p && target is { } q ? Math.Round(p / q * 100, 1) : (double?)null;
            yield return ["W" + i, "项", Text(value / 12), Text(value), Text(growth), Text(target), Text(progress)];
        }
    }

    private string[] WriteMonthlyCsv(double?[][] values)
    {
        var folder = Path.Combine(directory, "monthly");
        Directory.CreateDirectory(folder);
        var paths = new string[Zones];
        for (var z = 0; z < Zones; z++)
        {
            paths[z] = Path.Combine(folder, "表" + z.ToString("D4", CultureInfo.InvariantCulture) + ".csv");
            File.WriteAllLines(paths[z], MonthlyRows(values, z).Select(row => string.Join(',', row)), new UTF8Encoding(false));
        }
        return paths;
    }

    /// <summary>A workbook as Excel writes one: numbers as numeric cells, text as shared strings, cell references on every cell.</summary>
    private static string WriteWorkbook(string path, IEnumerable<(string Name, IEnumerable<string[]> Rows)> sheets)
    {
        var strings = new Dictionary<string, int>();
        var names = new List<string>();
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, rows) in sheets)
            {
                names.Add(name);
                using var writer = new StreamWriter(zip.CreateEntry($"xl/worksheets/sheet{names.Count}.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                writer.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
                var r = 0;
                foreach (var row in rows)
                {
                    r++;
                    writer.Write($"<row r=\"{r}\">");
                    for (var c = 0; c < row.Length; c++)
                    {
                        if (row[c].Length == 0)
                        {
                            continue;
                        }
                        var reference = Column(c) + r.ToString(CultureInfo.InvariantCulture);
                        if (double.TryParse(row[c], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                        {
                            writer.Write($"<c r=\"{reference}\"><v>{row[c]}</v></c>");
                        }
                        else
                        {
                            if (!strings.TryGetValue(row[c], out var index))
                            {
                                index = strings.Count;
                                strings.Add(row[c], index);
                            }
                            writer.Write($"<c r=\"{reference}\" t=\"s\"><v>{index}</v></c>");
                        }
                    }
                    writer.Write("</row>");
                }
                writer.Write("</sheetData></worksheet>");
            }
            var sst = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{strings.Count}" uniqueCount="{strings.Count}">""");
            foreach (var text in strings.Keys)
            {
                sst.Append("<si><t>").Append(SecurityElement.Escape(text)).Append("</t></si>");
            }
            sst.Append("</sst>");
            var types = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
            var book = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
            var rels = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
            for (var s = 1; s <= names.Count; s++)
            {
                types.Append($"<Override PartName=\"/xl/worksheets/sheet{s}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                book.Append($"<sheet name=\"{SecurityElement.Escape(names[s - 1])}\" sheetId=\"{s}\" r:id=\"rId{s}\"/>");
                rels.Append($"<Relationship Id=\"rId{s}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{s}.xml\"/>");
            }
            rels.Append($"<Relationship Id=\"rId{names.Count + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            Entry(zip, "[Content_Types].xml", types.Append("</Types>").ToString());
            Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry(zip, "xl/workbook.xml", book.Append("</sheets></workbook>").ToString());
            Entry(zip, "xl/_rels/workbook.xml.rels", rels.Append("</Relationships>").ToString());
            Entry(zip, "xl/sharedStrings.xml", sst.ToString());
        }
        return path;
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>0 → A, 26 → AA.</summary>
    private static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + (index - 1) % 26) + name;
        }
        return name;
    }
}

/// <summary>
/// Issue 14 item 3: results written out — the CSV writer against the Parquet one (Indicators.Parquet) on the shape of
/// <see cref="ResultWriterBenchmarks"/> (3,000 zones × 40 indicators × 15 years: 1.845M rows), each atomically to a file
/// (flushed to disk, renamed). Setup prints the two files' sizes.
/// </summary>
[MemoryDiagnoser]
public class ResultFormatBenchmarks
{
    private BulkDataset dataset = null!;
    private BulkResults results = null!;
    private string csv = null!;
    private string parquet = null!;

    /// <summary>Builds and computes the dataset; writes each file once to report its size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        dataset = RuleBulkBenchmarks.Coded(BulkDatasets.Create(zones: 3_000, indicators: 40, years: 15, seed: 20240601));
        results = new BulkResults(dataset);
        BulkEngine.Recompute(dataset, results);
        var stem = Path.Combine(Path.GetTempPath(), "indicators-formats-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        (csv, parquet) = (stem + ".csv", stem + ".parquet");
        Csv();
        Parquet();
        Console.WriteLine($"// results.csv: {new FileInfo(csv).Length} bytes; results.parquet: {new FileInfo(parquet).Length} bytes");
    }

    /// <summary>Removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(csv);
        File.Delete(parquet);
    }

    /// <summary><c>ResultWriter.WriteCsv</c> to a file.</summary>
    [Benchmark(Baseline = true)]
    public void Csv() => ResultWriter.WriteCsv(csv, dataset, results);

    /// <summary><c>ParquetResultWriter.Write</c> to a file.</summary>
    [Benchmark]
    public void Parquet() => Indicators.Parquet.ParquetResultWriter.Write(parquet, dataset, results);
}
