using LlmWorks.Figures.Model;
using LlmWorks.Figures.Rendering;
using SkiaSharp;

namespace LlmWorks.Figures.Writers;

/// <summary>
/// Static figure writers. All go through <see cref="FigureRenderer"/>; they differ only in the
/// canvas and encoder. Output is deterministic: the same figure gives the same bytes on every run.
/// </summary>
public static class FigureExport
{
    /// <summary>A PNG of <paramref name="f"/>; <paramref name="scale"/> 2 gives twice the device pixels with the same layout.</summary>
    public static byte[] Png(Figure f, double scale = 1)
    {
        using var bitmap = Raster(f, scale);
        return EncodePng(bitmap);
    }

    /// <summary>Encodes a raster as PNG (the one PNG encoding every writer uses).</summary>
    internal static byte[] EncodePng(SKBitmap bitmap)
    {
        using var pixmap = bitmap.PeekPixels();
        // Sub+Up filters at zlib level 6: within 1 % of the smallest file, several times faster than level 9.
        using var data = pixmap?.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub | SKPngEncoderFilterFlags.Up, 6))
            ?? throw new InvalidOperationException("PNG encoding failed");
        return data.ToArray();
    }

    /// <summary>
    /// The figure rasterised at <paramref name="scale"/>: an <see cref="SKColorType.Rgba8888"/> bitmap with
    /// <b>unpremultiplied</b> alpha (straight RGBA, as GIF/APNG encoders want), size
    /// round(Width·scale) × round(Height·scale). The caller disposes it.
    /// </summary>
    public static SKBitmap Raster(Figure f, double scale = 1) => Raster(f, scale, null);

    /// <summary>An SVG of <paramref name="f"/>: every text converted to paths, no fonts, ids or dates.</summary>
    public static byte[] Svg(Figure f) => SvgWriter.Write(f, null);

    /// <summary>
    /// An SVG the size of the animation's base figure holding only frame <paramref name="frame"/>'s overlay
    /// (its marks, and its read-outs when the overlay replaces them) on a transparent background.
    /// 3D marks are occluded by the base surface exactly as in the full frame.
    /// </summary>
    public static byte[] SvgOverlay(Animation a, int frame)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentOutOfRangeException.ThrowIfNegative(frame);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(frame, a.Frames.Count);
        return SvgWriter.Write(a.Base, a.Frames[frame].Panels);
    }

    /// <summary>
    /// The base of an animated SVG: <see cref="Animation.Base"/> with the read-outs of every panel
    /// whose overlays replace them removed (those read-outs come with each <see cref="SvgOverlay"/>).
    /// </summary>
    public static byte[] SvgAnimationBase(Animation a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var panels = a.Base.Panels.Select((p, i) =>
            a.Frames.Any(fr => i < fr.Panels.Count && fr.Panels[i].Readouts is not null) ? p with { Readouts = [] } : p).ToList();
        return SvgWriter.Write(a.Base with { Panels = panels }, null);
    }

    /// <summary>A one-page vector PDF of <paramref name="f"/> (page size in points = CSS pixels × 0.75) with fixed metadata dates; text is drawn as outlines, so no font is embedded (a few KB instead of ~750 KB per file).</summary>
    public static byte[] Pdf(Figure f) => PdfWriter.Write(f);

    internal static SKBitmap Raster(Figure f, double scale, IReadOnlyList<PanelOverlay>? overlays)
    {
        using var premul = DrawPremultiplied(f, scale, overlays, null);
        return Unpremultiply(premul);
    }

    /// <summary>
    /// Draws <paramref name="f"/> (or only <paramref name="overlays"/>) at <paramref name="scale"/> into a premultiplied
    /// RGBA bitmap: a fresh transparent one, or a copy of <paramref name="start"/> (an earlier pass of the same size and scale).
    /// </summary>
    internal static SKBitmap DrawPremultiplied(Figure f, double scale, IReadOnlyList<PanelOverlay>? overlays, SKBitmap? start)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!(scale > 0) || !double.IsFinite(scale))
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be positive");
        var w = Math.Max(1, (int)Math.Round(f.Width * scale));
        var h = Math.Max(1, (int)Math.Round(f.Height * scale));
        var premul = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        try
        {
            if (start is not null && (start.Width != w || start.Height != h || !start.GetPixelSpan().TryCopyTo(premul.GetPixelSpan())))
                throw new ArgumentException("the start raster does not match the figure's size", nameof(start));
            using var canvas = new SKCanvas(premul);
            if (start is null)
                canvas.Clear(SKColors.Transparent);
            canvas.Scale((float)scale);
            FigureRenderer.Draw(canvas, f, TextMode.Glyphs, overlays);
            return premul;
        }
        catch
        {
            premul.Dispose();
            throw;
        }
    }

    /// <summary>Straight (unpremultiplied) RGBA copy of a premultiplied raster, as GIF/APNG encoders want.</summary>
    internal static SKBitmap Unpremultiply(SKBitmap premul)
    {
        var straight = new SKBitmap(new SKImageInfo(premul.Width, premul.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        // An opaque raster (every figure without a transparent theme) is the same premultiplied or not: copying
        // it is exact and several times faster than Skia's per-pixel conversion (tests compare both).
        var source = premul.GetPixelSpan();
        if (premul.RowBytes == straight.RowBytes && IsOpaque(source) && source.TryCopyTo(straight.GetPixelSpan()))
            return straight;
        using var pixels = premul.PeekPixels();
        if (!pixels.ReadPixels(straight.Info, straight.GetPixels(), straight.RowBytes, 0, 0))
        {
            straight.Dispose();
            throw new InvalidOperationException("could not convert the raster to unpremultiplied RGBA");
        }
        return straight;
    }

    /// <summary>Whether every pixel of an RGBA8888 buffer has alpha 255.</summary>
    internal static bool IsOpaque(ReadOnlySpan<byte> rgba)
    {
        var pixels = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(rgba);
        var all = uint.MaxValue;
        foreach (var px in pixels)
            all &= px;
        return all >> 24 == 0xFF; // little-endian RGBA: alpha in the high byte
    }
}
