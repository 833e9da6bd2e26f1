using LlmWorks.Explorers.Descent;
using LlmWorks.Explorers.Settings;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;

namespace LlmWorks.Explorers.Tests.Descent;

public sealed class DescentFigureTests
{
    private static readonly FigureStyle Small = new(new FigureSize(480, 200), Theme.Light);

    [Fact]
    public void The_animation_has_the_scenarios_frames_and_shows_the_first_and_last_step()
    {
        var result = new GradientDescentExplorer().Run(Pages.Context(Pages.Linear(Pages.Scenario("good", 0.05, 3000, frames: 12))));
        var asset = result.Scenarios[0].Figures.Single(f => f.View == "descent");
        Assert.Equal(new AnimationTiming(12, 20), asset.Timing);
        var animation = asset.Animate!(Small, asset.Timing);
        Assert.Equal(12, animation.Frames.Count);
        var run = Pages.Run(Pages.Linear(Pages.Scenario("good", 0.05, 3000)));
        Assert.Equal("step 0", animation.Frames[0].Panels[0].Readouts![0]);
        Assert.Equal($"step {run.LastStep}", animation.Frames[^1].Panels[0].Readouts![0]);
        Assert.Contains("learning rate 0.05", asset.AltText);
        Assert.Contains($"converged: |∇| ≤ 0.01 at step {run.LastStep}", asset.AltText);
    }

    [Fact]
    public void Apng_bytes_do_not_depend_on_parallelism_or_on_the_run()
    {
        var asset = new GradientDescentExplorer().Run(Pages.Context(Pages.Linear(Pages.Scenario("good", 0.05, 3000, frames: 6))))
            .Scenarios[0].Figures.Single(f => f.View == "descent");
        var animation = asset.Animate!(Small, asset.Timing);
        var once = AnimationExport.Apng(animation, 1, 1);
        Assert.Equal(once, AnimationExport.Apng(animation, 1, 1));
        Assert.Equal(once, AnimationExport.Apng(animation, 1, 4));
        Assert.Equal(AnimationExport.AnimatedSvg(animation), AnimationExport.AnimatedSvg(asset.Animate!(Small, asset.Timing)));
    }

    [Fact]
    public void Samples_render_for_looking_at_them()
    {
        var dir = Environment.GetEnvironmentVariable("LLMWORKS_FIGS_DIR");
        if (dir is null) return;
        Directory.CreateDirectory(dir);
        var pages = new[] { ("lin", Pages.Linear(Pages.Scenario("good", 0.05, 3000), Pages.Scenario("osc", 0.07, 3000), Pages.Scenario("div", 0.08, 3000))),
                            ("log", Pages.Logistic(Pages.Scenario("lr-1", 1, 20000), Pages.Scenario("lr-3", 3, 20000))) };
        foreach (var (name, settings) in pages)
            foreach (var s in new GradientDescentExplorer().Run(Pages.Context(settings)).Scenarios)
            {
                var asset = s.Figures.Single(f => f.View == "descent");
                var a = asset.Animate!(new FigureStyle(asset.DefaultSize, Theme.Light), asset.Timing);
                foreach (var f in new[] { 0, 5, 20, 40, 59 })
                    File.WriteAllBytes(Path.Combine(dir, $"{name}-{s.Id}-{f:00}.png"), FigureExport.Png(a.FrameAt(f)));
            }
    }

    [Fact]
    public void Camera_samples()
    {
        var dir = Environment.GetEnvironmentVariable("LLMWORKS_CAMERA_DIR");
        if (dir is null) return;
        Directory.CreateDirectory(dir);
        foreach (var (geo, az, el) in new[] { ("raw", -20, 55), ("raw", 20, 50), ("raw-log", -30, 45), ("raw", -60, 40), ("raw", 160, 45) })
        {
            var settings = Pages.Logistic(Pages.Scenario("lr-1", 1, 20000));
            var entries = settings.Entries.Select(e => e.Key == "geometry" ? new KeyValuePair<string, SettingsNode>("geometry", new SettingsScalar(Settings.File, 1, geo)) : e).ToList();
            entries.Add(new("camera", Settings.Map(("azimuth", az), ("elevation", el))));
            var s = new GradientDescentExplorer().Run(Pages.Context(settings with { Entries = entries })).Scenarios[0];
            var asset = s.Figures.Single(f => f.View == "descent");
            var a = asset.Animate!(new FigureStyle(asset.DefaultSize, Theme.Light), asset.Timing);
            File.WriteAllBytes(Path.Combine(dir, $"{geo}-{az}-{el}.png"), FigureExport.Png(a.FrameAt(40)));
        }
    }

    [Theory]
    [InlineData("geometry", "bowl", "unknown geometry 'bowl'")]
    [InlineData("model", "quadratic", "linear or logistic")]
    [InlineData("tolerance", "0", "tolerance must be above 0")]
    public void Bad_settings_name_the_file_and_line(string key, string value, string message)
    {
        var settings = Pages.Linear(Pages.Scenario("good", 0.05, 3000));
        var entries = settings.Entries.Select(e => e.Key == key ? new KeyValuePair<string, SettingsNode>(key, new SettingsScalar(Settings.File, 42, value)) : e).ToList();
        var e = Assert.Throws<ContentException>(() => new GradientDescentExplorer().Run(Pages.Context(settings with { Entries = entries })));
        Assert.Equal(42, e.Line);
        Assert.Contains(message, e.Message);
        Assert.StartsWith(Settings.File + ":42:", e.Message);
    }
}
