using System.Globalization;
using System.Text;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Rendering;
using SkiaSharp;

namespace LlmWorks.Figures.Writers;

/// <summary>SVG through <see cref="SKSvgCanvas"/>, with text drawn as outlines so the file needs no fonts.</summary>
internal static class SvgWriter
{
    /// <summary>The SVG of <paramref name="f"/>, or only of <paramref name="overlays"/> over its layout.</summary>
    public static byte[] Write(Figure f, IReadOnlyList<PanelOverlay>? overlays)
    {
        ArgumentNullException.ThrowIfNull(f);
        using var stream = new MemoryStream();
        using (var wstream = new SKManagedWStream(stream))
        {
            using (var canvas = SKSvgCanvas.Create(SKRect.Create(f.Width, f.Height), wstream))
                FigureRenderer.Draw(canvas, f, TextMode.Paths, overlays);
            wstream.Flush();
        }
        return EnsureViewBox(stream.ToArray(), f.Width, f.Height);
    }

    private static byte[] EnsureViewBox(byte[] svg, int width, int height)
    {
        var text = SvgIds.Normalize(SvgCompact.Compact(Encoding.UTF8.GetString(svg)));
        var start = text.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
            return Encoding.UTF8.GetBytes(text);
        var end = text.IndexOf('>', start);
        if (text.AsSpan(start, end - start).Contains("viewBox", StringComparison.Ordinal))
            return Encoding.UTF8.GetBytes(text);
        var attr = string.Create(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\"");
        return Encoding.UTF8.GetBytes(text.Insert(start + 4, attr));
    }
}
