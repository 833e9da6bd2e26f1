using LlmWorks.Figures.Model;
using LlmWorks.Figures.Rendering;
using SkiaSharp;

namespace LlmWorks.Figures.Tests;

public sealed class OcclusionTests
{
    // A tall ridge along u = v, across the default camera's line of sight (the camera looks from u = 1, v = 0).
    private static Surface3D Ridge()
    {
        const int n = 41;
        var axis = Enumerable.Range(0, n).Select(i => (double)i / (n - 1)).ToArray();
        var loss = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                loss[i, j] = 100 * Math.Exp(-Math.Pow((axis[i] - axis[j]) / 0.08, 2));
        return new Surface3D(axis, axis, loss, "u", "v", "loss", SurfaceGeometry.Normalized, new Camera(), []);
    }

    private static SurfaceScene Scene(Surface3D s)
    {
        using var text = new TextKit(TextMode.Glyphs);
        return SurfaceScene.Build(s, new SKRect(0, 0, 640, 480), Theme.Light, text);
    }

    [Fact]
    public void Ball_behind_the_ridge_is_hidden()
    {
        var scene = Scene(Ridge());
        Assert.False(scene.IsVisible(new Point3(0.1, 0.9, 0)));
        Assert.False(scene.IsVisible(new Point3(0.3, 0.6, 0)));
    }

    [Fact]
    public void Ball_in_front_of_the_ridge_and_on_its_crest_is_visible()
    {
        var scene = Scene(Ridge());
        Assert.True(scene.IsVisible(new Point3(0.9, 0.1, 0)));
        Assert.True(scene.IsVisible(new Point3(0.5, 0.5, 100)));
    }

    [Fact]
    public void Ball_on_the_visible_slope_of_the_bowl_is_visible()
    {
        var scene = Scene(SampleFigures.Surface(SurfaceGeometry.Normalized));
        Assert.True(scene.IsVisible(new Point3(6.5, 3.5, SampleFigures.Sse(6.5, 3.5))));
        Assert.True(scene.IsVisible(new Point3(9.4058, 0.2559, 7.698)));
    }

    [Fact]
    public void Point_below_the_bowl_is_hidden()
    {
        var scene = Scene(SampleFigures.Surface(SurfaceGeometry.Normalized));
        var under = SampleFigures.Sse(7, 5) - 2000;
        Assert.False(scene.IsVisible(new Point3(7, 5, under)));
    }

    [Fact]
    public void Painter_order_is_farthest_first()
    {
        var scene = Scene(SampleFigures.Surface(SurfaceGeometry.Normalized));
        double Depth(int t)
        {
            var tr = scene.Mesh.Triangles[t];
            return scene.Screen[tr.A].Depth + scene.Screen[tr.B].Depth + scene.Screen[tr.C].Depth;
        }
        var depths = scene.Order.Select(Depth).ToArray();
        for (var i = 1; i < depths.Length; i++)
            Assert.True(depths[i] <= depths[i - 1] + 1e-12);
    }

    [Fact]
    public void Svg_overlay_occludes_3D_marks_with_the_base_surface()
    {
        var baseFigure = Figure.Single(640, 480, Theme.Light, new Panel("ridge", Ridge(), []));
        PanelOverlay Ball(double u, double v) => new([], [new BallMark(new Point3(u, v, 0), SampleFigures.Red)]);
        var animation = new Animation(baseFigure, [new FrameOverlay([Ball(0.1, 0.9)]), new FrameOverlay([Ball(0.9, 0.1)])]);
        var hidden = System.Text.Encoding.UTF8.GetString(LlmWorks.Figures.Writers.FigureExport.SvgOverlay(animation, 0));
        var visible = System.Text.Encoding.UTF8.GetString(LlmWorks.Figures.Writers.FigureExport.SvgOverlay(animation, 1));
        Assert.DoesNotContain("radialGradient", hidden, StringComparison.Ordinal);
        // The hidden ball is only its dashed outline (Skia writes dashes as filled outlines).
        Assert.Contains("fill=\"#E74C3C\" fill-opacity", hidden, StringComparison.Ordinal);
        Assert.Contains("radialGradient", visible, StringComparison.Ordinal);
    }
}
