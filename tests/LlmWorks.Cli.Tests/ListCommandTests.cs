using System.Text.Json;
using LlmWorks.Testing;

namespace LlmWorks.Cli.Tests;

public sealed class ListCommandTests
{
    [Fact]
    public void Lists_pages_scenarios_and_views_as_text()
    {
        var r = CliRunner.Run("list", "--content", RepoPaths.Content);
        Assert.Equal(0, r.Exit);
        Assert.Contains("linear-regression/sse", r.Out);
        Assert.Contains("views: scatter, surface, surface-raw", r.Out);
        Assert.Contains("scenario optimum", r.Out);
    }

    [Fact]
    public void Lists_as_json()
    {
        var r = CliRunner.Run("list", "--content", RepoPaths.Content, "--json");
        Assert.Equal(0, r.Exit);
        using var doc = JsonDocument.Parse(r.Out);
        var sse = doc.RootElement.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("page").GetString() == "linear-regression/sse");
        Assert.Equal(["scatter", "surface", "surface-raw", "surface-log"], sse.GetProperty("views").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["start", "optimum"], sse.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }
}
