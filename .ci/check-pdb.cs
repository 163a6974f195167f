#:property PublishAot=false
// Checks portable PDBs from a symbol package (.ci/pack.sh): every document path is mapped to /_/ (no path of the
// machine that packed it) and the SourceLink map sends /_/* to the expected raw-content URL, so a debugger fetches
// the packed commit's sources. Usage: dotnet run .ci/check-pdb.cs -- <expected /_/* target> <pdb>...
using System.Reflection.Metadata;
using System.Text.Json;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: check-pdb.cs <expected SourceLink target for /_/*> <pdb>...");
    return 2;
}

// The SourceLink custom debug information kind (Portable PDB specification).
var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
var expected = args[0];
var failures = 0;
foreach (var path in args.Skip(1))
{
    using var stream = File.OpenRead(path);
    using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
    var reader = provider.GetMetadataReader();
    var documents = reader.Documents.Select(h => reader.GetString(reader.GetDocument(h).Name)).ToList();
    var local = documents.Where(d => !d.StartsWith("/_/", StringComparison.Ordinal)).ToList();
    var sourceLink = reader.CustomDebugInformation
        .Select(reader.GetCustomDebugInformation)
        .Where(c => reader.GetGuid(c.Kind) == sourceLinkKind)
        .Select(c => reader.GetBlobBytes(c.Value))
        .SingleOrDefault();
    var map = sourceLink is null
        ? new Dictionary<string, string>()
        : JsonDocument.Parse(sourceLink).RootElement.GetProperty("documents").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
    var mapText = string.Join(", ", map.Select(p => $"{p.Key} -> {p.Value}"));
    var ok = true;
    if (local.Count > 0)
    {
        Console.Error.WriteLine($"{path}: {local.Count} of {documents.Count} documents keep a local path, e.g. {local[0]}");
        ok = false;
    }
    if (map.Count != 1 || !map.TryGetValue("/_/*", out var target) || target != expected)
    {
        Console.Error.WriteLine($"{path}: SourceLink is {(sourceLink is null ? "missing" : mapText)}; expected /_/* -> {expected}");
        ok = false;
    }
    if (ok)
    {
        Console.WriteLine($"{path}: {documents.Count} documents under /_/; SourceLink {mapText}");
    }
    else
    {
        failures++;
    }
}
return failures == 0 ? 0 : 1;
