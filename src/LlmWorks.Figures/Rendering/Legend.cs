using LlmWorks.Figures.Model;
using LlmWorks.Figures.Themes;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>The legend: one row per mark with a legend label, in a card at the plot's top-right.</summary>
internal static class Legend
{
    private const float Swatch = 22;
    private const float Pad = 7;

    /// <summary>Draws the legend of <paramref name="marks"/> inside <paramref name="plot"/>.</summary>
    public static void Draw(RenderContext ctx, IReadOnlyList<Mark2D> marks, SKRect plot)
    {
        var entries = marks.Where(m => !string.IsNullOrEmpty(m.LegendLabel)).ToList();
        if (entries.Count == 0)
            return;
        var theme = ctx.Theme;
        var size = Math.Max(11, theme.TickSize);
        var rowH = Math.Max(ctx.Text.LineHeight(size) + 4, 18);
        var textW = entries.Max(e => ctx.Text.Width(e.LegendLabel!, size));
        var w = Pad + Swatch + 6 + textW + Pad;
        var box = new SKRect(plot.Right - 8 - w, plot.Top + 8, plot.Right - 8, plot.Top + 8 + 2 * Pad + rowH * entries.Count - 4);
        using (var fill = RenderContext.Fill(theme.ReadoutBackground.ToSk()))
            ctx.Canvas.DrawRoundRect(box, 4, 4, fill);
        using (var border = RenderContext.Stroke(theme.Grid.ToSk(), 1))
            ctx.Canvas.DrawRoundRect(box, 4, 4, border);
        for (var i = 0; i < entries.Count; i++)
        {
            var cy = box.Top + Pad + i * rowH + (rowH - 4) / 2;
            var sx = box.Left + Pad;
            DrawSwatch(ctx.Canvas, entries[i], sx, cy);
            ctx.Text.DrawCentered(ctx.Canvas, entries[i].LegendLabel!, sx + Swatch + 6 + ctx.Text.Width(entries[i].LegendLabel!, size) / 2, cy, size, theme.Text.ToSk());
        }
    }

    private static void DrawSwatch(SKCanvas canvas, Mark2D mark, float x, float cy)
    {
        var c = new SKPoint(x + Swatch / 2, cy);
        switch (mark)
        {
            case LineMark l:
                using (var p = ChartMarks.DashedStroke(l.Color, l.Width, l.Dash))
                    canvas.DrawLine(x, cy, x + Swatch, cy, p);
                break;
            case SegmentsMark s:
                using (var p = ChartMarks.DashedStroke(s.Color, Math.Max(1.5, s.Width), s.Dash))
                    canvas.DrawLine(x, cy, x + Swatch, cy, p);
                break;
            case ScatterMark s:
                MarkerShapes.Draw(canvas, MarkerShape.Circle, c, (float)Math.Min(s.Radius, 6), s.Fill.ToSk(), (s.Outline ?? new Rgba(255, 255, 255)).ToSk(), 1.5f);
                break;
            case PointMark pm:
                MarkerShapes.Draw(canvas, pm.Shape, c, (float)Math.Min(pm.Radius, 6), pm.Fill.ToSk(), SKColors.White, 1.5f);
                break;
        }
    }
}
