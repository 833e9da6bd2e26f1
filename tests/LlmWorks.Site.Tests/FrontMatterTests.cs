using LlmWorks.Explorers.Settings;
using LlmWorks.Site.Content;

namespace LlmWorks.Site.Tests;

public sealed class FrontMatterTests
{
    [Fact]
    public void Splits_settings_and_body_and_keeps_file_lines()
    {
        var (settings, body, bodyLine) = FrontMatter.Split("p.md", "---\ntitle: T\nviews: [a, b]\n---\nHello\n");
        Assert.Equal("T", settings.String("title"));
        Assert.Equal(3, settings.Get("views").Line);
        Assert.Equal(5, bodyLine);
        Assert.StartsWith("Hello", body);
    }

    [Theory]
    [InlineData("title: T\n", 1, "must start with front matter")]
    [InlineData("---\ntitle: T\n", 1, "never closed")]
    [InlineData("---\ntitle: T\nviews: [a, b\n---\n", 4, "not valid YAML")]
    [InlineData("---\ntitle: T\ntitle: U\n---\n", 3, "Duplicate key")]
    [InlineData("---\n- a\n- b\n---\n", 2, "must be a mapping")]
    public void Malformed_front_matter_names_the_line(string text, int line, string message)
    {
        var e = Assert.Throws<ContentException>(() => FrontMatter.Split("p.md", text));
        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Message);
        Assert.StartsWith($"p.md:{line}: ", e.Message);
    }

    [Fact]
    public void Unknown_keys_are_errors_at_their_line()
    {
        var (settings, _, _) = FrontMatter.Split("p.md", "---\ntitle: T\ngrid:\n  slope: [0, 1]\n  slop: [0, 2]\n---\n");
        var e = Assert.Throws<ContentException>(() => settings.Get("grid").AsMap("grid").OnlyKeys("slope", "intercept"));
        Assert.Equal(5, e.Line);
    }
}
