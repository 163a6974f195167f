using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Rules;

/// <summary>Issue 13 (units): generators of the <c>unit</c>, <c>rate</c> and <c>records</c> statements for the round-trip
/// properties. Methods rather than fields, so that they never run before the fields they use.</summary>
public partial class SyntaxPropertyTests
{
    private static Gen<string> UnitTexts() => Gen.OneOf(Gen.Elements("立方米", "人年", "方", "%", "万元/亩", "unit", "a b", "dimension", "in", "text"), Names);

    private static Gen<UnitDeclaration> UnitDeclarations() => Gen.OneOf(
        from name in UnitTexts()
        from dimension in Names
        select new UnitDeclaration(name, dimension),
        from name in UnitTexts()
        from factor in Numbers
        from of in UnitTexts()
        select new UnitDeclaration(name, null, Math.Abs(factor), of));

    private static Gen<RateDeclaration> RateDeclarations() =>
        from currency in UnitTexts()
        from rate in Numbers
        from year in MaybeValue(Gen.Choose(-10, 3000))
        from source in Maybe(Strings)
        select new RateDeclaration(currency, rate, year, source);

    private static Gen<RecordSetDeclaration> RecordSetDeclarations() =>
        from name in Names
        from fields in Gen.Choose(0, 3).SelectMany(n => Gen.OneOf(
            Names.Select(f => new RecordFieldDeclaration(f)),
            Names.Select(f => new RecordFieldDeclaration(f, IsText: true)),
            Names.SelectMany(_ => UnitTexts(), (f, u) => new RecordFieldDeclaration(f, u))).ListOf(n))
        select new RecordSetDeclaration(name, fields);
}
