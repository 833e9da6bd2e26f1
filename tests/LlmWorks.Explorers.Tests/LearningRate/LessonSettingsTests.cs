using LlmWorks.Explorers.Settings;

namespace LlmWorks.Explorers.Tests.LearningRate;

public sealed class LessonSettingsTests
{
    private static void Fails(string page, string lineText, string message)
    {
        var e = Assert.Throws<ContentException>(() => LessonPage.Run(page));
        Assert.Equal("learning-rate.md", e.File);
        Assert.Equal(LessonPage.LineOf(page, lineText), e.Line);
        Assert.Contains(message, e.Detail);
    }

    [Fact]
    public void Missing_coefficients_name_the_loss_line()
    {
        var page = LessonPage.Edited("  coefficients: [6, -0.6, -0.5, 0, 0.03]\n", "");
        page = page.Replace("loss:\n", "loss: {}\n");
        Fails(page, "loss: {}", "missing 'coefficients'");
    }

    [Fact]
    public void A_loss_without_a_lowest_point_is_refused()
    {
        Fails(LessonPage.Edited("[6, -0.6, -0.5, 0, 0.03]", "[6, -0.6, -0.5, 0.1]"), "coefficients:", "even degree");
        Fails(LessonPage.Edited("[6, -0.6, -0.5, 0, 0.03]", "[6, -0.6, -0.5, 0, -0.03]"), "coefficients:", "positive leading coefficient");
        Fails(LessonPage.Edited("[6, -0.6, -0.5, 0, 0.03]", "[6, x]"), "coefficients:", "finite number");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.2")]
    public void A_learning_rate_at_or_below_zero_names_its_line(string lr)
    {
        var page = LessonPage.Edited("    lr: 0.15\n", $"    lr: {lr}\n");
        Fails(page, $"    lr: {lr}", "lr must be above 0");
    }

    [Fact]
    public void Unknown_keys_name_their_line()
    {
        Fails(LessonPage.Edited("    lr: 0.15\n", "    lr: 0.15\n    rate: 2\n"), "    rate: 2", "unknown setting 'rate'");
        Fails(LessonPage.Edited("  coefficients:", "  degree: 4\n  coefficients:"), "  degree: 4", "unknown setting 'degree'");
        Fails(LessonPage.Edited("  loss: [0, 16]", "  loss: [0, 16]\n  x: [0, 1]"), "  x: [0, 1]", "unknown setting 'x'");
    }

    [Fact]
    public void Other_mistakes_name_their_line()
    {
        Fails(LessonPage.Edited("views: [runs, loss-per-step]", "views: [runs, surface]"), "views:", "unknown view 'surface'");
        Fails(LessonPage.Edited("start: -3.5", "start: 12"), "start: 12", "divergence bound");
        Fails(LessonPage.Edited("steps: 40", "steps: 0"), "steps: 0", "whole number");
        var twice = LessonPage.Edited("  - id: about-right", "  - id: too-small");
        var e = Assert.Throws<ContentException>(() => LessonPage.Run(twice));
        Assert.Equal(LessonPage.LineOf(twice, "  - id: too-small", nth: 2), e.Line);
        Assert.Contains("used twice", e.Detail);
    }
}
