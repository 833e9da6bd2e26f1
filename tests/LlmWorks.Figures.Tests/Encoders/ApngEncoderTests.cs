using LlmWorks.Figures.Encoders;
using Xunit.Abstractions;

namespace LlmWorks.Figures.Tests.Encoders;

public sealed class ApngEncoderTests(ITestOutputHelper output)
{
    private static readonly List<RasterFrame> Frames = TestFrames.MovingCircle(count: 7, antialias: true);
    private static readonly List<byte[]> Pngs = TestFrames.Png(Frames);
    private static readonly int[] Delays = [40, 50, 60, 70, 80, 90, 100];

    [Fact]
    public void Every_chunk_has_a_valid_crc_and_the_layout_is_apng()
    {
        var chunks = PngTestReader.Chunks(ApngEncoder.Encode(Pngs, Delays));
        Assert.Equal("IHDR", chunks[0].Type);
        Assert.Equal(160u, PngTestReader.U32(chunks[0].Data, 0));
        Assert.Equal(90u, PngTestReader.U32(chunks[0].Data, 4));
        Assert.Equal("IEND", chunks[^1].Type);
        var types = chunks.Select(c => c.Type).ToList();
        Assert.True(types.IndexOf("acTL") < types.IndexOf("IDAT"), "acTL must come before IDAT");
        Assert.True(types.IndexOf("fcTL") < types.IndexOf("IDAT"), "frame 0's fcTL must come before IDAT");
        Assert.True(types.LastIndexOf("IDAT") < types.IndexOf("fdAT"), "IDAT (frame 0) must come before the first fdAT");
        Assert.Equal(Frames.Count, types.Count(t => t == "fcTL"));
    }

    [Fact]
    public void Actl_counts_frames_and_plays()
    {
        var chunks = PngTestReader.Chunks(ApngEncoder.Encode(Pngs, Delays, loops: 3));
        var actl = Assert.Single(chunks, c => c.Type == "acTL");
        Assert.Equal((uint)Frames.Count, PngTestReader.U32(actl.Data, 0));
        Assert.Equal(3u, PngTestReader.U32(actl.Data, 4));
        var forever = PngTestReader.Chunks(ApngEncoder.Encode(Pngs, Delays)).Single(c => c.Type == "acTL");
        Assert.Equal(0u, PngTestReader.U32(forever.Data, 4));
    }

    [Fact]
    public void Sequence_numbers_are_contiguous_and_frame_controls_carry_the_delays()
    {
        var chunks = PngTestReader.Chunks(ApngEncoder.Encode(Pngs, Delays));
        var sequenced = chunks.Where(c => c.Type is "fcTL" or "fdAT").ToList();
        Assert.Equal(Enumerable.Range(0, sequenced.Count).Select(i => (uint)i), sequenced.Select(c => PngTestReader.U32(c.Data, 0)));
        var controls = chunks.Where(c => c.Type == "fcTL").ToList();
        for (var i = 0; i < controls.Count; i++)
        {
            var d = controls[i].Data;
            Assert.Equal(26, d.Length);
            Assert.Equal(160u, PngTestReader.U32(d, 4));
            Assert.Equal(90u, PngTestReader.U32(d, 8));
            Assert.Equal(0u, PngTestReader.U32(d, 12));
            Assert.Equal(0u, PngTestReader.U32(d, 16));
            Assert.Equal(Delays[i] / 1000.0, PngTestReader.U16(d, 20) / (double)PngTestReader.U16(d, 22), 6);
        }
        // Each frame after the first holds its own image data as fdAT, right after its fcTL.
        var types = chunks.Select(c => c.Type).ToList();
        for (var i = 1; i < controls.Count; i++)
            Assert.Equal("fdAT", types[IndexOfNth(types, "fcTL", i) + 1]);
    }

    [Fact]
    public void Fdat_payload_is_the_source_frames_idat_data()
    {
        var chunks = PngTestReader.Chunks(ApngEncoder.Encode(Pngs, Delays));
        var fdats = chunks.Where(c => c.Type == "fdAT").Select(c => c.Data[4..]).ToList();
        var sourceIdats = Pngs.Skip(1).SelectMany(p => PngTestReader.Chunks(p).Where(c => c.Type == "IDAT").Select(c => c.Data)).ToList();
        Assert.Equal(sourceIdats, fdats);
    }

    [Fact]
    public void Same_input_gives_identical_bytes() =>
        Assert.Equal(ApngEncoder.Encode(Pngs, Delays), ApngEncoder.Encode(TestFrames.Png(TestFrames.MovingCircle(count: 7, antialias: true)), Delays));

    [Fact]
    public void Frames_of_different_sizes_are_rejected()
    {
        var other = TestFrames.Png(TestFrames.MovingCircle(count: 1, width: 80));
        var e = Assert.Throws<ArgumentException>(() => ApngEncoder.Encode([Pngs[0], other[0]], [10, 10]));
        Assert.Contains("one size", e.Message);
        Assert.Throws<ArgumentException>(() => ApngEncoder.Encode(Pngs, [10]));
        Assert.Throws<ArgumentException>(() => ApngEncoder.Encode([], []));
        Assert.Throws<ArgumentException>(() => ApngEncoder.Encode([[1, 2, 3]], [10]));
    }

    [Fact]
    public void Long_delays_still_fit_the_16_bit_fields()
    {
        Assert.Equal(((ushort)100, (ushort)1000), ApngEncoder.Delay(100));
        Assert.Equal(((ushort)7000, (ushort)100), ApngEncoder.Delay(70_000));
        Assert.Equal(((ushort)1000, (ushort)1), ApngEncoder.Delay(1_000_000));
    }

    [Fact]
    public void Ffmpeg_decodes_every_frame_to_the_input_pixels()
    {
        var file = Write(ApngEncoder.Encode(Pngs, Delays));
        var count = IndependentDecoders.FfprobeFrameCount(output, file);
        if (count is null)
            return;
        Assert.Equal(Frames.Count, count);
        var decoded = IndependentDecoders.FfmpegRgbaFrames(output, file, 160, 90)!;
        Assert.Equal(Frames.Count, decoded.Count);
        for (var i = 0; i < Frames.Count; i++)
            Assert.True(Frames[i].Rgba.AsSpan().SequenceEqual(decoded[i]), $"frame {i} decodes to other pixels");
    }

    [Fact]
    public void Frames_split_over_several_idat_chunks_keep_every_chunk()
    {
        // SkiaSharp writes one IDAT; libpng-style writers split the zlib stream, so split it here as they would.
        var frames = TestFrames.ViridisScene(count: 3, width: 640, height: 360);
        var pngs = TestFrames.Png(frames).Select(p => PngTestReader.SplitIdat(p, 1000)).ToList();
        var idatsPerFrame = pngs.Select(p => PngTestReader.Chunks(p).Count(c => c.Type == "IDAT")).ToList();
        output.WriteLine($"IDAT chunks per frame: {string.Join(", ", idatsPerFrame)}");
        Assert.All(idatsPerFrame, n => Assert.True(n > 1));
        var apng = ApngEncoder.Encode(pngs, [100, 100, 100]);
        var chunks = PngTestReader.Chunks(apng);
        Assert.Equal(idatsPerFrame[0], chunks.Count(c => c.Type == "IDAT"));
        Assert.Equal(idatsPerFrame.Skip(1).Sum(), chunks.Count(c => c.Type == "fdAT"));
        var decoded = IndependentDecoders.FfmpegRgbaFrames(output, Write(apng), 640, 360);
        if (decoded is null)
            return;
        Assert.Equal(frames.Count, decoded.Count);
        for (var i = 0; i < frames.Count; i++)
            Assert.True(frames[i].Rgba.AsSpan().SequenceEqual(decoded[i]), $"frame {i} decodes to other pixels");
    }

    [Fact]
    public void ImageMagick_reads_every_frame()
    {
        var file = Write(ApngEncoder.Encode(Pngs, Delays));
        var count = IndependentDecoders.ImageMagickFrameCount(output, "apng:" + file);
        if (count is not null)
            Assert.Equal(Frames.Count, count);
    }

    private static int IndexOfNth(List<string> items, string value, int n) =>
        items.Select((t, i) => (t, i)).Where(x => x.t == value).ElementAt(n).i;

    private static string Write(byte[] apng)
    {
        var file = Path.Combine(ExternalTools.TempDir(), "anim.apng");
        File.WriteAllBytes(file, apng);
        return file;
    }
}
