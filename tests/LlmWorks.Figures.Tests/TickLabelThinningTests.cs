using LlmWorks.Figures.Model;
using LlmWorks.Figures.Projection;
using LlmWorks.Figures.Rendering;
using SkiaSharp;

namespace LlmWorks.Figures.Tests;

/// <summary>In a small surface panel, tick labels that would overlap are thinned; with room, every one is drawn.</summary>
public sealed class TickLabelThinningTests
{
    private static SurfaceScene Scene(SurfaceGeometry geometry, float w, float h, TextKit text) =>
        SurfaceScene.Build(SampleFigures.Surface(geometry), new SKRect(0, 0, w, h), Theme.Light, text);

    private static (double L, double T, double R, double B) Ink(SurfaceScene scene, AxisText t)
    {
        var p = scene.Projection.ToScreen(t.Anchor);
        var (hw, hh) = (t.Rotated ? t.W * 0.4 : t.W / 2, t.Rotated ? t.H / 2 : t.H * 0.4);
        return (p.X + t.Dx - hw, p.Y + t.Dy - hh, p.X + t.Dx + hw, p.Y + t.Dy + hh);
    }

    public static TheoryData<SurfaceGeometry, float, float> Sizes => new()
    {
        { SurfaceGeometry.Normalized, 200, 160 },
        { SurfaceGeometry.Raw, 240, 180 },
        { SurfaceGeometry.RawLogHeight, 260, 200 },
        { SurfaceGeometry.Raw, 390, 380 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void No_two_drawn_axis_texts_overlap(SurfaceGeometry geometry, float w, float h)
    {
        using var text = new TextKit(TextMode.Glyphs);
        var scene = Scene(geometry, w, h, text);
        var drawn = scene.AxisTexts.Select(t => Ink(scene, t)).ToList();
        for (var i = 0; i < drawn.Count; i++)
            for (var j = i + 1; j < drawn.Count; j++)
            {
                var (a, b) = (drawn[i], drawn[j]);
                Assert.False(a.L < b.R && b.L < a.R && a.T < b.B && b.T < a.B, $"'{scene.AxisTexts[i].Text}' overlaps '{scene.AxisTexts[j].Text}'");
            }
        // Titles are never dropped, and every axis keeps at least one tick label.
        Assert.Equal(scene.Axes.Texts.Count(t => t.Role == AxisTextRole.Title), scene.AxisTexts.Count(t => t.Role == AxisTextRole.Title));
        foreach (var role in new[] { AxisTextRole.UTick, AxisTextRole.VTick, AxisTextRole.LossTick })
            Assert.Contains(scene.AxisTexts, t => t.Role == role);
    }

    [Fact]
    public void The_case_is_real_a_small_panel_drops_labels_and_a_large_one_keeps_all()
    {
        using var text = new TextKit(TextMode.Glyphs);
        var small = Scene(SurfaceGeometry.Normalized, 200, 160, text);
        Assert.True(small.AxisTexts.Count < small.Axes.Texts.Count);
        var large = Scene(SurfaceGeometry.Normalized, 720, 540, text);
        Assert.Equal(large.Axes.Texts, large.AxisTexts);
    }
}
