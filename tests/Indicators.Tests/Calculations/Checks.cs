using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Calculations;

/// <summary>The FsCheck configuration of the growth-family properties: quiet, throwing, a few hundred cases each.</summary>
internal static class Checks
{
    internal static Config Quick { get; } = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);
}
