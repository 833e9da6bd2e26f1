using System.Diagnostics;
using System.Globalization;
using LlmWorks.Explorers;
using LlmWorks.Figures.Encoders;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;
using LlmWorks.Testing;

namespace LlmWorks.Benchmarks;

/// <summary>
/// <c>--quick</c>: best-of-N wall times of each stage (figure build, one frame, all frames, GIF encoding),
/// to see where the bundle's time goes without a full BenchmarkDotNet run.
/// </summary>
internal static class QuickTiming
{
    public static void Run(TextWriter o, int repeats = 5)
    {
        var sse = SsePage.Load(RepoPaths.Content);
        var style = new FigureStyle(new FigureSize(960, 540), Theme.Light);
        var timing = new AnimationTiming(60, 20);
        var cores = Environment.ProcessorCount;
        var still = sse.Surface.Build(style);
        var anim = sse.Animate(still, timing);
        Time(o, repeats, "surface: build figure", () => sse.Surface.Build(style));
        Time(o, repeats, "surface: png", () => FigureExport.Png(still));
        Time(o, repeats, "scatter: build + png", () => FigureExport.Png(sse.Scatter.Build(style)));
        Time(o, repeats, "animation: build", () => sse.Animate(sse.Surface.Build(style), timing));
        Time(o, repeats, "one frame raster (whole figure)", () => FigureExport.Raster(anim.FrameAt(30)).Dispose());
        Time(o, repeats, "surface scene (layout + projection + depth order)", () => LlmWorks.Figures.Rendering.FigureRenderer.Project(still, 0));
        using (var rasterizer = new FrameRasterizer(anim, 1))
            Time(o, repeats, $"one frame raster (still part reused: {rasterizer.ReusesStillPart})", () => rasterizer.Frame(30).Dispose());
        using (var premul = FigureExport.DrawPremultiplied(still, 1, null, null))
        {
            Time(o, repeats, "  frame part: copy 960x540 premul", () => FigureExport.DrawPremultiplied(still with { Panels = [] }, 1, [], premul).Dispose());
            Time(o, repeats, "  frame part: overlay draw (ball, label, read-outs)", () => FigureExport.DrawPremultiplied(still, 1, [anim.Frames[30].Panels[0]], premul).Dispose());
            Time(o, repeats, "  frame part: unpremultiply", () => FigureExport.Unpremultiply(premul).Dispose());
            using var straight = FigureExport.Unpremultiply(premul);
            Time(o, repeats, "  frame part: managed copy (SKBitmap.Bytes)", () => _ = straight.Bytes);
        }
        List<RasterFrame>? frames = null;
        Time(o, repeats, $"60 frames raster, {cores} threads", () => frames = AnimationExport.RasterFrames(anim, 1, cores));
        Time(o, repeats, "gif encode 60 frames", () => GifEncoder.Encode(frames!, 0, false));
        var regions = new PixelRect?[frames!.Count];
        Time(o, repeats, "  gif: changed regions", () =>
        {
            regions[0] = PixelRect.Whole(frames[0]);
            for (var i = 1; i < frames.Count; i++) regions[i] = PixelRect.Changed(frames[i - 1], frames[i]);
        });
        o.WriteLine($"  changed area of frame 30: {regions[30]}");
        GifPalette? palette = null;
        Time(o, repeats, "  gif: palette", () => palette = GifPalette.Build(frames, regions, false));
        Time(o, repeats, "  gif: map + lzw", () =>
        {
            var p = GifPalette.Build(frames, regions, false);
            var lzw = new GifLzwEncoder();
            var indices = new byte[frames[0].Width * frames[0].Height];
            using var ms = new MemoryStream();
            for (var i = 0; i < frames.Count; i++)
            {
                var rect = regions[i] ?? new PixelRect(0, 0, 1, 1);
                var span = indices.AsSpan(0, rect.Width * rect.Height);
                p.Map(frames[i], rect, span);
                lzw.Encode(span, Math.Max(2, p.Bits), ms);
            }
        });
        Time(o, repeats, $"gif total, {cores} threads", () => AnimationExport.Gif(anim, parallelism: cores));
        Time(o, repeats, "bundle (scatter png + surface png + gif)", () =>
        {
            FigureExport.Png(sse.Scatter.Build(style));
            FigureExport.Png(sse.Surface.Build(style));
            AnimationExport.Gif(sse.Animate(sse.Surface.Build(style), timing), parallelism: cores);
        });
    }

    /// <summary>Best wall time and best CPU time of the process (all threads) over the repeats: CPU time is less disturbed by other load.</summary>
    private static void Time(TextWriter o, int repeats, string what, Action action)
    {
        action();
        var (wall, cpu) = (double.MaxValue, double.MaxValue);
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < repeats; i++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            action();
            wall = Math.Min(wall, clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpu0).TotalMilliseconds);
        }
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wall,9:F1} ms wall {cpu,9:F1} ms cpu  {what}"));
    }
}
