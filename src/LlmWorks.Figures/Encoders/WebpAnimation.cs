using System.Buffers.Binary;
using SkiaSharp;

namespace LlmWorks.Figures.Encoders;

/// <summary>
/// Animated WebP through SkiaSharp's <see cref="SKWebpEncoder.EncodeAnimated(ReadOnlySpan{SKWebpEncoderFrame}, SKWebpEncoderOptions)"/>
/// (libwebp's animation encoder). SkiaSharp exposes no loop count, so the ANIM chunk's loop field is set afterwards.
/// </summary>
public static class WebpAnimation
{
    /// <summary>Encodes the frames as one animated WebP.</summary>
    /// <param name="frames">Frames of one size, straight alpha.</param>
    /// <param name="loops">Number of plays; 0 loops forever.</param>
    /// <param name="quality">0..100: for lossy, image quality; for lossless, compression effort.</param>
    /// <param name="lossless">Lossless (exact pixels) or lossy (VP8) frames.</param>
    /// <returns>The WebP file bytes.</returns>
    /// <exception cref="ArgumentException">No frames, or frames of different sizes or malformed pixel buffers.</exception>
    /// <exception cref="InvalidOperationException">SkiaSharp failed to encode.</exception>
    /// <remarks>A single frame may come out as a still WebP without animation chunks.</remarks>
    public static byte[] Encode(IReadOnlyList<RasterFrame> frames, int loops = 0, int quality = 90, bool lossless = true)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentOutOfRangeException.ThrowIfNegative(loops);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(loops, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfNegative(quality);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        if (frames.Count == 0)
            throw new ArgumentException("an animation needs at least one frame", nameof(frames));
        for (var i = 0; i < frames.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(frames[i], nameof(frames));
            frames[i].Validate(nameof(frames));
            if (frames[i].Width != frames[0].Width || frames[i].Height != frames[0].Height)
                throw new ArgumentException($"frame {i} differs in size from frame 0: all frames must have one size", nameof(frames));
        }

        var bitmaps = new List<SKBitmap>(frames.Count);
        try
        {
            var encoderFrames = new SKWebpEncoderFrame[frames.Count];
            for (var i = 0; i < frames.Count; i++)
            {
                var f = frames[i];
                var bitmap = new SKBitmap(new SKImageInfo(f.Width, f.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
                bitmaps.Add(bitmap);
                f.Rgba.AsSpan().CopyTo(bitmap.GetPixelSpan());
                encoderFrames[i] = new SKWebpEncoderFrame(bitmap, TimeSpan.FromMilliseconds(f.DelayCentiseconds * 10.0));
            }
            var options = new SKWebpEncoderOptions(
                lossless ? SKWebpEncoderCompression.Lossless : SKWebpEncoderCompression.Lossy, quality);
            using var data = SKWebpEncoder.EncodeAnimated(encoderFrames, options)
                ?? throw new InvalidOperationException("SkiaSharp could not encode the animated WebP");
            var bytes = data.ToArray();
            SetLoopCount(bytes, loops);
            return bytes;
        }
        finally
        {
            foreach (var bitmap in bitmaps)
                bitmap.Dispose();
        }
    }

    /// <summary>Writes <paramref name="loops"/> into the ANIM chunk (bytes 4..5 of its payload, little-endian).</summary>
    internal static void SetLoopCount(byte[] webp, int loops)
    {
        var pos = 12; // "RIFF", size, "WEBP"
        while (pos + 8 <= webp.Length)
        {
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(pos + 4));
            if (webp.AsSpan(pos, 4).SequenceEqual("ANIM"u8) && size >= 6 && pos + 14 <= webp.Length)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(webp.AsSpan(pos + 12), (ushort)loops);
                return;
            }
            pos += 8 + size + (size & 1);
        }
        // No ANIM chunk: libwebp wrote a still image (one frame), which has nothing to loop.
    }
}
