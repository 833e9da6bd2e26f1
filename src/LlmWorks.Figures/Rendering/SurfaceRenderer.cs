using LlmWorks.Figures.Projection;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Themes;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>Draws a surface panel: back panes, shaded mesh (painter's order), axes, then marks.</summary>
internal static class SurfaceRenderer
{
    // Light from above, a little to the left of and behind the default camera.
    private static readonly BoxPoint Light = Unit(-0.45, 1.0, -0.25);

    /// <summary>Draws the whole scene.</summary>
    public static void Draw(RenderContext ctx, SurfaceScene scene)
    {
        DrawPanes(ctx, scene);
        DrawMesh(ctx, scene);
        DrawAxisText(ctx, scene);
        SurfaceMarks.Draw(ctx, scene, scene.Surface.Marks);
    }

    private static SKPoint P(SurfaceScene s, BoxPoint b)
    {
        var sp = s.Projection.ToScreen(b);
        return new SKPoint((float)sp.X, (float)sp.Y);
    }

    private static void DrawPanes(RenderContext ctx, SurfaceScene scene)
    {
        var theme = ctx.Theme;
        var plan = scene.Axes;
        using var fill = RenderContext.Fill(SkiaColors.Mix(theme.PlotBackground, theme.Grid, 0.45).ToSk());
        foreach (var pane in plan.Panes)
        {
            using var builder = new SKPathBuilder();
            builder.AddPoly([.. pane.Select(p => P(scene, p))], close: true);
            using var path = builder.Detach();
            ctx.Canvas.DrawPath(path, fill);
        }
        using var grid = RenderContext.Stroke(SkiaColors.Mix(theme.Grid, theme.Axis, 0.3).ToSk(), 0.8);
        foreach (var (a, b) in plan.GridLines)
            ctx.Canvas.DrawLine(P(scene, a), P(scene, b), grid);
        using var edge = RenderContext.Stroke(theme.Axis.ToSk(), 1);
        foreach (var (a, b) in plan.Edges)
            ctx.Canvas.DrawLine(P(scene, a), P(scene, b), edge);
    }

    private static void DrawMesh(RenderContext ctx, SurfaceScene scene)
    {
        var tris = scene.Mesh.Triangles;
        var map = scene.Surface.ColorMap;
        using var fill = RenderContext.Fill(SKColors.Black);
        using var stroke = RenderContext.Stroke(SKColors.White, 0.5);
        stroke.StrokeJoin = SKStrokeJoin.Bevel;
        using var builder = new SKPathBuilder();
        foreach (var i in scene.Order)
        {
            var t = tris[i];
            var lambert = Math.Abs(t.Normal.X * Light.X + t.Normal.Y * Light.Y + t.Normal.Z * Light.Z);
            var shade = 0.62 + 0.38 * lambert;
            var baseColor = ColorMaps.Sample(map, t.T);
            var lit = new Rgba(Ch(baseColor.R, shade), Ch(baseColor.G, shade), Ch(baseColor.B, shade));
            var (a, b, c) = (scene.Screen[t.A], scene.Screen[t.B], scene.Screen[t.C]);
            builder.MoveTo((float)a.X, (float)a.Y);
            builder.LineTo((float)b.X, (float)b.Y);
            builder.LineTo((float)c.X, (float)c.Y);
            builder.Close();
            using var path = builder.Detach();
            fill.Color = lit.ToSk();
            ctx.Canvas.DrawPath(path, fill);
            stroke.Color = SkiaColors.Mix(lit, new Rgba(255, 255, 255), 0.12).ToSk();
            ctx.Canvas.DrawPath(path, stroke);
        }
    }

    private static void DrawAxisText(RenderContext ctx, SurfaceScene scene)
    {
        var theme = ctx.Theme;
        using var tick = RenderContext.Stroke(theme.Axis.ToSk(), 1);
        foreach (var t in scene.Axes.Ticks)
        {
            var p = P(scene, t.From);
            ctx.Canvas.DrawLine(p.X, p.Y, p.X + t.Dx, p.Y + t.Dy, tick);
        }
        foreach (var t in scene.AxisTexts)
        {
            var p = P(scene, t.Anchor);
            ctx.Text.DrawCentered(ctx.Canvas, t.Text, p.X + t.Dx, p.Y + t.Dy, t.Size, theme.Text.ToSk(), rotated: t.Rotated);
        }
    }

    private static byte Ch(byte c, double f) => (byte)Math.Clamp(Math.Round(c * f), 0, 255);

    private static BoxPoint Unit(double x, double y, double z)
    {
        var l = Math.Sqrt(x * x + y * y + z * z);
        return new BoxPoint(x / l, y / l, z / l);
    }
}
