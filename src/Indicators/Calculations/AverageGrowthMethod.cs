namespace Indicators;

/// <summary>How an average annual growth (年均增长速度) is computed (统计工作实务).</summary>
public enum AverageGrowthMethod
{
    /// <summary>水平法 (geometric mean): <c>(Xn / X0)^(1/n) − 1</c>; used for every indicator except fixed-asset investment.</summary>
    Level = 0,

    /// <summary>累计法 (方程法): the r that solves <c>Σ(1+r)^k = ΣXk / X0</c>, k = 1..n; used for fixed-asset investment.</summary>
    Cumulative = 1,
}
