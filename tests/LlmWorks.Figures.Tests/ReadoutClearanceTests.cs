using LlmWorks.Figures.Model;
using LlmWorks.Figures.Projection;
using LlmWorks.Figures.Rendering;
using SkiaSharp;

namespace LlmWorks.Figures.Tests;

/// <summary>A surface panel's read-out card never covers the axis box or an axis label, and frames do not jump.</summary>
public sealed class ReadoutClearanceTests
{
    private static readonly SKRect Area = new(0, 0, 480, 360);

    private static readonly string[] TallReadout = ["step 48", "MSE = 5.40 × 10⁷", "|∇| = 53950.71", "off the grid since step 1"];

    private static Panel Panel(IReadOnlyList<string> readouts) =>
        new("", SampleFigures.Surface(SurfaceGeometry.Normalized), readouts);

    private static SurfaceScene Scene(Panel panel, TextKit text, bool keepClear) =>
        SurfaceScene.Build((Surface3D)panel.Plot, Area, Theme.Light, text, keepClear ? ReadoutBox.Room(text, Theme.Light, panel, Area) : null);

    /// <summary>Points sampled over every face of the axis box and every label rectangle, in screen pixels.</summary>
    private static IEnumerable<(double X, double Y)> Footprint(SurfaceScene scene)
    {
        var box = scene.Projection.Box;
        var (x, h, z) = (box.XHalf, SurfaceBox.HalfHeight, box.ZHalf);
        for (var i = 0; i <= 40; i++)
            for (var j = 0; j <= 40; j++)
            {
                var (a, b) = (-1 + i / 20.0, -1 + j / 20.0);
                foreach (var p in new BoxPoint[] { new(a * x, b * h, -z), new(a * x, b * h, z), new(-x, a * h, b * z), new(x, a * h, b * z), new(a * x, -h, b * z), new(a * x, h, b * z) })
                {
                    var s = scene.Projection.ToScreen(p);
                    yield return (s.X, s.Y);
                }
            }
        foreach (var t in scene.Axes.Texts)
        {
            var s = scene.Projection.ToScreen(t.Anchor);
            var (cx, cy) = (s.X + t.Dx, s.Y + t.Dy);
            for (var i = 0; i <= 4; i++)
                for (var j = 0; j <= 4; j++)
                    yield return (cx - t.W / 2 + i * t.W / 4, cy - t.H / 2 + j * t.H / 4);
        }
    }

    private static bool Covers(SKRect r, (double X, double Y) p) => p.X > r.Left && p.X < r.Right && p.Y > r.Top && p.Y < r.Bottom;

    [Fact]
    public void A_tall_card_moves_the_plot_out_from_under_it()
    {
        using var text = new TextKit(TextMode.Glyphs);
        var panel = Panel(TallReadout);
        var card = ReadoutBox.Room(text, Theme.Light, panel, Area)!.Value;
        var plain = Scene(panel, text, keepClear: false);
        Assert.Contains(Footprint(plain), p => Covers(card, p));     // the case is real: laid out ignoring the card, it overlaps

        var clear = Scene(panel, text, keepClear: true);
        Assert.DoesNotContain(Footprint(clear), p => Covers(card, p));
        Assert.All(Footprint(clear), p => Assert.True(p.X >= Area.Left && p.X <= Area.Right && p.Y >= Area.Top && p.Y <= Area.Bottom));
        // It shrinks only as far as it must: at least as large as the plot fitted into the strip below the card.
        using var below = new TextKit(TextMode.Glyphs);
        var strip = SurfaceScene.Build((Surface3D)panel.Plot, Area with { Top = card.Bottom }, Theme.Light, below);
        Assert.True(clear.Projection.Scale >= strip.Projection.Scale, $"{clear.Projection.Scale} < {strip.Projection.Scale}");
        Assert.True(clear.Projection.Scale < plain.Projection.Scale);
    }

    [Fact]
    public void A_card_that_covers_nothing_changes_nothing()
    {
        using var text = new TextKit(TextMode.Glyphs);
        var panel = Panel(["x"]);
        Assert.Equal(Scene(panel, text, keepClear: false).Projection, Scene(panel, text, keepClear: true).Projection);
    }

    [Fact]
    public void Every_frame_of_an_animation_has_the_same_projection_whatever_its_readouts()
    {
        var basePanel = Panel(["step 0"]);
        var figure = Figure.Single(480, 400, Theme.Light, basePanel);
        var frames = new[] { new[] { "step 0" }, TallReadout, ["step 2", "MSE = 1"] }
            .Select(r => new FrameOverlay([new PanelOverlay([], [], r)])).ToList();
        var animation = new Animation(figure, frames);
        var projections = Enumerable.Range(0, frames.Count).Select(i => FigureRenderer.Project(animation.FrameAt(i), 0)).Distinct().ToList();
        Assert.Single(projections);
        // ...and it is the layout that keeps the tallest card clear, not the first frame's.
        var alone = FigureRenderer.Project(Figure.Single(480, 400, Theme.Light, Panel(TallReadout)), 0);
        Assert.Equal(alone, projections[0]);
    }
}
