using LlmWorks.Explorers;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;

namespace LlmWorks.Site.Publishing;

/// <summary>
/// The files one animated figure becomes: the APNG (<c>{stem}.png</c>, shown on the page), the animated SVG
/// (<c>{stem}.svg</c>), and PNG stills of the first and last frames at 1× and 2× (<c>{stem}-first.png</c>,
/// <c>{stem}-last@2x.png</c>, ...). The last frame is the still shown for reduced motion and when paused.
/// </summary>
public sealed record AnimationFiles(
    string Id, string Apng, string AnimatedSvg, string First, string First2x, string Last, string Last2x, FigureSize Size, AnimationTiming Timing)
{
    /// <summary>Names the files of animated <paramref name="asset"/> in scenario <paramref name="scenario"/>, relative to the page folder.</summary>
    public static AnimationFiles For(string scenario, FigureAsset asset)
    {
        var stem = $"{scenario}-{asset.View}";
        return new AnimationFiles($"fig-{stem}", stem + ".png", stem + ".svg", stem + "-first.png", stem + "-first@2x.png",
            stem + "-last.png", stem + "-last@2x.png", asset.DefaultSize, asset.Timing);
    }

    /// <summary>
    /// The render jobs, writing under <paramref name="pageDir"/>. The APNG and the stills are separate jobs, and
    /// the APNG's frames render with up to <paramref name="parallelism"/> threads inside its job; each frame is
    /// drawn alone into its own slot, so the bytes do not depend on either.
    /// </summary>
    public IEnumerable<RenderJob> Jobs(string pageDir, string source, FigureAsset asset, int parallelism)
    {
        var animate = asset.Animate ?? throw new ArgumentException($"figure '{asset.View}' is not animated", nameof(asset));
        Animation Make() => animate(new FigureStyle(Size, Theme.Light), Timing);
        Figure Frame(bool last) { var a = Make(); return a.FrameAt(last ? a.Frames.Count - 1 : 0); }
        yield return new RenderJob(pageDir + Apng, source, () => AnimationExport.Apng(Make(), 1, parallelism));
        yield return new RenderJob(pageDir + AnimatedSvg, source, () => AnimationExport.AnimatedSvg(Make()));
        yield return new RenderJob(pageDir + First, source, () => FigureExport.Png(Frame(false), 1));
        yield return new RenderJob(pageDir + First2x, source, () => FigureExport.Png(Frame(false), 2));
        yield return new RenderJob(pageDir + Last, source, () => FigureExport.Png(Frame(true), 1));
        yield return new RenderJob(pageDir + Last2x, source, () => FigureExport.Png(Frame(true), 2));
    }
}
