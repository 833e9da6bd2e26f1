using System.Runtime.InteropServices;
using SkiaSharp;

namespace LlmWorks.Figures.Encoders;

/// <summary>
/// The part of an APNG frame that changed since the previous frame: the smallest rectangle holding
/// every changed pixel, with unchanged pixels made fully transparent so they compress to almost
/// nothing and, blended OVER the previous frame, leave it as it was.
/// </summary>
internal sealed record ApngDelta(PixelRect Rect, byte[] Png, bool BlendOver)
{
    /// <summary>The delta from <paramref name="previous"/> to <paramref name="current"/> (same size).</summary>
    public static ApngDelta Between(RasterFrame previous, RasterFrame current)
    {
        if (PixelRect.Changed(previous, current) is not { } rect)
            return new ApngDelta(new PixelRect(0, 0, 1, 1), EncodePng(1, 1, new byte[4]), BlendOver: true);
        var prev = MemoryMarshal.Cast<byte, uint>(previous.Rgba.AsSpan());
        var cur = MemoryMarshal.Cast<byte, uint>(current.Rgba.AsSpan());
        var region = new uint[rect.Width * rect.Height];
        // OVER leaves a pixel unchanged only where the new pixel is fully transparent, and reproduces it
        // exactly only where it is fully opaque: a translucent changed pixel needs SOURCE for the whole rect.
        var over = true;
        for (var y = 0; y < rect.Height; y++)
        {
            var row = (rect.Y + y) * current.Width + rect.X;
            for (var x = 0; x < rect.Width; x++)
            {
                var c = cur[row + x];
                if (c == prev[row + x]) continue;
                region[y * rect.Width + x] = c;
                if (c >> 24 != 0xFF) over = false;
            }
        }
        if (!over)
        {
            for (var y = 0; y < rect.Height; y++)
                cur.Slice((rect.Y + y) * current.Width + rect.X, rect.Width).CopyTo(region.AsSpan(y * rect.Width, rect.Width));
        }
        return new ApngDelta(rect, EncodePng(rect.Width, rect.Height, MemoryMarshal.AsBytes(region.AsSpan()).ToArray()), over);
    }

    /// <summary>Straight RGBA pixels as a PNG with an RGBA (colour type 6) header, as every APNG frame must share.</summary>
    public static byte[] EncodePng(int width, int height, byte[] rgba)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var handle = GCHandle.Alloc(rgba, GCHandleType.Pinned);
        try
        {
            using var pixmap = new SKPixmap(info, handle.AddrOfPinnedObject(), width * 4);
            using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub | SKPngEncoderFilterFlags.Up, 6))
                ?? throw new InvalidOperationException("PNG encoding failed");
            return data.ToArray();
        }
        finally
        {
            handle.Free();
        }
    }
}
