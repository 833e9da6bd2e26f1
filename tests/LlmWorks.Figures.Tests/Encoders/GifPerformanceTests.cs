using System.Diagnostics;
using LlmWorks.Figures.Encoders;
using Xunit.Abstractions;

namespace LlmWorks.Figures.Tests.Encoders;

public sealed class GifPerformanceTests(ITestOutputHelper output)
{
    /// <summary>
    /// 60 frames of 960x540 (a gradient background of about 200 colours and a moving anti-aliased ball).
    /// The target is under 300 ms single-threaded; the assertion is looser so a busy CI machine does not flake.
    /// </summary>
    [Theory]
    [InlineData(200, false)] // about 200 colours: exact palette
    [InlineData(0, true)] // smooth gradient and anti-aliased ball, thousands of colours: median cut
    public void Sixty_frames_of_960x540_encode_quickly(int bands, bool antialias)
    {
        var frames = TestFrames.ViridisScene(count: 60, width: 960, height: 540, antialias, bands);
        var colours = TestFrames.DistinctColours(frames);
        GifEncoder.Encode(frames.Take(2).ToList()); // warm up the JIT
        var times = new List<double>();
        byte[] gif = [];
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            gif = GifEncoder.Encode(frames);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        output.WriteLine($"{colours} colours, {gif.Length} bytes, encode ms: {string.Join(", ", times.Select(t => t.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.Equal(60, GifTestDecoder.Decode(gif).Frames.Count);
        Assert.True(times.Min() < 1500, $"GIF encode took {times.Min():F0} ms (target < 300 ms)");
    }
}
