using LlmWorks.Explorers.LearningRate;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;

namespace LlmWorks.Explorers.Tests.LearningRate;

public sealed class LessonRenderTests
{
    private static readonly FigureStyle Style = new(new FigureSize(960, 800), Theme.Light);

    [Fact]
    public void Animation_frames_run_in_lockstep_and_end_on_the_still()
    {
        var result = LessonPage.Run();
        var runs = result.Scenarios[0].Figures.Single(f => f.View == "runs");
        var animation = runs.Animate!(Style, new AnimationTiming(60, 12));
        Assert.Equal(60, animation.Frames.Count);
        var state = LessonPage.State();
        for (var f = 0; f < animation.Frames.Count; f++)
        {
            var steps = animation.Frames[f].Panels.Select(StepShown).ToList();
            // Every panel shows the same step, or its last one if its run has already stopped.
            var t = steps.Max();
            Assert.Equal(state.Runs.Select(r => Math.Min(t, r.LastStep)), steps);
        }
        Assert.All(animation.Frames[0].Panels, p => Assert.Equal(0, StepShown(p)));
        var still = runs.Build(Style);
        var last = animation.FrameAt(animation.Frames.Count - 1);
        Assert.Equal(FigureExport.Png(still), FigureExport.Png(last));

        if (Environment.GetEnvironmentVariable("LLMWORKS_RENDER_DIR") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, "runs.png"), FigureExport.Png(still));
            File.WriteAllBytes(Path.Combine(dir, "runs.apng"), AnimationExport.Apng(animation, 1, 2));
            File.WriteAllBytes(Path.Combine(dir, "runs.gif"), AnimationExport.Gif(animation, 1, false, 2));
            var frames = AnimationExport.PngFrames(animation, 1, 2);
            for (var i = 0; i < frames.Count; i += 6)
                File.WriteAllBytes(Path.Combine(dir, $"frame-{i:00}.png"), frames[i]);
            var loss = result.Scenarios[0].Figures.Single(f => f.View == "loss-per-step");
            File.WriteAllBytes(Path.Combine(dir, "loss-per-step.png"), FigureExport.Png(loss.Build(new FigureStyle(loss.DefaultSize, Theme.Light))));
            File.WriteAllBytes(Path.Combine(dir, "runs-dark.png"), FigureExport.Png(runs.Build(Style with { Theme = Theme.Dark })));
        }
    }

    private static int StepShown(PanelOverlay p) =>
        int.Parse(p.Marks2D.OfType<TextMark>().First(t => t.Text.StartsWith("step ", StringComparison.Ordinal)).Text[5..], System.Globalization.CultureInfo.InvariantCulture);
}
