namespace Indicators.Assessment;

internal static partial class AssessmentEvaluator
{
    /// <summary>
    /// The zones' values of the codes the schemes score, zones × codes (NaN: missing, as an absent or null value is), read
    /// from each zone once; and for each scheme the column of each of its indicators. A zone made from a row
    /// (<c>AssessmentZone.FromRow</c>) is copied by position, with no lookup by code.
    /// </summary>
    private sealed class ValueTable
    {
        private readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);
        private readonly List<SchemeColumns> schemes = [];
        private readonly double[] cells;
        private readonly int width;

        internal ValueTable(AssessmentScheme[] zoneSchemes, AssessmentZone[] zones)
        {
            foreach (var scheme in zoneSchemes)
            {
                if (Find(scheme) is null)
                {
                    schemes.Add(new SchemeColumns(scheme, [.. scheme.Categories.Select(c => c.Indicators.Select(i => ColumnOf(i.Code)).ToArray())]));
                }
            }
            width = columns.Count;
            var codes = new string[width];
            foreach (var (code, column) in columns)
            {
                codes[column] = code;
            }
            foreach (var scheme in schemes)
            {
                scheme.Scores = [.. codes.Select(scheme.Scheme.Scores)];
            }
            SchemeOf = [.. zoneSchemes.Select(s => Find(s)!)];
            cells = new double[zones.Length * width];
            ValueLayout? layout = null;
            int[] positions = [];
            for (var z = 0; z < zones.Length; z++)
            {
                var row = cells.AsSpan(z * width, width);
                if (zones[z].Row is { } given)
                {
                    if (!ReferenceEquals(given.Layout, layout))
                    {
                        layout = given.Layout;
                        positions = [.. codes.Select(layout.PositionOf)];
                    }
                    for (var c = 0; c < width; c++)
                    {
                        row[c] = positions[c] < 0 ? double.NaN : given.At(positions[c]);
                    }
                    continue;
                }
                var values = zones[z].Values;
                for (var c = 0; c < width; c++)
                {
                    row[c] = values.TryGetValue(codes[c], out var v) && v is double present ? present : double.NaN;
                }
            }
        }

        /// <summary>The number of codes (columns).</summary>
        internal int Width => width;

        /// <summary>Each zone's scheme with its columns.</summary>
        internal SchemeColumns[] SchemeOf { get; }

        /// <summary>The distinct schemes, in the order first met.</summary>
        internal IReadOnlyList<SchemeColumns> Schemes => schemes;

        /// <summary>The zone's value in the column, or null when missing.</summary>
        internal double? Value(int zone, int column) => cells[(zone * width) + column] is var v && double.IsNaN(v) ? null : v;

        private int ColumnOf(string code)
        {
            if (!columns.TryGetValue(code, out var column))
            {
                columns[code] = column = columns.Count;
            }
            return column;
        }

        private SchemeColumns? Find(AssessmentScheme scheme)
        {
            foreach (var known in schemes)
            {
                if (ReferenceEquals(known.Scheme, scheme))
                {
                    return known;
                }
            }
            return null;
        }
    }

    /// <summary>A scheme's column of each indicator (by category, in declaration order), the declared points of each category
    /// and which columns it scores at all.</summary>
    private sealed class SchemeColumns(AssessmentScheme scheme, int[][] columns)
    {
        internal AssessmentScheme Scheme { get; } = scheme;

        internal int[][] Columns { get; } = columns;

        /// <summary>Each category's declared points, summed in declaration order (the reweighting's numerator).</summary>
        internal double[] CategoryPoints { get; } = [.. scheme.Categories.Select(c => c.Indicators.Sum(i => i.Points))];

        /// <summary>Whether the scheme scores each column's code.</summary>
        internal bool[] Scores { get; set; } = [];
    }
}
