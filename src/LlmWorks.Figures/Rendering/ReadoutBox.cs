using LlmWorks.Figures.Themes;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>The read-out box: lines of text on a semi-opaque card at the top-left of a plot.</summary>
internal static class ReadoutBox
{
    /// <summary>Draws <paramref name="lines"/> inside <paramref name="plot"/>, top-left.</summary>
    public static void Draw(RenderContext ctx, IReadOnlyList<string> lines, SKRect plot)
    {
        var theme = ctx.Theme;
        var size = theme.LabelSize;
        var lineH = ctx.Text.LineHeight(size, true) + 3;
        var width = lines.Select((l, i) => ctx.Text.Width(l, size, i == 0)).Max();
        const float pad = 7;
        var box = new SKRect(plot.Left + 8, plot.Top + 8, plot.Left + 8 + width + 2 * pad, plot.Top + 8 + lines.Count * lineH + 2 * pad - 3);
        using (var fill = RenderContext.Fill(theme.ReadoutBackground.ToSk()))
            ctx.Canvas.DrawRoundRect(box, 4, 4, fill);
        using (var border = RenderContext.Stroke(theme.Grid.ToSk(), 1))
            ctx.Canvas.DrawRoundRect(box, 4, 4, border);
        var ascent = -ctx.Text.Font(size, true).Metrics.Ascent;
        for (var i = 0; i < lines.Count; i++)
        {
            var y = box.Top + pad + i * lineH + ascent;
            ctx.Text.Draw(ctx.Canvas, lines[i], box.Left + pad, y, size, theme.Text.ToSk(), HAlign.Left, bold: i == 0);
        }
    }
}
