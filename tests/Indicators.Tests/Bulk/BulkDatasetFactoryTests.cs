using System.Globalization;

namespace Indicators.Tests.Bulk;

public class BulkDatasetFactoryTests
{
    private static readonly IndicatorDefinition Gdp = IndicatorCatalog.Standard["GDP"];
    private static readonly IndicatorDefinition IdleLand = IndicatorCatalog.Standard["IdleLand"];

    [Fact]
    public void Observations_fill_cells_in_the_indicators_unit_and_missing_stays_missing()
    {
        var a = ZoneId.Of("A");
        var observations = new[]
        {
            Observation.Of(a, Gdp, ReportingPeriod.Year(2021), Quantity.Parse("170亿元").Value),
            Observation.Of(a, Gdp, ReportingPeriod.Year(2023), Quantity.Parse("2e6万元").Value, ObservationKind.Target),
            Observation.Missing(a, Gdp, ReportingPeriod.Year(2022)),
            Observation.Of(ZoneId.Of("B"), IdleLand, ReportingPeriod.Year(2022), Quantity.Parse("2公顷").Value),
        };
        var d = BulkDatasetFactory.FromObservations(observations).GetValueOrThrow();
        Assert.Equal((2, 2, 3, 2021), (d.ZoneCount, d.IndicatorCount, d.YearCount, d.FirstYear));
        Assert.Equal(170.0, d.GetActual(0, 0, 0));
        Assert.Equal(200.0, d.GetTarget(0, 0, 2)!.Value, 9);   // 2e6万元 = 200亿元
        Assert.Null(d.GetActual(0, 0, 1));
        Assert.Equal(30.0, d.GetActual(1, 1, 1)!.Value, 9);    // 2公顷 = 30亩
        Assert.Equal(Polarity.Reverse, d.GetPolarity(1));
    }

    [Fact]
    public void Observations_that_do_not_fit_a_cell_are_reported_naming_them()
    {
        var a = ZoneId.Of("A");
        var year = Observation.Of(a, Gdp, ReportingPeriod.Year(2021), Quantity.Parse("1亿元").Value);
        var quarter = Observation.Of(a, Gdp, ReportingPeriod.Quarter(2021, 1), Quantity.Parse("1亿元").Value);
        var estimate = Observation.Of(a, Gdp, ReportingPeriod.Year(2021), Quantity.Parse("1亿元").Value, ObservationKind.Estimate);
        static Diagnostic Refused(Outcome<BulkDataset> outcome, string code)
        {
            Assert.Null(outcome.Value);
            var error = Assert.Single(outcome.Errors);
            Assert.Equal(code, error.Code);
            Assert.Equal((0, 0), (error.Line, error.Column));   // an observation has no text to point into
            return error;
        }
        Assert.Contains("calendar year", Refused(BulkDatasetFactory.FromObservations([quarter]), "BK3006").Message, StringComparison.Ordinal);
        Assert.Contains("estimate", Refused(BulkDatasetFactory.FromObservations([estimate]), "BK3007").Message, StringComparison.Ordinal);
        var duplicate = Refused(BulkDatasetFactory.FromObservations([year, year]), "BK3001");
        Assert.Contains("observation 0", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal("observation 1", duplicate.SourceName);
        Refused(BulkDatasetFactory.FromObservations([]), "BK3005");
        Refused(BulkDatasetFactory.FromObservations([year], new Dictionary<string, double> { ["IdleLand"] = 1 }), "BK3002");
        // The weights are the caller's arguments, not content: a bad one still throws.
        Assert.Throws<ArgumentOutOfRangeException>(() => BulkDatasetFactory.FromObservations([year], new Dictionary<string, double> { ["GDP"] = double.NaN }));
        Assert.Throws<ArgumentException>(() => BulkDatasetFactory.FromObservations([year], new Dictionary<string, double> { ["Nope"] = 1 }));
    }

    [Property]
    public bool A_dataset_rebuilt_from_its_own_observations_is_the_same(DatasetSpec spec)
    {
        var catalog = BulkCsvTests.Synthetic(spec);
        var observations = new List<Observation>();
        for (int z = 0; z < spec.Zones; z++)
        {
            var zone = ZoneId.Of("Z" + z.ToString(CultureInfo.InvariantCulture));
            for (int i = 0; i < spec.Indicators; i++)
            {
                var indicator = catalog["X" + i.ToString(CultureInfo.InvariantCulture)];
                for (int y = 0; y < spec.Years; y++)
                {
                    var period = ReportingPeriod.Year(spec.FirstYear + y);
                    int k = spec.Index(z, i, y);
                    foreach (var (value, kind) in new[] { (spec.Actual[k], ObservationKind.Actual), (spec.Target[k], ObservationKind.Target) })
                    {
                        observations.Add(double.IsNaN(value)
                            ? Observation.Missing(zone, indicator, period, kind)
                            : Observation.Of(zone, indicator, period, Quantity.Of(value, Units.HundredMillionYuan), kind));
                    }
                }
            }
        }
        var d = BulkDatasetFactory.FromObservations(observations.OrderBy(_ => Guid.NewGuid()).ToList(), BulkCsvTests.Weights(spec)).GetValueOrThrow();
        // Zones come in order of first appearance; after a shuffle, map them back by id.
        var zoneOf = d.ZoneIds!.Select((id, n) => (id, n)).ToDictionary(p => int.Parse(p.id[1..], CultureInfo.InvariantCulture), p => p.n);
        return d.ZoneCount == spec.Zones && d.YearCount == spec.Years && d.FirstYear == spec.FirstYear
            && Enumerable.Range(0, spec.Zones).All(z => Enumerable.Range(0, spec.Indicators).All(i => Enumerable.Range(0, spec.Years).All(y =>
                Same(d.GetActual(zoneOf[z], i, y), spec.Actual[spec.Index(z, i, y)])
                && Same(d.GetTarget(zoneOf[z], i, y), spec.Target[spec.Index(z, i, y)]))))
            && Enumerable.Range(0, spec.Indicators).All(i => d.GetWeight(i) == spec.Weights[i]);
    }

    /// <summary>
    /// Issue 9, item 13, for the in-memory factory that shares the CSV loader's collector: two observations with the
    /// years 0001 and 9999 asked for a dataset of 9,999 years; they are refused with the loader's bound, cheaply.
    /// </summary>
    [Fact]
    public void Issue9_13_FarApartObservationsAreRefusedCheaply()
    {
        var a = ZoneId.Of("A");
        Observation[] observations =
        [
            Observation.Of(a, Gdp, ReportingPeriod.Year(1), Quantity.Parse("1亿元").Value),
            Observation.Of(a, Gdp, ReportingPeriod.Year(9999), Quantity.Parse("1亿元").Value),
        ];
        var before = GC.GetAllocatedBytesForCurrentThread();
        var outcome = BulkDatasetFactory.FromObservations(observations);
        var e = Assert.Single(outcome.Errors);
        Assert.Equal("BK3003", e.Code);
        Assert.Null(outcome.Value);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20, "the refusal must not allocate the dataset");
        Assert.Contains("9999", e.Message, StringComparison.Ordinal);
        Assert.Contains("200 years", e.Message, StringComparison.Ordinal);
        // 200 years (the bound) still load.
        Assert.Equal(200, BulkDatasetFactory.FromObservations([observations[0], Observation.Of(a, Gdp, ReportingPeriod.Year(200), Quantity.Parse("1亿元").Value)]).GetValueOrThrow().YearCount);
    }

    private static bool Same(double? stored, double expected) =>
        stored is { } v ? v.Equals(expected) : double.IsNaN(expected);
}
