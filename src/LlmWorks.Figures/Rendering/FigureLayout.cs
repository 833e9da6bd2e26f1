using LlmWorks.Figures.Model;
using LlmWorks.Figures.Themes;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>Where the figure title, each panel's title and each panel's plot area go.</summary>
internal sealed class FigureLayout
{
    private const float Pad = 10;
    private const float Gap = 16;

    private FigureLayout(IReadOnlyList<SKRect> cells, IReadOnlyList<SKRect> plotAreas, IReadOnlyList<float> legendHeights, float titleBaseline)
    {
        Cells = cells;
        PlotAreas = plotAreas;
        LegendHeights = legendHeights;
        TitleBaseline = titleBaseline;
    }

    /// <summary>Each panel's whole cell.</summary>
    public IReadOnlyList<SKRect> Cells { get; }

    /// <summary>Each panel's area under its title (axes, labels and plot included).</summary>
    public IReadOnlyList<SKRect> PlotAreas { get; }

    /// <summary>
    /// Each panel's strip for a legend below its chart (0 when it has none): the tallest such legend in the panel's row,
    /// so the plots of a row end at the same height.
    /// </summary>
    public IReadOnlyList<float> LegendHeights { get; }

    /// <summary>Baseline of the figure title.</summary>
    public float TitleBaseline { get; }

    /// <summary>Lays out a figure.</summary>
    public static FigureLayout Compute(Figure figure, TextKit text)
    {
        var theme = figure.Theme;
        var top = Pad;
        var titleBaseline = 0f;
        if (!string.IsNullOrEmpty(figure.Title))
        {
            var size = theme.TitleSize * 1.15;
            titleBaseline = top - text.Font(size, true).Metrics.Ascent;
            top += text.LineHeight(size, true) + 8;
        }
        var cols = Math.Max(1, figure.Columns);
        var rows = Math.Max(1, (figure.Panels.Count + cols - 1) / cols);
        var widths = ColumnWidths(figure, cols, figure.Width - 2 * Pad - (cols - 1) * Gap);
        var cellH = (figure.Height - top - Pad - (rows - 1) * Gap) / rows;
        var cells = new List<SKRect>();
        var areas = new List<SKRect>();
        for (var i = 0; i < figure.Panels.Count; i++)
        {
            var (r, c) = (i / cols, i % cols);
            var x = Pad + widths.Take(c).Sum() + c * Gap;
            var y = top + r * (cellH + Gap);
            var cell = new SKRect(x, y, x + widths[c], y + cellH);
            cells.Add(cell);
            areas.Add(cell with { Top = cell.Top + HeaderHeight(figure.Panels[i], theme, text) });
        }
        var below = figure.Panels.Select((p, i) => p.Plot is Chart2D { ShowLegend: true, LegendBelow: true } c
            ? Legend.BelowHeight(text, theme, c.Marks, areas[i].Width) : 0f).ToList();
        var legendHeights = below.Select((h, i) => h > 0 ? below.Where((_, j) => j / cols == i / cols).Max() : 0f).ToList();
        return new FigureLayout(cells, areas, legendHeights, titleBaseline);
    }

    /// <summary>Draws the figure title and every panel's title and subtitle.</summary>
    public void DrawTitles(RenderContext ctx, Figure figure)
    {
        var theme = ctx.Theme;
        if (!string.IsNullOrEmpty(figure.Title))
            ctx.Text.Draw(ctx.Canvas, figure.Title, figure.Width / 2f, TitleBaseline, Fit(ctx.Text, figure.Title, theme.TitleSize * 1.15, true, figure.Width - 2 * Pad), theme.Text.ToSk(), HAlign.Center, bold: true);
        for (var i = 0; i < figure.Panels.Count; i++)
        {
            var p = figure.Panels[i];
            var cell = Cells[i];
            var y = cell.Top;
            if (!string.IsNullOrEmpty(p.Title))
            {
                y -= ctx.Text.Font(theme.TitleSize, true).Metrics.Ascent;
                ctx.Text.Draw(ctx.Canvas, p.Title, cell.MidX, y, Fit(ctx.Text, p.Title, theme.TitleSize, true, cell.Width), theme.Text.ToSk(), HAlign.Center, bold: true);
                y += ctx.Text.Font(theme.TitleSize, true).Metrics.Descent;
            }
            if (!string.IsNullOrEmpty(p.Subtitle))
            {
                y += 4 - ctx.Text.Font(theme.LabelSize).Metrics.Ascent;
                ctx.Text.Draw(ctx.Canvas, p.Subtitle, cell.MidX, y, Fit(ctx.Text, p.Subtitle, theme.LabelSize, false, cell.Width), theme.MutedText.ToSk(), HAlign.Center);
            }
        }
    }

    private static float[] ColumnWidths(Figure figure, int cols, float total)
    {
        var w = figure.ColumnWeights is { } cw && cw.Count == cols && cw.All(v => v > 0 && double.IsFinite(v)) ? cw : Enumerable.Repeat(1.0, cols).ToList();
        var sum = w.Sum();
        return [.. w.Select(v => (float)(total * v / sum))];
    }

    /// <summary>The type size at which <paramref name="s"/> fits in <paramref name="width"/>: <paramref name="size"/>, or smaller for a long line in a narrow cell.</summary>
    internal static double Fit(TextKit text, string s, double size, bool bold, float width)
    {
        var w = text.Width(s, size, bold);
        return w <= width ? size : size * width / w;
    }

    private static float HeaderHeight(Panel p, Theme theme, TextKit text)
    {
        var h = 0f;
        if (!string.IsNullOrEmpty(p.Title))
            h += text.LineHeight(theme.TitleSize, true);
        if (!string.IsNullOrEmpty(p.Subtitle))
            h += 4 + text.LineHeight(theme.LabelSize);
        return h > 0 ? h + 8 : 0;
    }
}
