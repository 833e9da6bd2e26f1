using LlmWorks.Explorers;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;
using LlmWorks.Testing;

namespace LlmWorks.Cli.Tests;

/// <summary>
/// Animations draw their still part once and each frame's marks on top (AnimationExport via FrameRasterizer);
/// every frame must be byte-identical to drawing the whole frame, as a still, from scratch.
/// </summary>
public sealed class FrameReuseTests
{
    private static readonly Lazy<SsePage> Sse = new(() => SsePage.Load(RepoPaths.Content));

    private static Animation Descent(Theme theme, int frames = 6) =>
        Sse.Value.Animate(Sse.Value.Surface.Build(new FigureStyle(new FigureSize(480, 300), theme)), new AnimationTiming(frames, 10));

    private static void AssertFramesAreWholeFrames(Animation a, bool expectReuse, double scale = 1)
    {
        using (var rasterizer = new FrameRasterizer(a, scale))
            Assert.Equal(expectReuse, rasterizer.ReusesStillPart);
        var frames = AnimationExport.PngFrames(a, scale, parallelism: 2);
        for (var i = 0; i < a.Frames.Count; i++)
            Assert.True(frames[i].AsSpan().SequenceEqual(FigureExport.Png(a.FrameAt(i), scale)), $"frame {i}");
    }

    [Fact]
    public void Descent_frames_reuse_the_still_part_and_match_whole_frames() =>
        AssertFramesAreWholeFrames(Descent(Theme.Light), expectReuse: true);

    [Fact]
    public void Transparent_dark_frames_at_scale_2_match_whole_frames() =>
        AssertFramesAreWholeFrames(Descent(Theme.Dark with { Transparent = true }, frames: 3), expectReuse: true, scale: 2);

    [Fact]
    public void A_trail_drawn_under_the_optimum_still_matches_whole_frames()
    {
        // Paths draw before optimum markers: the reused still part must not hold the optimum already.
        var a = Descent(Theme.Light, frames: 4);
        var trail = a.Frames.Select((f, i) =>
        {
            var ball = (BallMark)f.Panels[0].Marks3D[0];
            var start = ((BallMark)a.Frames[0].Panels[0].Marks3D[0]).At;
            var o = f.Panels[0] with { Marks3D = [new PathMark([start, ball.At], Rgba.Hex("#e74c3c"), 3), ball] };
            return new FrameOverlay([o]);
        }).ToList();
        AssertFramesAreWholeFrames(a with { Frames = trail }, expectReuse: true);
    }

    [Fact]
    public void Two_moving_panels_are_drawn_whole()
    {
        var a = Descent(Theme.Light, frames: 2);
        var scatter = Sse.Value.Scatter.Build(new FigureStyle(new FigureSize(480, 300), Theme.Light)).Panels[0];
        var both = a with
        {
            Base = a.Base with { Width = 960, Panels = [scatter, a.Base.Panels[0]], Columns = 2 },
            Frames = a.Frames.Select(f => new FrameOverlay([new PanelOverlay([], [], ["moving"]), f.Panels[0]])).ToList(),
        };
        AssertFramesAreWholeFrames(both, expectReuse: false);
    }

    [Fact]
    public void A_still_first_panel_and_a_moving_surface_reuse_the_still_part()
    {
        var a = Descent(Theme.Light, frames: 3);
        var scatter = Sse.Value.Scatter.Build(new FigureStyle(new FigureSize(480, 300), Theme.Light)).Panels[0];
        var both = a with
        {
            Base = a.Base with { Width = 960, Panels = [scatter, a.Base.Panels[0]], Columns = 2 },
            Frames = a.Frames.Select(f => new FrameOverlay([PanelOverlay.Empty, f.Panels[0]])).ToList(),
        };
        AssertFramesAreWholeFrames(both, expectReuse: true);
    }

    [Fact]
    public void Opaque_rasters_are_copied_exactly_as_skia_converts_them()
    {
        var f = Sse.Value.Surface.Build(new FigureStyle(new FigureSize(480, 300), Theme.Dark));
        using var premul = FigureExport.DrawPremultiplied(f, 1.5, null, null);
        Assert.True(FigureExport.IsOpaque(premul.GetPixelSpan()));
        using var fast = FigureExport.Unpremultiply(premul);
        using var skia = new SkiaSharp.SKBitmap(fast.Info);
        using (var pixels = premul.PeekPixels())
            Assert.True(pixels.ReadPixels(skia.Info, skia.GetPixels(), skia.RowBytes, 0, 0));
        Assert.True(fast.GetPixelSpan().SequenceEqual(skia.GetPixelSpan()));

        using var clear = FigureExport.DrawPremultiplied(f with { Theme = Theme.Dark with { Transparent = true } }, 1, null, null);
        Assert.False(FigureExport.IsOpaque(clear.GetPixelSpan()));
    }
}
