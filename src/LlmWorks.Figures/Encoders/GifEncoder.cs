using System.Text;

namespace LlmWorks.Figures.Encoders;

/// <summary>
/// Writes animated GIF89a files for slides (PowerPoint, Google Slides) and places without APNG or WebP.
/// No GIF encoder for .NET is available to this project, so this one is ours: one global palette for the
/// whole animation (exact when it has at most 256 colours, deterministic median cut otherwise), nearest
/// colour without dithering, and after the first frame only the rectangle that changed is stored.
/// </summary>
public static class GifEncoder
{
    /// <summary>Shortest delay written, in centiseconds; browsers stretch shorter ones anyway.</summary>
    public const int MinDelayCentiseconds = 2;

    /// <summary>Encodes the frames as one animated GIF.</summary>
    /// <param name="frames">Frames of one size; alpha is ignored unless <paramref name="transparent"/> is set.</param>
    /// <param name="loops">
    /// Number of plays; 0 loops forever. 1 writes no NETSCAPE2.0 block (plays once); n &gt; 1 writes a repeat count of n - 1.
    /// </param>
    /// <param name="transparent">
    /// Map pixels with alpha below 128 to a transparent index. When any pixel is transparent, each frame is stored as
    /// the box around its opaque pixels with disposal "restore to background", so pixels that turn transparent show correctly.
    /// </param>
    /// <returns>The GIF file bytes; same input gives identical bytes.</returns>
    /// <exception cref="ArgumentException">No frames, or frames of different sizes or malformed pixel buffers.</exception>
    public static byte[] Encode(IReadOnlyList<RasterFrame> frames, int loops = 0, bool transparent = false)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentOutOfRangeException.ThrowIfNegative(loops);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(loops, ushort.MaxValue + 1);
        if (frames.Count == 0)
            throw new ArgumentException("an animation needs at least one frame", nameof(frames));
        var first = frames[0];
        for (var i = 0; i < frames.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(frames[i], nameof(frames));
            frames[i].Validate(nameof(frames));
            if (frames[i].Width != first.Width || frames[i].Height != first.Height)
            {
                throw new ArgumentException(
                    $"frame {i} is {frames[i].Width}x{frames[i].Height}, frame 0 is {first.Width}x{first.Height}: all frames must have one size",
                    nameof(frames));
            }
        }
        if (first.Width > ushort.MaxValue || first.Height > ushort.MaxValue)
            throw new ArgumentException("GIF frames are at most 65535 pixels wide and high", nameof(frames));

        var regions = new PixelRect?[frames.Count];
        regions[0] = PixelRect.Whole(first);
        for (var i = 1; i < frames.Count; i++)
            regions[i] = PixelRect.Changed(frames[i - 1], frames[i]);
        var palette = GifPalette.Build(frames, regions, transparent);

        using var output = new MemoryStream();
        WriteHeader(output, first, palette);
        if (loops != 1)
            WriteLoop(output, loops == 0 ? 0 : loops - 1);
        var lzw = new GifLzwEncoder();
        var indices = new byte[first.Width * first.Height];
        var minCodeSize = Math.Max(2, palette.Bits);
        for (var i = 0; i < frames.Count; i++)
        {
            // With transparent pixels, a pixel that turns transparent cannot be drawn over the previous frame:
            // each frame stores the box around its opaque pixels and is restored to background (cleared) after
            // it is shown, so the next frame starts from an empty canvas. Without them, store only the change.
            var clear = palette.TransparentIndex >= 0;
            var rect = (clear ? PixelRect.Opaque(frames[i]) : regions[i]) ?? new PixelRect(0, 0, 1, 1);
            var disposal = clear ? 2 : 1;
            WriteGraphicControl(output, frames[i].DelayCentiseconds, disposal, palette.TransparentIndex);
            WriteImageDescriptor(output, rect);
            var span = indices.AsSpan(0, rect.Width * rect.Height);
            palette.Map(frames[i], rect, span);
            lzw.Encode(span, minCodeSize, output);
        }
        output.WriteByte(0x3B); // trailer
        return output.ToArray();
    }

    private static void WriteHeader(Stream output, RasterFrame first, GifPalette palette)
    {
        output.Write("GIF89a"u8);
        WriteUInt16(output, first.Width);
        WriteUInt16(output, first.Height);
        output.WriteByte((byte)(0x80 | (7 << 4) | (palette.Bits - 1))); // global table, 8-bit colour resolution
        output.WriteByte((byte)Math.Max(0, palette.TransparentIndex)); // background colour index
        output.WriteByte(0); // pixel aspect ratio: none given
        var table = new byte[3 << palette.Bits];
        for (var i = 0; i < palette.Colors.Length; i++)
        {
            var c = palette.Colors[i];
            table[3 * i] = (byte)c;
            table[3 * i + 1] = (byte)(c >> 8);
            table[3 * i + 2] = (byte)(c >> 16);
        }
        output.Write(table);
    }

    private static void WriteLoop(Stream output, int repeats)
    {
        output.Write([0x21, 0xFF, 11]);
        output.Write(Encoding.ASCII.GetBytes("NETSCAPE2.0"));
        output.Write([3, 1]);
        WriteUInt16(output, repeats);
        output.WriteByte(0);
    }

    private static void WriteGraphicControl(Stream output, int delayCentiseconds, int disposal, int transparentIndex)
    {
        output.Write([0x21, 0xF9, 4]);
        output.WriteByte((byte)((disposal << 2) | (transparentIndex >= 0 ? 1 : 0)));
        WriteUInt16(output, Math.Clamp(delayCentiseconds, MinDelayCentiseconds, ushort.MaxValue));
        output.WriteByte((byte)Math.Max(0, transparentIndex));
        output.WriteByte(0);
    }

    private static void WriteImageDescriptor(Stream output, PixelRect rect)
    {
        output.WriteByte(0x2C);
        WriteUInt16(output, rect.X);
        WriteUInt16(output, rect.Y);
        WriteUInt16(output, rect.Width);
        WriteUInt16(output, rect.Height);
        output.WriteByte(0); // no local colour table, not interlaced
    }

    private static void WriteUInt16(Stream output, int value)
    {
        output.WriteByte((byte)value);
        output.WriteByte((byte)(value >> 8));
    }
}
