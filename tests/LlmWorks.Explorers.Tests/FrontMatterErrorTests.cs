using static LlmWorks.Explorers.Tests.Pages;

namespace LlmWorks.Explorers.Tests;

/// <summary>Authoring mistakes on the landscape pages stop the build with the file and the offending line.</summary>
public sealed class FrontMatterErrorTests
{
    [Theory]
    [InlineData("linear-regression/mse.md", "views:", "views: [scatter, compare-loss]", "unknown view 'compare-loss'")]
    [InlineData("linear-regression/mse.md", "views:", "views: [surface, surface]", "each once")]
    [InlineData("linear-regression/mse.md", "loss:", "loss: mae", "loss 'mae'")]
    [InlineData("linear-regression/polynomial.md", "surface-c:", "surface-c: lowest", "surface-c must be 'best'")]
    [InlineData("linear-regression/polynomial.md", "camera:", "camera: { azimuth: -55, tilt: 30 }", "unknown setting 'tilt'")]
    [InlineData("linear-regression/polynomial.md", "camera:", "camera: { azimuth: -55, elevation: 95 }", "camera.elevation must lie between 5 and 85")]
    [InlineData("linear-regression/polynomial.md", "camera:", "camera: [1, 2]", "camera must be a mapping")]
    [InlineData("linear-regression/polynomial.md", "  cells:", "  cells: [120, 40, 3]", "grid.cells must be one number or [first, second]")]
    [InlineData("linear-regression/polynomial.md", "  cells:", "  cells: [120, 2]", "grid.cells must be a whole number from 4 to 400")]
    [InlineData("linear-regression/polynomial.md", "  a:", "  a: [1, -1]", "grid.a must be [low, high]")]
    [InlineData("linear-regression/polynomial.md", "  a:", "  slope: [0, 1]", "unknown setting 'slope'")]
    public void Mistake_names_its_line(string page, string startsWith, string replacement, string message)
    {
        var (text, line) = ReplaceLine(page, startsWith, replacement);
        var e = Fails(page, text);
        Assert.Equal(page, e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenario_with_two_values_on_the_polynomial_page_names_its_line()
    {
        var (text, line) = ReplaceLine("linear-regression/polynomial.md", "    at: [0.1", "    at: [0.1, 0.5]");
        var e = Fails("linear-regression/polynomial.md", text);
        Assert.Equal(line, e.Line);
        Assert.Contains("must list 3 numbers, found 2", e.Detail, StringComparison.Ordinal);
    }
}
