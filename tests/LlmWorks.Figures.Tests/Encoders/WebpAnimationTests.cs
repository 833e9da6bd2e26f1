using System.Runtime.InteropServices;
using LlmWorks.Figures.Encoders;
using SkiaSharp;

namespace LlmWorks.Figures.Tests.Encoders;

public sealed class WebpAnimationTests
{
    private static readonly List<RasterFrame> Frames = TestFrames.MovingCircle(count: 6, antialias: true, delayCs: 8);

    [Fact]
    public void SKCodec_reads_every_frame_with_its_duration()
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(WebpAnimation.Encode(Frames)));
        Assert.NotNull(codec);
        Assert.Equal(SKEncodedImageFormat.Webp, codec.EncodedFormat);
        Assert.Equal(Frames.Count, codec.FrameCount);
        Assert.All(codec.FrameInfo, f => Assert.Equal(80, f.Duration));
        Assert.Equal(-1, codec.RepetitionCount); // loops = 0: forever
    }

    [Fact]
    public void Loop_count_is_written_to_the_anim_chunk()
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(WebpAnimation.Encode(Frames, loops: 3)));
        Assert.Equal(2, codec.RepetitionCount); // Skia reports repeats after the first play
    }

    [Fact]
    public void Lossless_frames_decode_to_the_input_pixels()
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(WebpAnimation.Encode(Frames)));
        var info = new SKImageInfo(160, 90, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        for (var i = 0; i < Frames.Count; i++)
        {
            var pixels = new byte[info.BytesSize];
            var handle = GCHandle.Alloc(pixels, GCHandleType.Pinned);
            try
            {
                Assert.Equal(SKCodecResult.Success, codec.GetPixels(info, handle.AddrOfPinnedObject(), new SKCodecOptions(i)));
            }
            finally
            {
                handle.Free();
            }
            Assert.True(Frames[i].Rgba.AsSpan().SequenceEqual(pixels), $"frame {i} decodes to other pixels");
        }
    }

    [Fact]
    public void Lossy_encoding_also_decodes()
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(WebpAnimation.Encode(Frames, quality: 60, lossless: false)));
        Assert.Equal(Frames.Count, codec.FrameCount);
    }

    [Fact]
    public void Same_input_gives_identical_bytes()
    {
        Assert.Equal(WebpAnimation.Encode(Frames), WebpAnimation.Encode(TestFrames.MovingCircle(count: 6, antialias: true, delayCs: 8)));
        Assert.Equal(WebpAnimation.Encode(Frames, lossless: false), WebpAnimation.Encode(Frames, lossless: false));
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => WebpAnimation.Encode([]));
        Assert.Throws<ArgumentException>(() => WebpAnimation.Encode([Frames[0], TestFrames.MovingCircle(count: 1, width: 80)[0]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => WebpAnimation.Encode(Frames, quality: 101));
    }
}
