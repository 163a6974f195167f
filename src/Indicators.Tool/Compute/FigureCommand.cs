using System.CommandLine;
using System.Globalization;
using Indicators.Tool.Output;

namespace Indicators.Tool.Compute;

/// <summary>
/// What <c>indicators compute</c> and <c>indicators phrase</c> share: the arguments (DATA…, --year, --zone,
/// --indicator, --month), the outputs (the table, --json and the files of <see cref="OutputFiles"/>), the hidden
/// --progress, loading and computing (<see cref="ComputedFigures"/>), and the exit codes: 0 when the figures were
/// computed, 2 for bad input (every error on stderr, one line each, with its place), 3 when the tool failed.
/// </summary>
internal sealed class FigureCommand
{
    private readonly string verb;
    private readonly Argument<string[]> data = new("DATA")
    {
        Description = "Data files: CSV (UTF-8 or GB18030) or .xlsx, each table's shape recognised by its header (docs/data-files.md); indicators of the standard catalogue.",
        Arity = ArgumentArity.OneOrMore,
    };
    private readonly Option<int?> year = new("--year")
    {
        Description = "Print only this year (growth still uses the year before).",
        HelpName = "Y",
        CustomParser = result => Whole(result, 1900, 2200, "a year from 1900 to 2200 (write it in digits: --year 2024)"),
    };
    private readonly Option<string[]> zone = new("--zone") { Description = "Print only this zone (repeat for more); ranks are among all zones.", HelpName = "Z" };
    private readonly Option<string[]> indicator = new("--indicator") { Description = "Print only this indicator, by catalogue code or Chinese name (repeat for more).", HelpName = "I" };
    private readonly Option<int?> month = new("--month")
    {
        Description = "The values are 1-N月 year-to-date figures: pace each against N/12 of its annual target (序时进度).",
        HelpName = "N",
        CustomParser = result => Whole(result, 1, 12, "a month from 1 to 12"),
    };
    private readonly Option<bool> skipUnknown = new("--skip-unknown")
    {
        Description = "Leave out indicators the standard catalogue does not know (a warning each) instead of refusing the data.",
    };
    private readonly Option<bool> json = new("--json") { Description = "Print one JSON document (docs/cli.md, \"Output\") instead of the table." };
    // Hidden: draws the progress bar even when stderr is not a terminal (the tests' way to see it).
    private readonly Option<bool> progress = new("--progress") { Hidden = true };
    private readonly OutputFiles files;

    private FigureCommand(string verb, Command command)
    {
        this.verb = verb;
        command.Arguments.Add(data);
        command.Options.Add(year);
        command.Options.Add(zone);
        command.Options.Add(indicator);
        command.Options.Add(month);
        command.Options.Add(skipUnknown);
        command.Options.Add(json);
        command.Options.Add(progress);
        files = OutputFiles.AddTo(command);
    }

    /// <summary>The command <paramref name="name"/>, whose result is <paramref name="sheets"/> of the figures.</summary>
    internal static Command Create(string name, string description, TextWriter stdout, TextWriter stderr,
        Func<ComputedFigures, FigureFilter, bool, IReadOnlyList<ResultSheet>> sheets)
    {
        var command = new Command(name, description);
        var figures = new FigureCommand(name, command);
        command.SetAction(parsed =>
        {
            try
            {
                return figures.Run(parsed, stdout, stderr, sheets);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                stderr.WriteLine($"indicators {name}: internal error, please report it with the files: {e.GetType().Name}: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr, Func<ComputedFigures, FigureFilter, bool, IReadOnlyList<ResultSheet>> sheets)
    {
        var indicators = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in parsed.GetValue(indicator) ?? [])
        {
            if (ComputedFigures.Resolve(name) is not { } definition)
            {
                stderr.WriteLine($"indicators {verb}: --indicator “{name}”: unknown indicator: not a code, Chinese name or alias of the standard catalogue");
                return ExitCodes.BadInput;
            }
            indicators.Add(definition.Code);
        }
        var errors = new List<string>();
        var month = parsed.GetValue(this.month);
        var figures = ComputedFigures.Load(parsed.GetValue(data) ?? [], month, parsed.GetValue(skipUnknown), ProgressBar.For(stderr, parsed.GetValue(progress)), errors);
        foreach (var error in errors)
        {
            stderr.WriteLine(error);
        }
        if (figures is null)
        {
            return ExitCodes.BadInput;
        }
        var filter = new FigureFilter(new HashSet<string>(parsed.GetValue(zone) ?? [], StringComparer.Ordinal), parsed.GetValue(year), indicators);
        if (Unknown(figures, filter) is { } problem)
        {
            stderr.WriteLine($"indicators {verb}: {problem}");
            return ExitCodes.BadInput;
        }
        var result = sheets(figures, filter, month is not null);
        if (files.Read(parsed).Write(verb, result, () => SheetJson.Write(result)) is { } failed)
        {
            stderr.WriteLine(failed);
            return ExitCodes.BadInput;
        }
        if (parsed.GetValue(json))
        {
            stdout.WriteLine(SheetJson.Write(result));
            return ExitCodes.Ok;
        }
        for (var i = 0; i < result.Count; i++)
        {
            if (i > 0)
            {
                stdout.WriteLine();
            }
            result[i].WriteTable(stdout);
        }
        return ExitCodes.Ok;
    }

    /// <summary>A filter naming what the data do not hold: a year, a zone or an indicator it would print nothing for.</summary>
    private static string? Unknown(ComputedFigures figures, FigureFilter filter)
    {
        if (filter.Year is { } y && !figures.Years.Contains(y))
        {
            return string.Create(CultureInfo.InvariantCulture, $"--year {y}: the data cover {figures.YearRange()}");
        }
        foreach (var z in filter.Zones.Where(z => !figures.Zones.Contains(z)))
        {
            return $"--zone “{z}”: no such zone in the data (the zones: {string.Join(", ", figures.Zones.Take(10))}{(figures.Zones.Count > 10 ? ", …" : "")})";
        }
        foreach (var code in filter.Indicators.Where(code => !figures.Cells.Any(c => c.Indicator.Code == code)))
        {
            return $"--indicator {code} ({IndicatorCatalog.Standard[code].ChineseName}): the data have no values or targets of it";
        }
        return null;
    }

    private static int? Whole(System.CommandLine.Parsing.ArgumentResult result, int min, int max, string what)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            result.AddError($"{((System.CommandLine.Parsing.OptionResult)result.Parent!).Option.Name} '{token}' is not {what}.");
            return null;
        }
        return n;
    }
}
