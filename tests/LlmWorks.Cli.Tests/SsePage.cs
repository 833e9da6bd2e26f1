using System.Globalization;
using LlmWorks.Explorers;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;
using LlmWorks.Site.Publishing;

namespace LlmWorks.Testing;

/// <summary>
/// The SSE page's figures, and a descent-like animation made from its surface (shared by the CLI
/// tests and the benchmarks): the ball moves along the straight line in parameter space from the
/// scenario's start to the optimum, its height the SSE computed by Numerics at every frame.
/// </summary>
internal sealed record SsePage(FigureAsset Scatter, FigureAsset Surface, Dataset Data)
{
    public const string Path = "linear-regression/sse";

    public static SsePage Load(string contentDir)
    {
        var page = SiteContent.Load(contentDir).Find(Path) ?? throw new InvalidOperationException("no SSE page");
        var figures = page.Result!.Scenarios[0].Figures;
        var data = CsvDataset.Load(System.IO.Path.Combine(contentDir, "data", "sse-points.csv"));
        return new SsePage(figures.Single(f => f.View == "scatter"), figures.Single(f => f.View == "surface"), data);
    }

    /// <summary>The surface asset with <see cref="FigureAsset.Animate"/> set to the descent-like animation.</summary>
    public FigureAsset DescentLike => Surface with { View = "descent-like", Animate = (style, timing) => Animate(Surface.Build(style), timing) };

    /// <summary>The animation: the still's surface without its ball as the base, one ball and read-out per frame.</summary>
    public Animation Animate(Figure still, AnimationTiming timing)
    {
        var panel = still.Panels[0];
        var surface = (Surface3D)panel.Plot;
        var ball = surface.Marks.OfType<BallMark>().Single();
        var optimum = surface.Marks.OfType<OptimumMark>().Single();
        var basePanel = panel with { Plot = surface with { Marks = surface.Marks.Where(m => m is not BallMark).ToList() } };
        var frames = Enumerable.Range(0, timing.Frames).Select(i =>
        {
            var t = timing.Frames == 1 ? 0 : i / (double)(timing.Frames - 1);
            var u = ball.At.U + t * (optimum.At.U - ball.At.U);
            var v = ball.At.V + t * (optimum.At.V - ball.At.V);
            var sse = Losses.Evaluate(ModelKind.Linear, LossKind.Sse, Data, [u, v]);
            string[] readouts = [string.Create(CultureInfo.InvariantCulture, $"SSE = {sse:F2}"), string.Create(CultureInfo.InvariantCulture, $"frame {i + 1} of {timing.Frames}")];
            return new FrameOverlay([new PanelOverlay([], [ball with { At = new Point3(u, v, sse) }], readouts)]);
        }).ToList();
        return new Animation(still with { Panels = [basePanel] }, frames, timing.Fps);
    }
}
