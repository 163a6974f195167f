using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Rules;

/// <summary>Issue 13 (triggers): the generated models' items may carry a data trigger, so the round trip covers it.</summary>
public partial class SyntaxPropertyTests
{
    /// <summary>No trigger, or <c>per</c> / <c>when</c> a generated expression (a veto: <c>when</c> only).</summary>
    private static Gen<RuleTrigger?> Trigger(bool perAllowed) => Gen.Frequency(
        (2, Gen.Constant<RuleTrigger?>(null)),
        (1, from kind in perAllowed ? Gen.Elements(RuleTriggerKind.Per, RuleTriggerKind.When) : Gen.Constant(RuleTriggerKind.When)
            from expression in Expression(3)
            select (RuleTrigger?)new RuleTrigger(kind, expression)));
}
