using LlmWorks.Explorers;
using LlmWorks.Figures.Model;

namespace LlmWorks.Site.Publishing;

/// <summary>
/// The home page's picture of a page: its thumbnail figure through the <see cref="FigurePreset.Thumbnail"/> preset (first
/// panel alone, type enlarged so it survives being shown small), exactly what <c>llmworks render --preset thumbnail</c> draws.
/// </summary>
public static class Thumbnail
{
    /// <summary>Thumbnail size on the home page, in CSS pixels.</summary>
    public static readonly FigureSize Size = new(FigurePreset.Thumbnail.Width!.Value, FigurePreset.Thumbnail.Height!.Value);

    /// <summary>The thumbnail figure of <paramref name="asset"/>.</summary>
    public static Figure Of(FigureAsset asset, Theme theme) =>
        FigurePreset.Thumbnail.Frame(asset.Build(FigurePreset.Thumbnail.Style(asset, theme)));
}
