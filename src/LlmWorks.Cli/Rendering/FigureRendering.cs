using LlmWorks.Explorers;
using LlmWorks.Figures.Encoders;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;

namespace LlmWorks.Cli.Rendering;

/// <summary>How to render one figure: format, style (size and theme), raster scale and animation timing.</summary>
/// <param name="Parallelism">Frames drawn at once; the bytes never depend on it.</param>
/// <param name="Preset">The preset, for what it keeps of a figure (a thumbnail keeps the first panel); null: all of it.</param>
internal sealed record RenderSettings(RenderFormat Format, FigureStyle Style, double Scale, AnimationTiming Timing, int Parallelism = 1, FigurePreset? Preset = null);

/// <summary>What a render produced: one file (empty name) or a numbered frame sequence.</summary>
internal sealed record RenderedFigure(IReadOnlyList<(string Name, byte[] Bytes)> Files, int Width, int Height, int Frames);

/// <summary>Turns a figure asset into the bytes of one format, through the same writers the site uses.</summary>
internal static class FigureRendering
{
    public static RenderedFigure Render(FigureAsset asset, RenderSettings s, string stem)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var (w, h) = (Pixels(s.Style.Size.Width, s), Pixels(s.Style.Size.Height, s));
        var preset = s.Preset ?? FigurePreset.Web;
        if (!s.Format.Animated)
        {
            var f = preset.Frame(asset.Build(s.Style));
            var bytes = s.Format.Name switch
            {
                "png" => FigureExport.Png(f, s.Scale),
                "svg" => FigureExport.Svg(f),
                _ => FigureExport.Pdf(f),
            };
            return new RenderedFigure([("", bytes)], w, h, 1);
        }
        var make = asset.Animate ?? throw new UsageException($"view '{asset.View}' is not animated");
        var a = preset.Frame(make(s.Style, s.Timing));
        var p = Math.Max(1, s.Parallelism);
        if (s.Format == RenderFormat.Frames)
            return new RenderedFigure(FrameSequence.Name(AnimationExport.PngFrames(a, s.Scale, p), stem), w, h, a.Frames.Count);
        var data = s.Format.Name switch
        {
            "apng" => AnimationExport.Apng(a, s.Scale, p),
            "gif" => AnimationExport.Gif(a, s.Scale, s.Style.Theme.Transparent, p),
            "webp" => AnimationExport.WebP(a, s.Scale, p),
            _ => AnimationExport.AnimatedSvg(a),
        };
        return new RenderedFigure([("", data)], w, h, a.Frames.Count);
    }

    /// <summary>Device pixels along one side, as the raster writers round them; vector formats keep CSS pixels.</summary>
    public static int Pixels(int cssPixels, RenderSettings s) =>
        s.Format.IsRaster ? Math.Max(1, (int)Math.Round(cssPixels * s.Scale)) : cssPixels;
}
