using LlmWorks.Figures.Model;
using LlmWorks.Figures.Themes;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>
/// The legend: one row per mark with a legend label, in a card inside the plot: top-right unless
/// that covers more data markers than another corner or the middle of a side. It never goes where a read-out box of the panel
/// (in any frame) is, unless every corner is taken.
/// </summary>
internal static class Legend
{
    private const float Swatch = 22;
    private const float Pad = 7;

    /// <summary>Draws the legend of <paramref name="marks"/> inside the layout's plot.</summary>
    public static void Draw(RenderContext ctx, IReadOnlyList<Mark2D> marks, ChartLayout layout, SKRect? readoutRoom)
    {
        var plot = layout.Plot;
        var entries = marks.Where(m => !string.IsNullOrEmpty(m.LegendLabel)).ToList();
        if (entries.Count == 0)
            return;
        var theme = ctx.Theme;
        var size = EntrySize(theme);
        var rowH = RowHeight(ctx.Text, theme);
        var textW = entries.Max(e => ctx.Text.Width(e.LegendLabel!, size));
        var w = Pad + Swatch + 6 + textW + Pad;
        var h = 2 * Pad + rowH * entries.Count - 4;
        var box = Place(ctx.Text, theme, marks, layout, w, h, readoutRoom);
        using (var fill = RenderContext.Fill(theme.ReadoutBackground.ToSk()))
            ctx.Canvas.DrawRoundRect(box, 4, 4, fill);
        using (var border = RenderContext.Stroke(theme.Grid.ToSk(), 1))
            ctx.Canvas.DrawRoundRect(box, 4, 4, border);
        for (var i = 0; i < entries.Count; i++)
        {
            DrawEntry(ctx, entries[i], box.Left + Pad, box.Top + Pad + i * rowH + (rowH - 4) / 2);
        }
    }

    /// <summary>Height of the strip a below-the-plot legend of <paramref name="marks"/> needs at <paramref name="width"/>.</summary>
    public static float BelowHeight(TextKit text, Theme theme, IReadOnlyList<Mark2D> marks, float width)
    {
        var (entries, columns, _) = Grid(text, theme, marks, width);
        return entries.Count == 0 ? 0 : (entries.Count + columns - 1) / columns * RowHeight(text, theme) + 6;
    }

    /// <summary>Draws the legend of <paramref name="marks"/> as a centred grid of entries in <paramref name="strip"/>.</summary>
    public static void DrawBelow(RenderContext ctx, IReadOnlyList<Mark2D> marks, SKRect strip)
    {
        var rowH = RowHeight(ctx.Text, ctx.Theme);
        var (entries, columns, cellW) = Grid(ctx.Text, ctx.Theme, marks, strip.Width);
        var left = strip.MidX - (columns * cellW - EntryGap) / 2;
        for (var i = 0; i < entries.Count; i++)
        {
            DrawEntry(ctx, entries[i], left + i % columns * cellW, strip.Top + 6 + i / columns * rowH + rowH / 2);
        }
    }

    private const float EntryGap = 18;

    /// <summary>One entry: the mark's swatch at <paramref name="x"/>, its label after it, centred on <paramref name="cy"/>.</summary>
    private static void DrawEntry(RenderContext ctx, Mark2D mark, float x, float cy)
    {
        var size = EntrySize(ctx.Theme);
        DrawSwatch(ctx.Canvas, mark, x, cy);
        ctx.Text.DrawCentered(ctx.Canvas, mark.LegendLabel!, x + Swatch + 6 + ctx.Text.Width(mark.LegendLabel!, size) / 2, cy, size, ctx.Theme.Text.ToSk());
    }

    private static double EntrySize(Theme theme) => Math.Max(11, theme.TickSize);

    private static float RowHeight(TextKit text, Theme theme) => Math.Max(text.LineHeight(EntrySize(theme)) + 4, 18);

    // A grid with cells as wide as the widest entry (so two panels with similar legends line up) and as many
    // columns as fit the width; rows fill left to right.
    private static (List<Mark2D> Entries, int Columns, float CellW) Grid(TextKit text, Theme theme, IReadOnlyList<Mark2D> marks, float width)
    {
        var entries = marks.Where(m => !string.IsNullOrEmpty(m.LegendLabel)).ToList();
        if (entries.Count == 0)
            return (entries, 1, 0);
        var cellW = entries.Max(m => Swatch + 6 + text.Width(m.LegendLabel!, EntrySize(theme))) + EntryGap;
        var columns = Math.Clamp((int)((width + EntryGap) / cellW), 1, entries.Count);
        return (entries, columns, cellW);
    }

    internal static SKRect Place(TextKit text, Theme theme, IReadOnlyList<Mark2D> marks, ChartLayout layout, float w, float h, SKRect? readoutRoom)
    {
        var p = layout.Plot;
        var (l, r, t, b) = (p.Left + 8, p.Right - 8 - w, p.Top + 8, p.Bottom - 8 - h);
        var m = p.MidY - h / 2;
        SKRect[] candidates = [SKRect.Create(r, t, w, h), SKRect.Create(r, b, w, h), SKRect.Create(l, b, w, h), SKRect.Create(l, t, w, h),
            SKRect.Create(r, m, w, h), SKRect.Create(l, m, w, h)];
        var obstacles = Obstacles(text, theme, marks, layout);
        int Covered(SKRect box) => obstacles.Where(o => SKRect.Inflate(box, o.Pad, o.Pad).Contains(o.At)).Sum(o => o.Weight);
        bool OnReadout(SKRect box) => readoutRoom is { } room && SKRect.Inflate(room, 4, 4).IntersectsWith(box);
        return candidates.Select((c, i) => (c, score: (OnReadout(c) ? 1L << 40 : 0) + Covered(c) * 10L + i)).MinBy(x => x.score).c;
    }

    // What a legend should not cover: a data marker weighs most (a hidden point is a lie by omission), then labels,
    // then rule labels, then points along lines.
    private static List<(SKPoint At, float Pad, int Weight)> Obstacles(TextKit text, Theme theme, IReadOnlyList<Mark2D> marks, ChartLayout layout)
    {
        var list = new List<(SKPoint, float, int)>();
        void Along(SKPoint a, SKPoint b, int weight)
        {
            var n = Math.Clamp((int)(SKPoint.Distance(a, b) / 8), 1, 200);
            for (var i = 0; i <= n; i++)
                list.Add((new SKPoint(a.X + (b.X - a.X) * i / n, a.Y + (b.Y - a.Y) * i / n), 2, weight));
        }
        var p = layout.Plot;
        foreach (var m in marks)
        {
            switch (m)
            {
                case ScatterMark s:
                    list.AddRange(s.Points.Select(pt => (layout.Map(pt), (float)s.Radius, 100)));
                    break;
                case PointMark pm:
                    list.Add((layout.Map(pm.At), (float)pm.Radius, 100));
                    break;
                case TextMark t:
                    var card = ChartMarks.LabelBounds(text, theme, t, layout).Card;
                    foreach (var y in new[] { card.Top, card.MidY, card.Bottom })
                        Along(new SKPoint(card.Left, y), new SKPoint(card.Right, y), 20);
                    break;
                case LineMark l:
                    for (var i = 0; i + 1 < l.Points.Count; i++)
                        Along(layout.Map(l.Points[i]), layout.Map(l.Points[i + 1]), 1);
                    break;
                case RuleMark r when r.Horizontal:
                    Along(new SKPoint(p.Right - 60, layout.Y.Map(r.Value)), new SKPoint(p.Right, layout.Y.Map(r.Value)), 3);
                    break;
                case RuleMark r:
                    Along(new SKPoint(layout.X.Map(r.Value), p.Top), new SKPoint(layout.X.Map(r.Value) + 40, p.Top + 16), 3);
                    break;
            }
        }
        return list;
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
            case CellsMark cells:
                using (var f = RenderContext.Fill(cells.Fill.ToSk()))
                    canvas.DrawRect(x + 4, cy - 7, Swatch - 8, 14, f);
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
