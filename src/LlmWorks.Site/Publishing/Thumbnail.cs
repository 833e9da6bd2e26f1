using LlmWorks.Explorers;
using LlmWorks.Figures.Model;

namespace LlmWorks.Site.Publishing;

/// <summary>
/// The home page's picture of a page: its thumbnail figure's first panel alone, without title or
/// read-outs (the card has its own title), with type enlarged so it survives being shown small.
/// </summary>
public static class Thumbnail
{
    /// <summary>Thumbnail size on the home page, in CSS pixels.</summary>
    public static readonly FigureSize Size = new(FigurePreset.Thumbnail.Width ?? 480, FigurePreset.Thumbnail.Height ?? 320);

    /// <summary>The thumbnail figure of <paramref name="asset"/>.</summary>
    public static Figure Of(FigureAsset asset, Theme theme)
    {
        var figure = asset.Build(new FigureStyle(Size, theme.ScaleType(1.25)));
        var panel = figure.Panels[0] with { Title = "", Subtitle = null, Readouts = [] };
        return figure with { Panels = [panel], Columns = 1, Title = null };
    }
}
