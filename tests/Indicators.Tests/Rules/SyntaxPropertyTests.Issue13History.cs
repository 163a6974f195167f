using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Rules;

/// <summary>Issue 13, item 4: the exit rule of a scheme in the round-trip generators.</summary>
public partial class SyntaxPropertyTests
{
    /// <summary>A method, not a field: the scheme generator (another file of this class) calls it while initialising.</summary>
    private static Gen<ExitDeclaration> ExitDeclarations() =>
        from code in Names
        from title in Strings
        from bottom in Gen.Choose(-2, 300)
        from times in Gen.Choose(-2, 10)
        from years in Gen.Choose(-2, 60)
        from within in Maybe(Names)
        select new ExitDeclaration(code, title, bottom, times, years, within);
}
