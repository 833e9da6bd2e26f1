using System.Buffers.Binary;

namespace LlmWorks.Figures.Encoders;

/// <summary>
/// Assembles animated PNG (APNG) files from frames that SkiaSharp already encoded as PNG.
/// No APNG writer for .NET is available to this project, and the container is small: the frames'
/// compressed image data is reused as is (frame 0 as IDAT, later frames as fdAT), nothing is re-encoded.
/// </summary>
public static class ApngEncoder
{
    private static readonly HashSet<string> NotCopied = ["IHDR", "IDAT", "IEND", "acTL", "fcTL", "fdAT", "tIME"];

    /// <summary>Builds an APNG whose every frame covers the whole canvas.</summary>
    /// <param name="pngFrames">Each frame as a complete PNG file; all must share width, height, bit depth, colour type and interlace.</param>
    /// <param name="delaysMs">Display time of each frame in milliseconds, one per frame.</param>
    /// <param name="loops">Number of plays; 0 loops forever.</param>
    /// <returns>The APNG file bytes; same input gives identical bytes.</returns>
    /// <exception cref="ArgumentException">No frames, mismatched counts, sizes or pixel formats, or a malformed PNG.</exception>
    public static byte[] Encode(IReadOnlyList<byte[]> pngFrames, IReadOnlyList<int> delaysMs, int loops = 0)
    {
        ArgumentNullException.ThrowIfNull(pngFrames);
        ArgumentNullException.ThrowIfNull(delaysMs);
        ArgumentOutOfRangeException.ThrowIfNegative(loops);
        if (pngFrames.Count == 0)
            throw new ArgumentException("an animation needs at least one frame", nameof(pngFrames));
        if (delaysMs.Count != pngFrames.Count)
            throw new ArgumentException($"{delaysMs.Count} delays given for {pngFrames.Count} frames", nameof(delaysMs));

        var frames = pngFrames.Select(f => PngChunks.Read(f, nameof(pngFrames))).ToList();
        var ihdr = frames[0][0].Data.Span;
        var width = BinaryPrimitives.ReadUInt32BigEndian(ihdr);
        var height = BinaryPrimitives.ReadUInt32BigEndian(ihdr[4..]);
        for (var i = 1; i < frames.Count; i++)
            CheckSameFormat(ihdr, frames[i][0].Data.Span, i);

        using var output = new MemoryStream();
        output.Write(PngChunks.Signature);
        PngChunks.Write(output, "IHDR", ihdr);
        Span<byte> actl = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(actl, (uint)frames.Count);
        BinaryPrimitives.WriteUInt32BigEndian(actl[4..], (uint)loops);
        PngChunks.Write(output, "acTL", actl);
        foreach (var chunk in frames[0].TakeWhile(c => c.Type != "IDAT").Where(c => !NotCopied.Contains(c.Type)))
            PngChunks.Write(output, chunk.Type, chunk.Data.Span);

        uint sequence = 0;
        for (var i = 0; i < frames.Count; i++)
        {
            if (delaysMs[i] < 0)
                throw new ArgumentException($"delay of frame {i} is negative", nameof(delaysMs));
            PngChunks.Write(output, "fcTL", FrameControl(sequence++, width, height, delaysMs[i]));
            var idats = frames[i].Where(c => c.Type == "IDAT").ToList();
            if (idats.Count == 0)
                throw new ArgumentException($"PNG frame {i} has no IDAT chunk", nameof(pngFrames));
            foreach (var idat in idats)
            {
                if (i == 0)
                {
                    PngChunks.Write(output, "IDAT", idat.Data.Span);
                    continue;
                }
                WriteFrameData(output, idat, sequence++);
            }
        }
        PngChunks.Write(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>
    /// Builds an APNG from raw frames, storing each frame after the first only as the rectangle that
    /// changed, with unchanged pixels transparent (blend OVER): animations whose still part is large
    /// (a surface under a moving ball) shrink by an order of magnitude. Decoders show exactly the frames given.
    /// </summary>
    /// <param name="frames">Straight RGBA frames, all of one size.</param>
    /// <param name="delaysMs">Display time of each frame in milliseconds, one per frame.</param>
    /// <param name="loops">Number of plays; 0 loops forever.</param>
    public static byte[] EncodeRaster(IReadOnlyList<RasterFrame> frames, IReadOnlyList<int> delaysMs, int loops = 0)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(delaysMs);
        ArgumentOutOfRangeException.ThrowIfNegative(loops);
        if (frames.Count == 0)
            throw new ArgumentException("an animation needs at least one frame", nameof(frames));
        if (delaysMs.Count != frames.Count)
            throw new ArgumentException($"{delaysMs.Count} delays given for {frames.Count} frames", nameof(delaysMs));
        if (frames.Any(f => f.Width != frames[0].Width || f.Height != frames[0].Height))
            throw new ArgumentException("all frames must have one size", nameof(frames));
        var first = PngChunks.Read(ApngDelta.EncodePng(frames[0].Width, frames[0].Height, frames[0].Rgba), nameof(frames));
        var deltas = new ApngDelta[frames.Count];
        Parallel.For(1, frames.Count, i => deltas[i] = ApngDelta.Between(frames[i - 1], frames[i]));

        using var output = new MemoryStream();
        output.Write(PngChunks.Signature);
        PngChunks.Write(output, "IHDR", first[0].Data.Span);
        Span<byte> actl = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(actl, (uint)frames.Count);
        BinaryPrimitives.WriteUInt32BigEndian(actl[4..], (uint)loops);
        PngChunks.Write(output, "acTL", actl);
        uint sequence = 0;
        PngChunks.Write(output, "fcTL", FrameControl(sequence++, PixelRect.Whole(frames[0]), delaysMs[0], blendOver: false));
        foreach (var idat in first.Where(c => c.Type == "IDAT"))
            PngChunks.Write(output, "IDAT", idat.Data.Span);
        for (var i = 1; i < frames.Count; i++)
        {
            var delta = deltas[i];
            PngChunks.Write(output, "fcTL", FrameControl(sequence++, delta.Rect, delaysMs[i], delta.BlendOver));
            foreach (var idat in PngChunks.Read(delta.Png, nameof(frames)).Where(c => c.Type == "IDAT"))
            {
                WriteFrameData(output, idat, sequence++);
            }
        }
        PngChunks.Write(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>An IDAT's compressed data re-labelled as an fdAT chunk with its sequence number.</summary>
    private static void WriteFrameData(Stream output, PngChunk idat, uint sequence)
    {
        var fdat = new byte[4 + idat.Data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(fdat, sequence);
        idat.Data.Span.CopyTo(fdat.AsSpan(4));
        PngChunks.Write(output, "fdAT", fdat);
    }

    private static void CheckSameFormat(ReadOnlySpan<byte> first, ReadOnlySpan<byte> other, int index)
    {
        if (!other[..8].SequenceEqual(first[..8]))
        {
            throw new ArgumentException(
                $"PNG frame {index} is {BinaryPrimitives.ReadUInt32BigEndian(other)}x{BinaryPrimitives.ReadUInt32BigEndian(other[4..])}, " +
                $"frame 0 is {BinaryPrimitives.ReadUInt32BigEndian(first)}x{BinaryPrimitives.ReadUInt32BigEndian(first[4..])}: all frames must have one size",
                "pngFrames");
        }
        if (!other[8..].SequenceEqual(first[8..]))
            throw new ArgumentException($"PNG frame {index} differs from frame 0 in bit depth, colour type or interlace", "pngFrames");
    }

    private static byte[] FrameControl(uint sequence, uint width, uint height, int delayMs) =>
        FrameControl(sequence, new PixelRect(0, 0, (int)width, (int)height), delayMs, blendOver: false);

    private static byte[] FrameControl(uint sequence, PixelRect rect, int delayMs, bool blendOver)
    {
        var (width, height) = ((uint)rect.Width, (uint)rect.Height);
        var (num, den) = Delay(delayMs);
        var fctl = new byte[26];
        BinaryPrimitives.WriteUInt32BigEndian(fctl, sequence);
        BinaryPrimitives.WriteUInt32BigEndian(fctl.AsSpan(4), width);
        BinaryPrimitives.WriteUInt32BigEndian(fctl.AsSpan(8), height);
        BinaryPrimitives.WriteUInt32BigEndian(fctl.AsSpan(12), (uint)rect.X);
        BinaryPrimitives.WriteUInt32BigEndian(fctl.AsSpan(16), (uint)rect.Y);
        BinaryPrimitives.WriteUInt16BigEndian(fctl.AsSpan(20), num);
        BinaryPrimitives.WriteUInt16BigEndian(fctl.AsSpan(22), den);
        fctl[24] = 0; // dispose_op NONE: the next frame starts from this one
        fctl[25] = blendOver ? (byte)1 : (byte)0; // OVER keeps what a transparent pixel covers; SOURCE replaces it
        return fctl;
    }

    /// <summary>The delay as a fraction that fits two 16-bit fields: ms/1000, else cs/100, else s/1.</summary>
    internal static (ushort Num, ushort Den) Delay(int delayMs) => delayMs switch
    {
        <= ushort.MaxValue => ((ushort)delayMs, 1000),
        <= ushort.MaxValue * 10 => ((ushort)Math.Round(delayMs / 10.0, MidpointRounding.AwayFromZero), 100),
        _ => ((ushort)Math.Min(ushort.MaxValue, Math.Round(delayMs / 1000.0, MidpointRounding.AwayFromZero)), 1),
    };
}
