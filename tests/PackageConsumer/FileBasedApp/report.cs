#:package Indicators@0.1.0
#:property PublishAot=false

// A .NET 10 file-based app as the package README tells users to write one: `#:package` and PublishAot=false
// (without it the first run restores the NativeAOT packs). .ci/package.sh runs a copy with the version it
// packed and a nuget.config beside it that maps Indicators to the local feed.

using Indicators;
using Indicators.Rules;

var growth = Growth.YearOnYear(Quantity.Parse("210亿元").Value.Value, Quantity.Parse("170亿元").Value.Value);
Console.WriteLine(ChinesePhrasing.Phrase(growth));
Console.WriteLine(ChinesePhrasing.Phrase(Completion.OfLevel(actual: 5000, target: 2994)));
Console.WriteLine(ReportingPeriod.Parse("2024年上半年").Value.ToChineseString());
var plan = RulePlan.Compile("indicator 研发强度测算 = [R&D经费] / 营业收入 unit %;").GetValueOrThrow();
Console.WriteLine(plan.Evaluate(RuleZone.Create("示例开发区").With("RdExpenditure", 12.6).With("OperatingRevenue", 480)));
