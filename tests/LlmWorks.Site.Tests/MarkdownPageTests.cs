using LlmWorks.Explorers.Settings;
using LlmWorks.Site.Markdown;

namespace LlmWorks.Site.Tests;

public sealed class MarkdownPageTests
{
    [Fact]
    public void Inline_and_display_math_become_mathml_without_script()
    {
        var html = MarkdownPage.ToHtml("p.md", "Text $x^2$ here.\n\n$$\n\\frac{a}{b}\n$$\n", 5);
        Assert.Contains("<math", html);
        Assert.Contains("<mfrac>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("\\frac", html.Replace("application/x-tex", "").Split("<annotation")[0]);
    }

    [Fact]
    public void Unsupported_tex_is_an_error_at_its_file_line()
    {
        var e = Assert.Throws<ContentException>(() => MarkdownPage.ToHtml("p.md", "One.\n\nTwo $\\nosuch{x}$.\n", 10));
        Assert.Equal(12, e.Line);
        Assert.Contains("nosuch", e.Message);
    }

    [Fact]
    public void Error_inside_a_display_block_points_at_its_line()
    {
        var e = Assert.Throws<ContentException>(() => MarkdownPage.ToHtml("p.md", "$$\na + b\n\\nosuch\n$$\n", 7));
        Assert.Equal(9, e.Line);
    }
}

public sealed class StrayTexTests
{
    [Fact]
    public void A_formula_broken_across_lines_is_an_error_not_raw_tex_on_the_page()
    {
        var e = Assert.Throws<LlmWorks.Explorers.Settings.ContentException>(() =>
            LlmWorks.Site.Markdown.MarkdownPage.ToHtml("p.md", "Intro.\n\nfor $1 < \\alpha <\n2$ it grows.\n", 4));
        Assert.Equal(6, e.Line);
        Assert.Contains("\\alpha", e.Message);
    }
}
