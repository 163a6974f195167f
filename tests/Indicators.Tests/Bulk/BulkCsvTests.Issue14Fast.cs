using System.Globalization;
using System.Text;
using Indicators.Bulk;
using Indicators.Tests.Bulk.Oracle;

namespace Indicators.Tests.Bulk;

/// <summary>Issue 14 (branch fix/csvfast2): the shortcuts of the per-row path — the bound checked only when a cell widens
/// the shape, the look-ups' memo of the last key — against the loader they replaced, on the rows where they could go
/// wrong.</summary>
public partial class BulkCsvTests
{
    [Fact]
    public void Issue14_bounds_are_refused_on_the_same_lines_when_in_shape_rows_skip_the_check()
    {
        // Years 1900 and 2099 (a span of 200, the most allowed), then zones one row each until 5 indicators × 200 years
        // × the zones pass 65,536 cells: each later new zone is refused (BK3004), while rows of zones already in (in the
        // shape: no check) still load; 1899 and 2100 would make the span 201 (BK3003), refused wherever they come.
        var csv = new StringBuilder("zone,indicator,period,kind,value,unit\n");
        csv.Append("Z0,X0,1900,actual,1,亿元\nZ0,X1,2099,target,2,亿元\n");
        for (int z = 1; z < 90; z++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Z{z},X{z % 4},{1900 + (z % 200)},actual,{z},亿元\n");
            csv.Append(CultureInfo.InvariantCulture, $"Z{z / 2},X{(z + 1) % 4},{2000 + (z % 99)},target,{z}.5,亿元\n");
            if (z % 30 == 0)
            {
                csv.Append(CultureInfo.InvariantCulture, $"Z{z / 3},X0,{(z % 60 == 0 ? 2100 : 1899)},actual,7,亿元\n");
            }
        }
        string text = csv.ToString();
        var expected = BulkCsvOracle.Parse(text, Issue14Catalog);
        foreach (int threads in new[] { 1, 2 })
        {
            AssertSameOutcome(expected, BulkCsvBlocks.ReadText(text, Issue14Catalog, null, new BulkCsvBlocks.Options(512, threads)), $"{threads} threads");
        }
        // The test could not fail if no bound were met: both bounds refuse rows, and rows of zones already in load after them.
        Assert.Contains(expected.Errors, e => e.Code == "BK3004");
        Assert.Equal(2, expected.Errors.Count(e => e.Code == "BK3003"));
        Assert.Equal("Z0", expected.Value!.ZoneIds![0]);
        Assert.Equal(2, expected.Value.GetTarget(0, 1, 199)); // Z0, X1, 2099: the span stayed 1900–2099
    }

    [Fact]
    public void Issue14_the_last_key_memo_never_carries_a_name_to_the_next_row()
    {
        // Consecutive rows whose zone, indicator or unit differs from the row before by a space, a case, an empty field,
        // a damaged byte or a prefix: each is looked up (and refused or normalised) as the replaced loader does.
        byte[] bytes =
        [
            .. "zone,indicator,period,kind,value,unit\n"u8,
            .. "Z1,X0,2020,actual,1,亿元\nZ1,X0,2021,actual,2,亿元\n Z1 ,X0,2022,actual,3,亿元\nZ1,x0,2023,actual,4,亿元\n"u8,
            .. ",X0,2020,target,5,亿元\nZ1,X0,2020,target,6,亿元\nZ1,X0,2020,target,6,亿元\nZ,X0,2020,target,7,亿元\nZ11,X0,2020,target,8,亿元\n"u8,
            .. "Z1,X0,2024,actual,9,亿\nZ1,X0,2025,actual,10,亿元\nZ1,X0,2026,actual,11,\nZ1,X0,2027,actual,12,亿元\n"u8,
            .. "Z1,X0,2028,actual,13,"u8, 0xE4, 0xBA, (byte)'\n', .. "Z1,X0,2029,actual,14,亿元\nZ"u8, 0xFF, .. ",X0,2029,actual,15,亿元\nZ1,X0,2030,actual,16,亿元\n"u8,
        ];
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var expected = BulkCsvOracle.Read(reader, Issue14Catalog, null, "t.csv");
        var actual = BulkCsvBlocks.ReadStream(new MemoryStream(bytes), Issue14Catalog, null, "t.csv", new BulkCsvBlocks.Options(1 << 16, 1));
        AssertSameOutcome(expected, actual, "memo");
        // Checked by hand: "x0" (codes are exact), an empty zone, the duplicate on line 8 of line 7, the unknown unit "亿",
        // the missing unit, the damaged unit and the damaged zone are refused; " Z1 " is Z1; Z and Z11 are zones of their own.
        Assert.Equal(["Z1", "Z", "Z11"], actual.Value!.ZoneIds);
        Assert.Equal(3, actual.Value.GetActual(0, 0, 2));
        Assert.Equal(["BK2003", "BK2001", "BK3001", "BK2009", "BK2010", "BK1001", "BK1001"], actual.Errors.Select(e => e.Code));
        Assert.Contains(actual.Errors, e => e.Code == "BK3001" && e.Message.EndsWith("already given on line 7", StringComparison.Ordinal));
    }
}
