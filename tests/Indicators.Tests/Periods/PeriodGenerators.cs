using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Indicators.Tests.Periods;

/// <summary>Generators of reporting periods of every kind, away from the edges of the supported years.</summary>
internal static class PeriodGenerators
{
    // Mostly the years reports are about, sometimes any year that still has neighbours.
    internal static Gen<int> Years => Gen.Frequency(
        (4, Gen.Choose(1950, 2050)),
        (1, Gen.Choose(2, 9998)));

    internal static Gen<LocalDate> Dates =>
        Gen.Choose(0, 80_000).Select(days => new LocalDate(1900, 1, 1).PlusDays(days));

    internal static Gen<ReportingPeriod> Ranges =>
        from start in Dates
        from length in Gen.Frequency((3, Gen.Choose(0, 400)), (1, Gen.Choose(0, 4000)))
        select ReportingPeriod.DateRange(start, start.PlusDays(length));

    internal static Gen<ReportingPeriod> Any => Gen.OneOf(
        Years.Select(ReportingPeriod.Year),
        from y in Years from h in Gen.Choose(1, 2) select ReportingPeriod.HalfYear(y, h),
        from y in Years from q in Gen.Choose(1, 4) select ReportingPeriod.Quarter(y, q),
        from y in Years from m in Gen.Choose(1, 12) select ReportingPeriod.Month(y, m),
        from y in Years from m in Gen.Choose(2, 12) select ReportingPeriod.YearToDate(y, m),
        Ranges,
        Gen.Choose(2, 98).Select(ReportingPeriod.FiveYearPlan));

    internal static Arbitrary<ReportingPeriod> AnyArb => Any.ToArbitrary();
}
