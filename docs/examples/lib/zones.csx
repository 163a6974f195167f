#r "nuget: Indicators, 0.1.0"

// Illustrative figures of four zones (not real ones), loaded by zone-growth.csx and rank-zones.csx:
// 地区生产总值 (亿元) this year, last year and this year's target; 一般公共预算收入 (亿元) this year and
// last year; R&D经费投入强度 (%).
public sealed record ZoneFigures(
    string Name, string Group,
    double Gdp, double GdpLastYear, double GdpTarget,
    double Revenue, double RevenueLastYear,
    double RdIntensity);

var Zones = new List<ZoneFigures>
{
    new("甲开发区", "苏南", 220.5, 201.3, 230, 18.6, 17.1, 3.2),
    new("乙高新区", "苏南", 512.0, 468.4, 500, 41.2, 42.5, 5.1),
    new("丙经开区", "苏北", 96.3, 99.8, 105, 7.9, 7.2, 1.4),
    new("丁开发区", "苏北", 148.0, 131.0, 145, 12.4, 11.0, 2.6),
};
