namespace Indicators;

/// <summary>The nature of a plan target (指标属性): indicative (预期性) or binding (约束性).</summary>
public enum TargetNature
{
    /// <summary>预期性: indicative, a guide the government steers towards. The default.</summary>
    Indicative = 0,

    /// <summary>约束性: binding, must be met (energy, environment, safety); a miss often acts as a veto (一票否决).</summary>
    Binding = 1,
}
