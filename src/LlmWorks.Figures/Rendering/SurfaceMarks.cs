using LlmWorks.Figures.Model;
using LlmWorks.Figures.Themes;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>
/// Draws 3D marks over the surface with occlusion: where the surface is in front, a mark is drawn
/// only as a faint dashed outline (paths: a faint dashed line), so "hidden" reads as hidden.
/// </summary>
internal static class SurfaceMarks
{
    private const float HiddenOpacity = 0.55f;

    /// <summary>Draws paths, then optimum markers, then balls (balls on top).</summary>
    public static void Draw(RenderContext ctx, SurfaceScene scene, IReadOnlyList<Mark3D> marks)
    {
        foreach (var m in marks.OfType<PathMark>())
            DrawPath(ctx, scene, m);
        foreach (var m in marks.OfType<OptimumMark>())
            DrawOptimum(ctx, scene, m);
        foreach (var m in marks.OfType<BallMark>())
            DrawBall(ctx, scene, m);
    }

    private static SKPoint Screen(SurfaceScene scene, Point3 p)
    {
        var sp = scene.Projection.ToScreen(p);
        return new SKPoint((float)sp.X, (float)sp.Y);
    }

    private static SKPaint HiddenStroke(Rgba color, double width, float opacity = HiddenOpacity) =>
        RenderContext.Stroke(color.ToSk().WithAlpha((byte)(255 * opacity)), width, SKPathEffect.CreateDash([3, 2.5f], 0));

    private static void DrawBall(RenderContext ctx, SurfaceScene scene, BallMark b)
    {
        var p = Screen(scene, b.At);
        var r = (float)b.RadiusPx;
        var c = new SKPoint(p.X, p.Y - r * 0.75f);
        if (!scene.IsVisible(b.At))
        {
            using var hidden = HiddenStroke(b.Fill, 1.6, 0.9f);
            ctx.Canvas.DrawCircle(c, r, hidden);
            Label(ctx, b.Label, c, r, hidden: true);
            return;
        }
        using (var shadow = RenderContext.Fill(new SKColor(0, 0, 0, 70)))
            ctx.Canvas.DrawOval(new SKRect(p.X - r * 1.1f, p.Y - r * 0.4f, p.X + r * 1.1f, p.Y + r * 0.4f), shadow);
        var fill = b.Fill;
        SKColor[] colors =
        [
            SkiaColors.Mix(fill, new Rgba(255, 255, 255, fill.A), 0.55).ToSk(),
            fill.ToSk(),
            SkiaColors.Mix(fill, new Rgba(0, 0, 0, fill.A), 0.35).ToSk(),
        ];
        using (var shader = SKShader.CreateRadialGradient(new SKPoint(c.X - r * 0.35f, c.Y - r * 0.35f), r * 1.35f, colors, [0f, 0.45f, 1f], SKShaderTileMode.Clamp))
        using (var paint = new SKPaint { Shader = shader, IsAntialias = true, Style = SKPaintStyle.Fill })
            ctx.Canvas.DrawCircle(c, r, paint);
        using (var outline = RenderContext.Stroke(SKColors.White, 2))
            ctx.Canvas.DrawCircle(c, r, outline);
        Label(ctx, b.Label, c, r, hidden: false);
    }

    private static void DrawOptimum(RenderContext ctx, SurfaceScene scene, OptimumMark o)
    {
        var p = Screen(scene, o.At);
        var r = (float)o.RadiusPx;
        if (!scene.IsVisible(o.At))
        {
            using var path = MarkerShapes.Path(MarkerShape.Diamond, p, r);
            using var hidden = HiddenStroke(o.Fill, 1.6, 0.9f);
            ctx.Canvas.DrawPath(path, hidden);
            Label(ctx, o.Label, p, r, hidden: true);
            return;
        }
        MarkerShapes.Draw(ctx.Canvas, MarkerShape.Diamond, p, r, o.Fill.ToSk(), SKColors.White);
        Label(ctx, o.Label, p, r, hidden: false);
    }

    private static void DrawPath(RenderContext ctx, SurfaceScene scene, PathMark m)
    {
        if (m.Points.Count < 2)
            return;
        using var solid = RenderContext.Stroke(m.Color.ToSk(), m.WidthPx);
        solid.StrokeCap = SKStrokeCap.Round;
        using var hidden = HiddenStroke(m.Color, Math.Max(1, m.WidthPx * 0.75));
        // Sample the path finely, test each piece, and stroke each run of equal visibility as one polyline.
        var pieces = new List<(SKPoint From, SKPoint To, bool Visible)>();
        var points = PolylineThinning.Thin(m.Points, p => Screen(scene, p));
        for (var k = 0; k + 1 < points.Count; k++)
        {
            var (a, b) = (points[k], points[k + 1]);
            var n = Math.Clamp((int)Math.Ceiling(SKPoint.Distance(Screen(scene, a), Screen(scene, b)) / 3), 1, 400);
            for (var i = 0; i < n; i++)
            {
                var (t0, t1) = ((double)i / n, (double)(i + 1) / n);
                pieces.Add((Screen(scene, Lerp(a, b, t0)), Screen(scene, Lerp(a, b, t1)), scene.IsVisible(Lerp(a, b, (t0 + t1) / 2))));
            }
        }
        for (var start = 0; start < pieces.Count;)
        {
            var end = start;
            while (end + 1 < pieces.Count && pieces[end + 1].Visible == pieces[start].Visible)
                end++;
            using var builder = new SKPathBuilder();
            builder.MoveTo(pieces[start].From);
            for (var i = start; i <= end; i++)
                builder.LineTo(pieces[i].To);
            using var path = builder.Detach();
            ctx.Canvas.DrawPath(path, pieces[start].Visible ? solid : hidden);
            start = end + 1;
        }
    }

    private static Point3 Lerp(Point3 a, Point3 b, double t) =>
        new(a.U + (b.U - a.U) * t, a.V + (b.V - a.V) * t, a.Loss + (b.Loss - a.Loss) * t);

    private static void Label(RenderContext ctx, string? text, SKPoint c, float r, bool hidden)
    {
        if (string.IsNullOrEmpty(text))
            return;
        var theme = ctx.Theme;
        var size = Math.Max(11, theme.TickSize);
        var w = ctx.Text.Width(text, size);
        var h = ctx.Text.LineHeight(size);
        var box = new SKRect(c.X + r + 5, c.Y - r - h - 2, c.X + r + 5 + w + 8, c.Y - r + 2);
        using (var bg = RenderContext.Fill(theme.ReadoutBackground.ToSk()))
            ctx.Canvas.DrawRoundRect(box, 3, 3, bg);
        var color = hidden ? theme.MutedText.ToSk() : theme.Text.ToSk();
        ctx.Text.DrawCentered(ctx.Canvas, text, box.MidX, box.MidY, size, color);
    }
}
