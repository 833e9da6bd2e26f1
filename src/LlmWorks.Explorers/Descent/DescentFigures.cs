using LlmWorks.Figures.Model;

namespace LlmWorks.Explorers.Descent;

/// <summary>The figures of one descent run: the three-panel animation, and the surface with the whole path.</summary>
internal static class DescentFigures
{
    public static Animation Animate(DescentPage page, DescentRun run, FigureStyle style, AnimationTiming timing)
    {
        var curve = new LossCurvePanel(run);
        var figure = new Figure(style.Size.Width, style.Size.Height, style.Theme,
            [SurfacePanel.Base(page), DataPanel.Base(page), curve.Base(style.Theme)], Columns: 3, Title: Title(run),
            ColumnWeights: [1.5, 1, 1]);   // the surface, the figure's subject, gets the most room
        var frames = Enumerable.Range(0, timing.Frames).Select(f =>
        {
            var step = Pacing.StepAt(f, timing.Frames, run.LastStep);
            return new FrameOverlay([SurfacePanel.Overlay(run, step), DataPanel.Overlay(run, step), curve.Overlay(step)]);
        }).ToList();
        return new Animation(figure, frames, timing.Fps);
    }

    /// <summary>The surface with the whole drawn path and the ball where the run ends.</summary>
    public static Figure Surface(DescentPage page, DescentRun run, FigureStyle style)
    {
        var panel = SurfacePanel.Overlay(run, run.LastStep).ApplyTo(SurfacePanel.Base(page));
        return Figure.Single(style.Size.Width, style.Size.Height, style.Theme, panel with { Title = $"{panel.Title}: learning rate {DescentText.Rate(run.Scenario.LearningRate)}" });
    }

    private static string Title(DescentRun run) =>
        $"Gradient descent on the {DescentText.Loss(run)}, learning rate {DescentText.Rate(run.Scenario.LearningRate)}";
}
