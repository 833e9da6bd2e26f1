using LlmWorks.Figures.Axes;
using LlmWorks.Figures.Projection;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Themes;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>The only code that draws figures. Every writer (PNG, SVG, PDF, animations) goes through here.</summary>
public static class FigureRenderer
{
    /// <summary>
    /// Draws <paramref name="figure"/> on <paramref name="canvas"/> in CSS-pixel units: the figure
    /// occupies (0, 0)–(Width, Height); scale the canvas beforehand for more device pixels.
    /// </summary>
    public static void Draw(SKCanvas canvas, Figure figure) => Draw(canvas, figure, TextMode.Glyphs, null);

    /// <summary>
    /// The 3D→screen mapping used for panel <paramref name="panel"/> (which must hold a
    /// <see cref="Surface3D"/>), in the figure's CSS pixels: enough to place a ball over a pre-rendered surface.
    /// </summary>
    public static SurfaceProjection Project(Figure f, int panel)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (panel < 0 || panel >= f.Panels.Count || f.Panels[panel].Plot is not Surface3D surface)
            throw new ArgumentException($"panel {panel} is not a 3D surface", nameof(panel));
        using var text = new TextKit(TextMode.Glyphs);
        var rect = FigureLayout.Compute(f, text).PlotAreas[panel];
        return SurfaceScene.Build(surface, rect, f.Theme, text, ReadoutBox.Room(text, f.Theme, f.Panels[panel], rect)).Projection;
    }

    /// <summary>The data→pixel mapping used for panel <paramref name="panel"/> (which must hold a <see cref="Chart2D"/>).</summary>
    public static ChartMapping MapChart(Figure f, int panel)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (panel < 0 || panel >= f.Panels.Count || f.Panels[panel].Plot is not Chart2D chart)
            throw new ArgumentException($"panel {panel} is not a 2D chart", nameof(panel));
        using var text = new TextKit(TextMode.Glyphs);
        var layout = FigureLayout.Compute(f, text);
        var l = ChartLayout.Compute(chart, layout.PlotAreas[panel], f.Theme, text, layout.LegendHeights[panel]);
        return new ChartMapping(l.Plot.Left, l.Plot.Top, l.Plot.Right, l.Plot.Bottom, chart.X.Min, chart.X.Max, chart.Y.Min, chart.Y.Max);
    }

    /// <summary>
    /// Draws the figure; with <paramref name="overlays"/> (one per panel) draws only those overlays
    /// (marks and read-outs) laid out exactly as on the base figure.
    /// </summary>
    internal static void Draw(SKCanvas canvas, Figure figure, TextMode mode, IReadOnlyList<PanelOverlay>? overlays)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(figure);
        using var text = new TextKit(mode);
        var ctx = new RenderContext(canvas, figure.Theme, text, overlays is not null);
        var layout = FigureLayout.Compute(figure, text);
        if (!ctx.OverlayOnly)
        {
            if (!figure.Theme.Transparent)
                canvas.DrawColor(figure.Theme.Background.ToSk(), SKBlendMode.Src);
            layout.DrawTitles(ctx, figure);
        }
        for (var i = 0; i < figure.Panels.Count; i++)
        {
            var overlay = overlays is null ? null : i < overlays.Count ? overlays[i] : PanelOverlay.Empty;
            PanelRenderer.Draw(ctx, figure.Panels[i], layout.PlotAreas[i], layout.LegendHeights[i], overlay);
        }
    }
}
