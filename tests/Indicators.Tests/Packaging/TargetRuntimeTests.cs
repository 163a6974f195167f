namespace Indicators.Tests.Packaging;

/// <summary>The net8.0 test run (.ci/package.sh, <c>-p:TestNet8=true</c>) really runs on the 8.0 runtime, with the
/// library's net8.0 build: not rolled forward to the machine's .NET 10, and not the net10.0 library.</summary>
public class TargetRuntimeTests
{
    [Fact]
    public void Issue11_Packaging_tests_run_on_the_runtime_and_library_build_of_their_target()
    {
#if NET10_0_OR_GREATER
        const int Expected = 10;
#else
        const int Expected = 8;
#endif
        var library = typeof(Quantity).Assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
            .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>().Single().FrameworkName;

        Assert.Equal(Expected, Environment.Version.Major);
        Assert.Equal($".NETCoreApp,Version=v{Expected}.0", library);
    }
}
