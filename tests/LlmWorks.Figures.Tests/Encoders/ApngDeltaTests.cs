using LlmWorks.Figures.Encoders;
using Xunit.Abstractions;

namespace LlmWorks.Figures.Tests.Encoders;

public sealed class ApngDeltaTests(ITestOutputHelper output)
{
    private static readonly List<RasterFrame> Scene = TestFrames.ViridisScene(count: 12, width: 320, height: 180, antialias: true);

    [Fact]
    public void Later_frames_store_only_the_changed_rectangle_blended_over()
    {
        var apng = ApngEncoder.EncodeRaster(Scene, Enumerable.Repeat(50, Scene.Count).ToList());
        var fctls = PngTestReader.Chunks(apng).Where(c => c.Type == "fcTL").Select(c => c.Data).ToList();
        Assert.Equal(Scene.Count, fctls.Count);
        Assert.Equal(320, ReadU32(fctls[0], 4));
        Assert.Equal(0, fctls[0][25]);
        foreach (var f in fctls.Skip(1))
        {
            Assert.True(ReadU32(f, 4) < 320 || ReadU32(f, 8) < 180, "a moving ball changes less than the whole frame");
            Assert.Equal(1, f[25]); // blend OVER: every changed pixel is opaque
        }
        var whole = ApngEncoder.Encode(TestFrames.Png(Scene), Enumerable.Repeat(50, Scene.Count).ToList());
        output.WriteLine($"delta {apng.Length} B, whole frames {whole.Length} B");
        Assert.True(apng.Length < whole.Length * 3 / 4);
    }

    [Fact]
    public void Ffmpeg_decodes_every_frame_to_exactly_the_input_pixels()
    {
        var file = Path.Combine(ExternalTools.TempDir(), "delta.apng");
        File.WriteAllBytes(file, ApngEncoder.EncodeRaster(Scene, Enumerable.Repeat(50, Scene.Count).ToList()));
        var decoded = IndependentDecoders.FfmpegRgbaFrames(output, file, 320, 180);
        if (decoded is null) return;
        Assert.Equal(Scene.Count, decoded.Count);
        for (var i = 0; i < Scene.Count; i++)
            Assert.True(Scene[i].Rgba.AsSpan().SequenceEqual(decoded[i]), $"frame {i} decodes to other pixels");
        var count = IndependentDecoders.ImageMagickFrameCount(output, "apng:" + file);
        if (count is not null) Assert.Equal(Scene.Count, count);
    }

    [Fact]
    public void Translucent_changes_and_identical_frames_still_decode_exactly()
    {
        var frames = TestFrames.TransparentCircle(count: 5);
        frames.Insert(2, frames[1]);
        var file = Path.Combine(ExternalTools.TempDir(), "translucent.apng");
        var apng = ApngEncoder.EncodeRaster(frames, Enumerable.Repeat(40, frames.Count).ToList());
        Assert.Equal(apng, ApngEncoder.EncodeRaster(frames, Enumerable.Repeat(40, frames.Count).ToList()));
        File.WriteAllBytes(file, apng);
        var decoded = IndependentDecoders.FfmpegRgbaFrames(output, file, 160, 90);
        if (decoded is null) return;
        Assert.Equal(frames.Count, decoded.Count);
        for (var i = 0; i < frames.Count; i++)
            Assert.True(frames[i].Rgba.AsSpan().SequenceEqual(decoded[i]), $"frame {i} decodes to other pixels");
    }

    private static int ReadU32(ReadOnlyMemory<byte> data, int at) =>
        (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data.Span[at..]);
}
