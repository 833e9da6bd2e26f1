using LlmWorks.Figures.Model;
using LlmWorks.Figures.Themes;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>The read-out box: lines of text on a semi-opaque card at the top-left of a plot.</summary>
internal static class ReadoutBox
{
    private const float Pad = 7;
    private const float Inset = 8;

    private static float LineStep(TextKit text, Theme theme) => text.LineHeight(theme.LabelSize, true) + 3;

    /// <summary>Where the box of <paramref name="lines"/> goes inside <paramref name="plot"/>.</summary>
    public static SKRect Bounds(TextKit text, Theme theme, IReadOnlyList<string> lines, SKRect plot)
    {
        var size = theme.LabelSize;
        var lineH = LineStep(text, theme);
        var width = lines.Select((l, i) => text.Width(l, size, i == 0)).DefaultIfEmpty(0).Max();
        return new SKRect(plot.Left + Inset, plot.Top + Inset, plot.Left + Inset + width + 2 * Pad, plot.Top + Inset + lines.Count * lineH + 2 * Pad - 3);
    }

    /// <summary>The area every read-out box of <paramref name="panel"/> may cover (null when it has none).</summary>
    public static SKRect? Room(TextKit text, Theme theme, Panel panel, SKRect plot)
    {
        SKRect? room = null;
        foreach (var lines in panel.ReadoutSets.Where(l => l.Count > 0))
        {
            var b = Bounds(text, theme, lines, plot);
            room = room is { } r ? SKRect.Union(r, b) : b;
        }
        return room;
    }

    /// <summary>Draws <paramref name="lines"/> inside <paramref name="plot"/>, top-left.</summary>
    public static void Draw(RenderContext ctx, IReadOnlyList<string> lines, SKRect plot)
    {
        var theme = ctx.Theme;
        var size = theme.LabelSize;
        var lineH = LineStep(ctx.Text, theme);
        var box = Bounds(ctx.Text, theme, lines, plot);
        using (var fill = RenderContext.Fill(theme.ReadoutBackground.ToSk()))
            ctx.Canvas.DrawRoundRect(box, 4, 4, fill);
        using (var border = RenderContext.Stroke(theme.Grid.ToSk(), 1))
            ctx.Canvas.DrawRoundRect(box, 4, 4, border);
        var ascent = -ctx.Text.Font(size, true).Metrics.Ascent;
        for (var i = 0; i < lines.Count; i++)
        {
            var y = box.Top + Pad + i * lineH + ascent;
            ctx.Text.Draw(ctx.Canvas, lines[i], box.Left + Pad, y, size, theme.Text.ToSk(), HAlign.Left, bold: i == 0);
        }
    }
}
