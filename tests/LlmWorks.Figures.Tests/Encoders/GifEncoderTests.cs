using LlmWorks.Figures.Encoders;
using Xunit.Abstractions;

namespace LlmWorks.Figures.Tests.Encoders;

public sealed class GifEncoderTests(ITestOutputHelper output)
{
    private static readonly List<RasterFrame> Frames = TestFrames.MovingCircle(count: 8, antialias: true);

    [Fact]
    public void Header_screen_and_global_colour_table()
    {
        var gif = GifEncoder.Encode(Frames);
        var d = GifTestDecoder.Decode(gif);
        Assert.Equal((160, 90), (d.Width, d.Height));
        var colours = TestFrames.DistinctColours(Frames);
        Assert.True(colours <= 256, $"test scene has {colours} colours");
        Assert.True(d.GlobalTableSize >= colours && d.GlobalTableSize < 2 * Math.Max(2, colours),
            $"table of {d.GlobalTableSize} for {colours} colours");
        Assert.Equal(0x3B, gif[^1]);
    }

    [Fact]
    public void Netscape_block_carries_the_loop_count()
    {
        Assert.Equal(0, GifTestDecoder.Decode(GifEncoder.Encode(Frames)).LoopCount);
        Assert.Equal(2, GifTestDecoder.Decode(GifEncoder.Encode(Frames, loops: 3)).LoopCount);
        Assert.Null(GifTestDecoder.Decode(GifEncoder.Encode(Frames, loops: 1)).LoopCount);
    }

    [Fact]
    public void Every_frame_has_a_delay_of_at_least_two_centiseconds()
    {
        var frames = Frames.Select((f, i) => f with { DelayCentiseconds = i % 3 }).ToList();
        var d = GifTestDecoder.Decode(GifEncoder.Encode(frames));
        Assert.Equal(frames.Count, d.Frames.Count);
        Assert.All(d.Frames, f => Assert.True(f.DelayCs >= 2));
        var normal = GifTestDecoder.Decode(GifEncoder.Encode(Frames));
        Assert.All(normal.Frames, f => Assert.Equal(5, f.DelayCs));
    }

    [Fact]
    public void Frames_decode_back_to_the_input_pixels_exactly()
    {
        var d = GifTestDecoder.Decode(GifEncoder.Encode(Frames));
        Assert.Equal(Frames.Count, d.Frames.Count);
        AssertSamePixels(Frames, d.Composite());
        Assert.Equal((0, 0, 160, 90), (d.Frames[0].X, d.Frames[0].Y, d.Frames[0].Width, d.Frames[0].Height));
        Assert.All(d.Frames.Skip(1), f => Assert.True(f.Width * f.Height < 160 * 90 / 2, "later frames store only the change"));
        Assert.All(d.Frames, f => Assert.Equal(1, f.Disposal));
    }

    [Fact]
    public void Long_lzw_streams_with_clear_codes_round_trip()
    {
        // 256 colours of pseudo-random noise: the string table fills many times, codes reach 12 bits.
        var random = new Random(1234);
        var frames = Enumerable.Range(0, 3).Select(_ =>
        {
            var rgba = new byte[300 * 200 * 4];
            for (var p = 0; p < rgba.Length; p += 4)
            {
                var c = random.Next(256);
                (rgba[p], rgba[p + 1], rgba[p + 2], rgba[p + 3]) = ((byte)c, (byte)(255 - c), (byte)(c * 7), 255);
            }
            return new RasterFrame(300, 200, rgba, 10);
        }).ToList();
        var d = GifTestDecoder.Decode(GifEncoder.Encode(frames));
        Assert.Equal(256, d.GlobalTableSize);
        AssertSamePixels(frames, d.Composite());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(17)]
    public void Small_palettes_round_trip(int colours)
    {
        var rgba = new byte[37 * 23 * 4];
        for (var p = 0; p < rgba.Length; p += 4)
            (rgba[p], rgba[p + 1], rgba[p + 2], rgba[p + 3]) = ((byte)(p / 4 % colours * 10), 20, 30, 255);
        var frames = new List<RasterFrame> { new(37, 23, rgba, 3), new(37, 23, rgba, 3) };
        var d = GifTestDecoder.Decode(GifEncoder.Encode(frames));
        Assert.Equal(Math.Max(2, (int)Math.Pow(2, Math.Ceiling(Math.Log2(colours)))), d.GlobalTableSize);
        Assert.Equal(2, d.Frames.Count);
        Assert.Equal((1, 1), (d.Frames[1].Width, d.Frames[1].Height)); // identical frame: a 1x1 placeholder
        AssertSamePixels(frames, d.Composite());
    }

    [Fact]
    public void More_than_256_colours_get_a_close_median_cut_palette()
    {
        var frames = TestFrames.ViridisScene(count: 4, width: 320, height: 180);
        var gradient = frames.Select(f =>
        {
            var rgba = (byte[])f.Rgba.Clone();
            for (var p = 0; p < rgba.Length; p += 4)
                rgba[p + 2] = (byte)(p / 4 / f.Width * 255 / f.Height); // vary blue down the frame: thousands of colours
            return f with { Rgba = rgba };
        }).ToList();
        Assert.True(TestFrames.DistinctColours(gradient) > 1000);
        var d = GifTestDecoder.Decode(GifEncoder.Encode(gradient));
        Assert.Equal(256, d.GlobalTableSize);
        var decoded = d.Composite();
        for (var i = 0; i < gradient.Count; i++)
        {
            double error = 0;
            for (var p = 0; p < decoded[i].Length; p += 4)
            {
                for (var c = 0; c < 3; c++)
                    error += Math.Abs(decoded[i][p + c] - gradient[i].Rgba[p + c]);
            }
            var mean = error / (decoded[i].Length / 4 * 3);
            Assert.True(mean < 6, $"frame {i}: mean channel error {mean:F2}");
        }
    }

    [Fact]
    public void Transparent_pixels_use_the_transparent_index_and_restore_to_background()
    {
        var frames = TestFrames.TransparentCircle();
        var d = GifTestDecoder.Decode(GifEncoder.Encode(frames, transparent: true));
        Assert.All(d.Frames, f => Assert.Equal(2, f.Disposal));
        Assert.All(d.Frames, f => Assert.True(f.TransparentIndex >= 0));
        Assert.All(d.Frames, f => Assert.True(f.Width * f.Height <= 31 * 31, "frames store only the box around the opaque pixels"));
        AssertTransparentMatches(frames, d.Composite());
    }

    [Fact]
    public void Transparent_option_on_opaque_frames_still_stores_only_the_change()
    {
        var d = GifTestDecoder.Decode(GifEncoder.Encode(Frames, transparent: true));
        Assert.All(d.Frames, f => Assert.Equal((1, -1), (f.Disposal, f.TransparentIndex)));
        AssertSamePixels(Frames, d.Composite());
    }

    [Fact]
    public void Ffmpeg_shows_transparent_frames_as_encoded()
    {
        var frames = TestFrames.TransparentCircle();
        var file = Write(GifEncoder.Encode(frames, transparent: true));
        var decoded = IndependentDecoders.FfmpegRgbaFrames(output, file, 160, 90);
        if (decoded is not null)
            AssertTransparentMatches(frames, decoded);
    }

    private static void AssertTransparentMatches(List<RasterFrame> frames, List<byte[]> decoded)
    {
        Assert.Equal(frames.Count, decoded.Count);
        for (var i = 0; i < frames.Count; i++)
        {
            for (var p = 0; p < decoded[i].Length; p += 4)
            {
                var opaque = frames[i].Rgba[p + 3] >= 128;
                Assert.Equal(opaque ? 255 : 0, decoded[i][p + 3]);
                if (opaque)
                    Assert.True(decoded[i].AsSpan(p, 3).SequenceEqual(frames[i].Rgba.AsSpan(p, 3)), $"frame {i} pixel {p / 4}");
            }
        }
    }

    [Fact]
    public void Same_input_gives_identical_bytes()
    {
        Assert.Equal(GifEncoder.Encode(Frames), GifEncoder.Encode(TestFrames.MovingCircle(count: 8, antialias: true)));
        var many = TestFrames.ViridisScene(count: 3, width: 200, height: 100);
        Assert.Equal(GifEncoder.Encode(many, transparent: true), GifEncoder.Encode(TestFrames.ViridisScene(count: 3, width: 200, height: 100), transparent: true));
    }

    [Fact]
    public void Frames_of_different_sizes_are_rejected()
    {
        var small = TestFrames.MovingCircle(count: 1, width: 80);
        var e = Assert.Throws<ArgumentException>(() => GifEncoder.Encode([Frames[0], small[0]]));
        Assert.Contains("one size", e.Message);
        Assert.Throws<ArgumentException>(() => GifEncoder.Encode([]));
        Assert.Throws<ArgumentException>(() => GifEncoder.Encode([new RasterFrame(2, 2, new byte[15], 5)]));
    }

    [Fact]
    public void Ffmpeg_decodes_every_frame_to_the_input_pixels()
    {
        var file = Write(GifEncoder.Encode(Frames));
        var count = IndependentDecoders.FfprobeFrameCount(output, file);
        if (count is null)
            return;
        Assert.Equal(Frames.Count, count);
        var decoded = IndependentDecoders.FfmpegRgbaFrames(output, file, 160, 90)!;
        AssertSamePixels(Frames, decoded);
    }

    [Fact]
    public void ImageMagick_reads_every_frame()
    {
        var file = Write(GifEncoder.Encode(Frames));
        var count = IndependentDecoders.ImageMagickFrameCount(output, file);
        if (count is not null)
            Assert.Equal(Frames.Count, count);
    }

    private static void AssertSamePixels(IReadOnlyList<RasterFrame> expected, IReadOnlyList<byte[]> decoded)
    {
        Assert.Equal(expected.Count, decoded.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var mismatch = Enumerable.Range(0, expected[i].Rgba.Length / 4)
                .FirstOrDefault(p => !expected[i].Rgba.AsSpan(p * 4, 3).SequenceEqual(decoded[i].AsSpan(p * 4, 3)), -1);
            Assert.True(mismatch < 0, $"frame {i} differs first at pixel {mismatch}");
        }
    }

    private static string Write(byte[] gif)
    {
        var file = Path.Combine(ExternalTools.TempDir(), "anim.gif");
        File.WriteAllBytes(file, gif);
        return file;
    }
}
