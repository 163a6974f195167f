#r "nuget: Indicators, 0.1.0"
#load "lib/zones.csx"

// Growth on last year and completion of the annual target, phrased as a work report phrases them.
// Run with dotnet-script: dotnet script docs/examples/zone-growth.csx
using Indicators;

foreach (var zone in Zones)
{
    var growth = Growth.YearOnYear(zone.Gdp, zone.GdpLastYear);
    var completion = Completion.OfLevel(actual: zone.Gdp, target: zone.GdpTarget);
    var revenue = Growth.YearOnYear(zone.Revenue, zone.RevenueLastYear);
    // WriteLine alone: dotnet-script imports System.Console as a static class.
    WriteLine($"{zone.Name}：地区生产总值{zone.Gdp}亿元，{ChinesePhrasing.Phrase(growth)}，{ChinesePhrasing.Phrase(completion)}；"
        + $"一般公共预算收入{ChinesePhrasing.Phrase(revenue)}");
}
// → 甲开发区：地区生产总值220.5亿元，同比增长9.5%，未完成目标，差4.1个百分点；一般公共预算收入同比增长8.8%
// → 乙高新区：地区生产总值512亿元，同比增长9.3%，超额完成2.4%；一般公共预算收入同比下降3.1%
// → 丙经开区：地区生产总值96.3亿元，同比下降3.5%，未完成目标，差8.3个百分点；一般公共预算收入同比增长9.7%
// → 丁开发区：地区生产总值148亿元，同比增长13.0%，超额完成2.1%；一般公共预算收入同比增长12.7%
