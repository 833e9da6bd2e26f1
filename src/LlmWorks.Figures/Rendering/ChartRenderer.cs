using LlmWorks.Figures.Axes;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Themes;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>Draws a 2D chart: plot background, grid, axes, tick and axis labels, marks, legend.</summary>
internal static class ChartRenderer
{
    /// <summary>Draws <paramref name="chart"/> with its precomputed layout.</summary>
    public static void Draw(RenderContext ctx, Chart2D chart, ChartLayout layout, SKRect? readoutRoom)
    {
        var canvas = ctx.Canvas;
        var theme = ctx.Theme;
        var plot = layout.Plot;
        if (!theme.Transparent)
        {
            using var bg = RenderContext.Fill(theme.PlotBackground.ToSk());
            canvas.DrawRect(plot, bg);
        }
        DrawGrid(ctx, layout);
        ChartMarks.Draw(ctx, chart.Marks, layout);
        DrawAxes(ctx, chart, layout);
        if (chart.ShowLegend && layout.LegendStrip is { } strip)
            Legend.DrawBelow(ctx, chart.Marks, strip);
        else if (chart.ShowLegend)
            Legend.Draw(ctx, chart.Marks, layout, readoutRoom);
    }

    private static float Crisp(float v) => MathF.Floor(v) + 0.5f;

    private static void DrawGrid(RenderContext ctx, ChartLayout l)
    {
        using var grid = RenderContext.Stroke(ctx.Theme.Grid.ToSk(), 1);
        foreach (var x in l.XTicks)
        {
            var px = Crisp(l.X.Map(x));
            ctx.Canvas.DrawLine(px, l.Plot.Top, px, l.Plot.Bottom, grid);
        }
        foreach (var y in l.YTicks)
        {
            var py = Crisp(l.Y.Map(y));
            ctx.Canvas.DrawLine(l.Plot.Left, py, l.Plot.Right, py, grid);
        }
    }

    private static void DrawAxes(RenderContext ctx, Chart2D chart, ChartLayout l)
    {
        var canvas = ctx.Canvas;
        var theme = ctx.Theme;
        var tickSize = ChartLayout.TickSize(theme);
        var textColor = theme.Text.ToSk();
        var p = l.Plot;
        using var axis = RenderContext.Stroke(theme.Axis.ToSk(), 1);
        var left = Crisp(p.Left);
        var bottom = Crisp(p.Bottom);
        canvas.DrawLine(left, p.Top, left, bottom, axis);
        canvas.DrawLine(left, bottom, p.Right, bottom, axis);

        var tickAscent = -ctx.Text.Font(tickSize).Metrics.Ascent;
        foreach (var x in l.XTicks)
        {
            var px = Crisp(l.X.Map(x));
            canvas.DrawLine(px, bottom, px, bottom + ChartLayout.TickLength, axis);
            var baseline = bottom + ChartLayout.TickLength + ChartLayout.LabelGap + tickAscent;
            ctx.Text.Draw(canvas, TickFormat.Format(x, l.XStep), px, baseline, tickSize, textColor, HAlign.Center);
        }
        foreach (var y in l.YTicks)
        {
            var py = Crisp(l.Y.Map(y));
            canvas.DrawLine(left - ChartLayout.TickLength, py, left, py, axis);
            var label = TickFormat.Format(y, l.YStep);
            var tx = left - ChartLayout.TickLength - ChartLayout.LabelGap;
            ctx.Text.DrawCentered(canvas, label, tx - ctx.Text.Width(label, tickSize) / 2, py, tickSize, textColor);
        }

        var labelH = ctx.Text.LineHeight(theme.LabelSize);
        if (!string.IsNullOrEmpty(chart.X.Label))
            ctx.Text.DrawCentered(canvas, chart.X.Label, p.MidX, (l.LegendStrip?.Top ?? l.Area.Bottom) - labelH / 2 - 2, theme.LabelSize, textColor);
        if (!string.IsNullOrEmpty(chart.Y.Label))
            ctx.Text.DrawCentered(canvas, chart.Y.Label, l.Area.Left + labelH / 2, p.MidY, theme.LabelSize, textColor, rotated: true);
    }
}
