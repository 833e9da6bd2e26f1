using LlmWorks.Figures.Model;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>Draws one panel's plot and read-outs (or only an overlay's marks and read-outs).</summary>
internal static class PanelRenderer
{
    /// <summary>Draws <paramref name="panel"/> into <paramref name="area"/> (with <paramref name="legendHeight"/> for a legend below a chart).</summary>
    public static void Draw(RenderContext ctx, Panel panel, SKRect area, float legendHeight, PanelOverlay? overlay)
    {
        SKRect readoutAnchor;
        switch (panel.Plot)
        {
            case Chart2D chart:
                var layout = ChartLayout.Compute(chart, area, ctx.Theme, ctx.Text, legendHeight);
                if (overlay is null)
                    ChartRenderer.Draw(ctx, chart, layout, ReadoutBox.Room(ctx.Text, ctx.Theme, panel, layout.Plot));
                else
                    ChartMarks.Draw(ctx, overlay.Marks2D, layout);
                readoutAnchor = layout.Plot;
                break;
            case Surface3D surface:
                var scene = SurfaceScene.Build(surface, area, ctx.Theme, ctx.Text, ReadoutBox.Room(ctx.Text, ctx.Theme, panel, area));
                if (overlay is null)
                    SurfaceRenderer.Draw(ctx, scene);
                else
                    SurfaceMarks.Draw(ctx, scene, overlay.Marks3D);
                readoutAnchor = area;
                break;
            default:
                readoutAnchor = area;
                break;
        }
        var lines = overlay is null ? panel.Readouts : overlay.Readouts;
        if (lines is { Count: > 0 })
            ReadoutBox.Draw(ctx, lines, readoutAnchor);
    }
}
