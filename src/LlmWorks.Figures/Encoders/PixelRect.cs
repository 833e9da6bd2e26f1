using System.Runtime.InteropServices;

namespace LlmWorks.Figures.Encoders;

/// <summary>A pixel rectangle inside a frame.</summary>
internal readonly record struct PixelRect(int X, int Y, int Width, int Height)
{
    /// <summary>The whole frame.</summary>
    public static PixelRect Whole(RasterFrame frame) => new(0, 0, frame.Width, frame.Height);

    /// <summary>
    /// The smallest rectangle holding every pixel where <paramref name="current"/> differs from
    /// <paramref name="previous"/>, or <c>null</c> when the frames are identical.
    /// </summary>
    public static PixelRect? Changed(RasterFrame previous, RasterFrame current)
    {
        var prev = MemoryMarshal.Cast<byte, uint>(previous.Rgba.AsSpan());
        var cur = MemoryMarshal.Cast<byte, uint>(current.Rgba.AsSpan());
        int w = current.Width, h = current.Height;
        var top = 0;
        while (top < h && cur.Slice(top * w, w).SequenceEqual(prev.Slice(top * w, w)))
            top++;
        if (top == h)
            return null;
        var bottom = h - 1;
        while (cur.Slice(bottom * w, w).SequenceEqual(prev.Slice(bottom * w, w)))
            bottom--;
        int left = w, right = -1;
        for (var y = top; y <= bottom; y++)
        {
            var a = cur.Slice(y * w, w);
            var b = prev.Slice(y * w, w);
            var first = a.CommonPrefixLength(b);
            if (first == w)
                continue;
            left = Math.Min(left, first);
            var last = w - 1;
            while (a[last] == b[last])
                last--;
            right = Math.Max(right, last);
        }
        return new PixelRect(left, top, right - left + 1, bottom - top + 1);
    }

    /// <summary>The smallest rectangle holding every pixel with alpha of 128 or more, or <c>null</c> when there is none.</summary>
    public static PixelRect? Opaque(RasterFrame frame)
    {
        var pixels = MemoryMarshal.Cast<byte, uint>(frame.Rgba.AsSpan());
        int w = frame.Width, h = frame.Height;
        int left = w, right = -1, top = -1, bottom = -1;
        for (var y = 0; y < h; y++)
        {
            var row = pixels.Slice(y * w, w);
            for (var x = 0; x < w; x++)
            {
                if (row[x] >> 24 < 128)
                    continue;
                if (top < 0)
                    top = y;
                bottom = y;
                left = Math.Min(left, x);
                var last = w - 1;
                while (row[last] >> 24 < 128)
                    last--;
                right = Math.Max(right, last);
                break;
            }
        }
        return top < 0 ? null : new PixelRect(left, top, right - left + 1, bottom - top + 1);
    }
}
