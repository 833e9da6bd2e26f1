using LlmWorks.Explorers;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;

namespace LlmWorks.Site.Publishing;

/// <summary>The files one figure becomes on the site, and the jobs that render them.</summary>
public sealed record FigureFiles(string Id, string Png, string Png2x, string Svg, FigureSize Size)
{
    /// <summary>Names the files of <paramref name="asset"/> in scenario <paramref name="scenario"/>, relative to the page folder.</summary>
    public static FigureFiles For(string scenario, FigureAsset asset)
    {
        var stem = $"{scenario}-{asset.View}";
        return new FigureFiles($"fig-{stem}", stem + ".png", stem + "@2x.png", stem + ".svg", asset.DefaultSize);
    }

    /// <summary>The render jobs of this figure, writing under <paramref name="pageDir"/>.</summary>
    public IEnumerable<RenderJob> Jobs(string pageDir, string source, FigureAsset asset)
    {
        Figure Make() => asset.Build(new FigureStyle(Size, Theme.Light));
        yield return new RenderJob(pageDir + Png, source, () => FigureExport.Png(Make(), 1));
        yield return new RenderJob(pageDir + Png2x, source, () => FigureExport.Png(Make(), 2));
        yield return new RenderJob(pageDir + Svg, source, () => FigureExport.Svg(Make()));
    }
}

/// <summary>One output file to render: independent of every other, so jobs run in parallel.</summary>
public sealed record RenderJob(string Path, string Source, Func<byte[]> Render);
