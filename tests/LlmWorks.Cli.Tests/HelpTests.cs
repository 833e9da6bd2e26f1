namespace LlmWorks.Cli.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("fit")]
    [InlineData("list")]
    [InlineData("render")]
    public void Every_command_has_help_with_examples(string command)
    {
        var r = CliRunner.Run(command, "--help");
        Assert.Equal(0, r.Exit);
        Assert.Contains("Examples:", r.Out);
        Assert.Contains($"  llmworks {command}", r.Out);
    }

    [Fact]
    public void Root_help_documents_the_exit_codes_and_lists_render()
    {
        var r = CliRunner.Run("--help");
        Assert.Equal(0, r.Exit);
        Assert.Contains("Exit codes: 0 success, 1 build --check found differences, 2 bad input or usage, 70 internal error", r.Out);
        Assert.Contains("render", r.Out);
    }
}
