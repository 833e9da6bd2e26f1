using System.Diagnostics;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;
using Xunit.Abstractions;

namespace LlmWorks.Figures.Tests;

/// <summary>Renders the sample figures (to LLMWORKS_FIGS_DIR when set, for looking at them) and reports timings.</summary>
public sealed class VisualSamples(ITestOutputHelper output)
{
    [Fact]
    public void Samples_render()
    {
        var dir = Environment.GetEnvironmentVariable("LLMWORKS_FIGS_DIR");
        var figures = new (string Name, Figure Figure)[]
        {
            ("1-scatter", SampleFigures.ScatterFigure()),
            ("2-normalized", SampleFigures.SurfaceFigure(SurfaceGeometry.Normalized)),
            ("3-raw", SampleFigures.SurfaceFigure(SurfaceGeometry.Raw)),
            ("4-two-panels", SampleFigures.TwoPanels()),
            ("5-rawlog", SampleFigures.SurfaceFigure(SurfaceGeometry.RawLogHeight)),
            ("6-dark", SampleFigures.TwoPanels() with { Theme = Theme.Dark }),
            ("10-marks", SampleFigures.AllMarks()),
            ("11-wide", SampleFigures.SurfaceFigure(SurfaceGeometry.Raw, 960, 540)),
            ("12-small", Figure.Single(360, 300, Theme.Light, SampleFigures.SurfacePanel(SurfaceGeometry.Normalized) with { Subtitle = null })),
            ("7-occlusion", SampleFigures.Occlusion()),
            ("8-ridge", SampleFigures.Occlusion() is var o ? Figure.Single(800, 700, Theme.Light, o.Panels[1]) : null!),
        };
        foreach (var (name, figure) in figures)
        {
            var png = FigureExport.Png(figure);
            Assert.NotEmpty(png);
            if (dir is null)
                continue;
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, name + ".png"), png);
            File.WriteAllBytes(Path.Combine(dir, name + "@2x.png"), FigureExport.Png(figure, 2));
            File.WriteAllBytes(Path.Combine(dir, name + ".svg"), FigureExport.Svg(figure));
            File.WriteAllBytes(Path.Combine(dir, name + ".pdf"), FigureExport.Pdf(figure));
        }
    }

    [Fact]
    public void Overlay_samples_render()
    {
        var dir = Environment.GetEnvironmentVariable("LLMWORKS_FIGS_DIR");
        var full = SampleFigures.Occlusion();
        var bare = full with
        {
            Panels = [.. full.Panels.Select(p => p with { Plot = ((Surface3D)p.Plot) with { Marks = [] } })],
        };
        var overlay = new FrameOverlay([.. full.Panels.Select(p => new PanelOverlay([], ((Surface3D)p.Plot).Marks, ["frame 0"]))]);
        var animation = new Animation(bare, [overlay]);
        var over = FigureExport.SvgOverlay(animation, 0);
        Assert.NotEmpty(over);
        if (dir is null)
            return;
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "9-base.svg"), FigureExport.SvgAnimationBase(animation));
        File.WriteAllBytes(Path.Combine(dir, "9-overlay.svg"), over);
    }

    [Fact]
    public void Surface_960x540_timing()
    {
        var figure = SampleFigures.SurfaceFigure(SurfaceGeometry.Normalized, 960, 540);
        FigureExport.Png(figure);
        static double Best(Action action)
        {
            var best = double.MaxValue;
            for (var i = 0; i < 15; i++)
            {
                var sw = Stopwatch.StartNew();
                action();
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }
            return best;
        }
        var raster = Best(() => FigureExport.Raster(figure).Dispose());
        var png = Best(() => FigureExport.Png(figure));
        var svg = Best(() => FigureExport.Svg(figure));
        var pdf = Best(() => FigureExport.Pdf(figure));
        output.WriteLine(FormattableString.Invariant($"960x540 surface (best of 15): raster {raster:F1} ms, PNG {png:F1} ms, SVG {svg:F1} ms, PDF {pdf:F1} ms"));
    }
}
