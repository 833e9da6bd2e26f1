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
            var loss = result.Scenarios.SelectMany(s => s.Figures).Single(f => f.View == "loss-per-step");
            File.WriteAllBytes(Path.Combine(dir, "loss-per-step.png"), FigureExport.Png(loss.Build(new FigureStyle(loss.DefaultSize, Theme.Light))));
            File.WriteAllBytes(Path.Combine(dir, "runs-dark.png"), FigureExport.Png(runs.Build(Style with { Theme = Theme.Dark })));
        }
    }

    private static int StepShown(PanelOverlay p) =>
        int.Parse(p.Marks2D.OfType<TextMark>().First(t => t.Text.StartsWith("step ", StringComparison.Ordinal)).Text[5..], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Loss_per_step_draws_one_line_per_preset_and_marks_where_the_diverging_run_leaves()
    {
        var result = LessonPage.Run();
        Assert.Equal(["all-runs", "all-runs-loss", "too-small", "about-right", "overshoot", "diverges"], result.Scenarios.Select(s => s.Id));
        var asset = result.Scenarios[1].Figures.Single();
        var chart = (Chart2D)asset.Build(new FigureStyle(asset.DefaultSize, Theme.Light)).Panels[0].Plot;
        var state = LessonPage.State();
        var lines = chart.Marks.OfType<LineMark>().ToList();
        Assert.Equal(state.Runs.Count, lines.Count);
        Assert.Equal(state.Spec.Presets.Select((_, i) => state.Label(i)), lines.Select(l => l.LegendLabel));
        for (var i = 0; i < lines.Count; i++)
            Assert.Equal(state.Runs[i].Steps.Select(p => p.Loss), lines[i].Points.Select(p => p.Y));
        // Bounded runs fit under the axis top; the diverging one crosses it where the marker and note sit.
        var top = chart.Y.Max;
        var diverging = state.Runs.Select((r, i) => (r, i)).Single(x => x.r.Outcome == RunOutcome.Diverged).i;
        Assert.All(lines.Where((_, i) => i != diverging).SelectMany(l => l.Points), p => Assert.True(p.Y < top));
        var note = chart.Marks.OfType<TextMark>().Single(t => t.Text.StartsWith("diverged at step", StringComparison.Ordinal));
        Assert.Equal(top, note.At.Y);
        var k = (int)Math.Floor(note.At.X);
        Assert.True(lines[diverging].Points[k].Y <= top && lines[diverging].Points[k + 1].Y > top);
        Assert.Contains(chart.Marks.OfType<PointMark>(), p => p.At == note.At);
        Assert.EndsWith($", above the chart from step {k + 1}", note.Text);
    }
}
