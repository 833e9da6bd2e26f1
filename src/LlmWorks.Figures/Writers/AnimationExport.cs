using LlmWorks.Figures.Encoders;
using LlmWorks.Figures.Model;
using SkiaSharp;

namespace LlmWorks.Figures.Writers;

/// <summary>
/// Animation writers: every frame is drawn by the same renderer as a still; formats differ only in
/// how frames are encoded. Frames render in parallel when asked; the bytes never depend on it.
/// </summary>
public static class AnimationExport
{
    /// <summary>APNG: frame 0 whole, each later frame only its changed rectangle (SkiaSharp-encoded PNG data in acTL/fcTL/fdAT chunks).</summary>
    public static byte[] Apng(Animation a, double scale = 1, int parallelism = 1) =>
        ApngEncoder.EncodeRaster(RasterFrames(a, scale, parallelism), Enumerable.Repeat(DelayMs(a), a.Frames.Count).ToList(), a.Loop ? 0 : 1);

    /// <summary>GIF with one global palette, no dithering, delays of at least 2/100 s.</summary>
    public static byte[] Gif(Animation a, double scale = 1, bool transparent = false, int parallelism = 1) =>
        GifEncoder.Encode(RasterFrames(a, scale, parallelism), a.Loop ? 0 : 1, transparent);

    /// <summary>Animated WebP through SkiaSharp's encoder (lossless).</summary>
    public static byte[] WebP(Animation a, double scale = 1, int parallelism = 1) =>
        WebpAnimation.Encode(RasterFrames(a, scale, parallelism), a.Loop ? 0 : 1);

    /// <summary>Animated SVG: the base drawn once, each frame's overlay shown in its time slot (CSS), honouring reduced motion.</summary>
    public static byte[] AnimatedSvg(Animation a)
    {
        var baseSvg = Text(FigureExport.SvgAnimationBase(a));
        var overlays = Enumerable.Range(0, a.Frames.Count).Select(i => Text(FigureExport.SvgOverlay(a, i))).ToList();
        return new System.Text.UTF8Encoding(false).GetBytes(AnimatedSvgComposer.Compose(baseSvg, overlays, a.Fps, a.Loop));
    }

    /// <summary>Every frame as a PNG, in order.</summary>
    public static IReadOnlyList<byte[]> PngFrames(Animation a, double scale = 1, int parallelism = 1) =>
        Render(a, scale, parallelism, FigureExport.EncodePng);

    /// <summary>Every frame as straight RGBA with the GIF delay, in order.</summary>
    internal static List<RasterFrame> RasterFrames(Animation a, double scale, int parallelism)
    {
        var cs = Math.Max(GifEncoder.MinDelayCentiseconds, (int)Math.Round(100 / a.Fps));
        return Render(a, scale, parallelism, bitmap => new RasterFrame(bitmap.Width, bitmap.Height, bitmap.Bytes, cs)).ToList();
    }

    /// <summary>Draws every frame (the still part once, when it can be reused) and converts each as it is drawn.</summary>
    private static T[] Render<T>(Animation a, double scale, int parallelism, Func<SKBitmap, T> convert)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Frames.Count == 0) throw new ArgumentException("an animation needs at least one frame");
        using var frames = new FrameRasterizer(a, scale);
        var result = new T[a.Frames.Count];
        Parallel.For(0, result.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            using var bitmap = frames.Frame(i);
            result[i] = convert(bitmap);
        });
        return result;
    }

    private static int DelayMs(Animation a) => (int)Math.Round(1000 / a.Fps);

    private static string Text(byte[] utf8) => System.Text.Encoding.UTF8.GetString(utf8);
}
