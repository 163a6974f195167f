using System.Globalization;
using System.Text;

namespace Indicators.Tool.Html;

/// <summary>
/// The assessment page's two charts as inline SVG written here: a horizontal bar per zone (its total), and a line per
/// zone (its rank over the years). Plain SVG rather than a charting package: the registry's one (ScottPlot) draws
/// through SkiaSharp's native library into images, which is neither small nor NativeAOT-clean, and a static page of two
/// charts needs only rectangles, polylines and text — which the browser scales, selects and searches.
/// </summary>
internal static class SvgCharts
{
    /// <summary>One bar: a zone, its total, a colour class and what it says on hover.</summary>
    internal readonly record struct Bar(string Zone, double Value, int Colour, string Hover);

    /// <summary>One zone's line: its rank in each year (null where it had none) and its colour class.</summary>
    internal readonly record struct RankLine(string Zone, int?[] Ranks, int Colour);

    /// <summary>How many colour classes (c0…c7) the page's CSS defines; groups beyond wrap round.</summary>
    internal const int Colours = 8;

    private const int Width = 960;
    private const int BarHeight = 18;
    private const int BarGap = 4;
    private const int LabelWidth = 150;
    private const int ValueWidth = 60;
    private const int Top = 24;

    /// <summary>The bar chart: one <c>g.bar</c> per zone in the order given, scaled from zero (or the lowest negative total) to the highest.</summary>
    internal static string Bars(IReadOnlyList<Bar> bars, string caption)
    {
        var low = Math.Min(0, bars.Count == 0 ? 0 : bars.Min(b => b.Value));
        var high = Math.Max(0, bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        var span = high - low > 0 ? high - low : 1;
        var plot = Width - LabelWidth - ValueWidth;
        double X(double value) => LabelWidth + (value - low) / span * plot;
        var height = Top + bars.Count * (BarHeight + BarGap) + 8;
        var svg = new StringBuilder();
        Open(svg, "bars", height, caption);
        var zero = HtmlPage.Coordinate(X(0));
        svg.Append("<line class=\"axis\" x1=\"").Append(zero).Append("\" y1=\"").Append(Top - 6).Append("\" x2=\"").Append(zero).Append("\" y2=\"").Append(height - 4).Append("\"/>\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * (BarHeight + BarGap);
            var (from, to) = (X(Math.Min(0, bar.Value)), X(Math.Max(0, bar.Value)));
            svg.Append("<g class=\"bar\" data-zone=\"").Append(HtmlPage.Encode(bar.Zone)).Append("\"><title>").Append(HtmlPage.Encode(bar.Hover)).Append("</title>")
                .Append("<text class=\"label\" x=\"").Append(LabelWidth - 6).Append("\" y=\"").Append(y + 13).Append("\" text-anchor=\"end\">").Append(HtmlPage.Encode(bar.Zone)).Append("</text>")
                .Append("<rect class=\"c").Append(bar.Colour % Colours).Append("\" x=\"").Append(HtmlPage.Coordinate(from)).Append("\" y=\"").Append(y)
                .Append("\" width=\"").Append(HtmlPage.Coordinate(Math.Max(to - from, 0.5))).Append("\" height=\"").Append(BarHeight).Append("\"/>")
                .Append("<text class=\"value\" x=\"").Append(HtmlPage.Coordinate(to + 4)).Append("\" y=\"").Append(y + 13).Append("\">")
                .Append(HtmlPage.Encode(Assess.AssessTable.Number(bar.Value))).Append("</text></g>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }

    /// <summary>
    /// The rank chart: the years across, rank 1 at the top; one <c>g.line</c> per zone — a polyline through the years it
    /// was ranked (broken where it was not), a dot per year with its rank on hover, and its name after its last dot.
    /// </summary>
    internal static string Ranks(IReadOnlyList<int> years, IReadOnlyList<RankLine> lines, string caption)
    {
        var maxRank = Math.Max(1, lines.SelectMany(l => l.Ranks).Max(r => r ?? 1));
        const int left = 50, right = 170, step = 20;
        var height = Top + (maxRank - 1) * step + 40;
        var plot = Width - left - right;
        double X(int year) => years.Count == 1 ? left + plot / 2.0 : left + (double)year / (years.Count - 1) * plot;
        double Y(int rank) => Top + (rank - 1) * step;
        var svg = new StringBuilder();
        Open(svg, "ranks", height, caption);
        for (var i = 0; i < years.Count; i++)
        {
            var x = HtmlPage.Coordinate(X(i));
            svg.Append("<line class=\"grid\" x1=\"").Append(x).Append("\" y1=\"").Append(Top - 8).Append("\" x2=\"").Append(x).Append("\" y2=\"")
                .Append(HtmlPage.Coordinate(Y(maxRank) + 8)).Append("\"/><text class=\"year\" x=\"").Append(x).Append("\" y=\"").Append(height - 10)
                .Append("\" text-anchor=\"middle\">").Append(years[i].ToString(CultureInfo.InvariantCulture)).Append("</text>\n");
        }
        for (var rank = 1; rank <= maxRank; rank++)
        {
            if (rank == 1 || rank % 5 == 0 || rank == maxRank)
            {
                svg.Append("<text class=\"rank\" x=\"").Append(left - 12).Append("\" y=\"").Append(HtmlPage.Coordinate(Y(rank) + 4)).Append("\" text-anchor=\"end\">")
                    .Append(rank.ToString(CultureInfo.InvariantCulture)).Append("</text>");
            }
        }
        svg.Append('\n');
        foreach (var line in lines)
        {
            var zone = HtmlPage.Encode(line.Zone);
            svg.Append("<g class=\"line c").Append(line.Colour % Colours).Append("\" data-zone=\"").Append(zone).Append("\"><title>").Append(zone).Append(": ")
                .Append(string.Join(", ", years.Select((y, i) => y.ToString(CultureInfo.InvariantCulture) + " " + (line.Ranks[i] is { } r ? "#" + r.ToString(CultureInfo.InvariantCulture) : "—"))))
                .Append("</title>");
            // A run of consecutive ranked years is one polyline; a year without a rank breaks the line.
            var run = new List<string>();
            for (var i = 0; i <= years.Count; i++)
            {
                if (i < years.Count && line.Ranks[i] is { } r)
                {
                    run.Add(HtmlPage.Coordinate(X(i)) + "," + HtmlPage.Coordinate(Y(r)));
                    continue;
                }
                if (run.Count > 1)
                {
                    svg.Append("<polyline points=\"").Append(string.Join(' ', run)).Append("\"/>");
                }
                run.Clear();
            }
            var last = -1;
            for (var i = 0; i < years.Count; i++)
            {
                if (line.Ranks[i] is { } r)
                {
                    svg.Append("<circle cx=\"").Append(HtmlPage.Coordinate(X(i))).Append("\" cy=\"").Append(HtmlPage.Coordinate(Y(r))).Append("\" r=\"3.5\"/>");
                    last = i;
                }
            }
            if (last >= 0)
            {
                svg.Append("<text class=\"label\" x=\"").Append(HtmlPage.Coordinate(X(last) + 8)).Append("\" y=\"").Append(HtmlPage.Coordinate(Y(line.Ranks[last]!.Value) + 4))
                    .Append("\">").Append(zone).Append("</text>");
            }
            svg.Append("</g>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }

    private static void Open(StringBuilder svg, string kind, int height, string caption) =>
        svg.Append("<svg class=\"chart ").Append(kind).Append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height).Append("\" role=\"img\" aria-label=\"").Append(HtmlPage.Encode(caption)).Append("\">\n");
}
