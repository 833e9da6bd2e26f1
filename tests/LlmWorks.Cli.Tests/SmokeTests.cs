namespace LlmWorks.Cli.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.True(true);
}
