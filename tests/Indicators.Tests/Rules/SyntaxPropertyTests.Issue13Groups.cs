using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Rules;

/// <summary>Issue 13 (groups): generators of tables, weights by type and removals, used by the round-trip properties.</summary>
public partial class SyntaxPropertyTests
{
    private static Gen<IReadOnlyList<TypeWeightDeclaration>> TypeWeightLists =>
        Gen.Choose(1, 4).SelectMany(n => Names.SelectMany(t => Numbers.Select(Math.Abs), (t, w) => new TypeWeightDeclaration(t, w)).ListOf(n))
            .Select(l => (IReadOnlyList<TypeWeightDeclaration>)l);

    private static Gen<IReadOnlyList<RemovalDeclaration>> Removals =>
        Gen.Choose(0, 2).SelectMany(n => Names.Select(name => new RemovalDeclaration(name)).ListOf(n)).Select(l => (IReadOnlyList<RemovalDeclaration>)l);

    private static Gen<(string? WeightsBy, IReadOnlyList<RemovalDeclaration> Removed)> SchemeGroups =>
        from weightsBy in Maybe(Names)
        from removed in Removals
        select (weightsBy, removed);

    private static Gen<TableDeclaration> Tables =>
        from name in Names
        from attribute in Names
        from rows in Gen.Choose(0, 4).SelectMany(n => (
            from key in Maybe(Names)
            from value in Numbers
            from unit in NumberUnits
            select new TableRowDeclaration(key, value, unit)).ListOf(n))
        select new TableDeclaration(name, attribute, rows);
}
