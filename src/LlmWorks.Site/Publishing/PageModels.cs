using LlmWorks.Explorers;
using Scriban.Runtime;

namespace LlmWorks.Site.Publishing;

/// <summary>Builds the plain objects templates see; names become snake_case in Scriban.</summary>
internal static class PageModels
{
    public static ScriptObject Globals(string pageTitle, string description, string root, string? breadcrumb)
    {
        var o = new ScriptObject();
        o.Import(new { PageTitle = pageTitle, Description = description, Root = root, Breadcrumb = breadcrumb });
        return o;
    }

    public static object Readouts(IEnumerable<Readout> readouts) =>
        readouts.Select(r => new { r.Label, r.Value }).ToList();

    public static object Figure(FigureFiles files, FigureAsset asset) => new
    {
        files.Id,
        files.Png,
        Png2x = files.Png2x,
        files.Svg,
        files.Size.Width,
        files.Size.Height,
        Alt = asset.AltText,
        asset.Caption,
        asset.View,
        Animated = false,
    };

    /// <summary>An animated figure: the APNG, the animated SVG, the first and last frames, and its timing in words.</summary>
    public static object Animation(AnimationFiles files, FigureAsset asset) => new
    {
        files.Id,
        files.Apng,
        Svg = files.AnimatedSvg,
        files.First,
        First2x = files.First2x,
        files.Last,
        Last2x = files.Last2x,
        files.Size.Width,
        files.Size.Height,
        Alt = asset.AltText,
        asset.Caption,
        asset.View,
        Animated = true,
        files.Timing.Frames,
        Fps = files.Timing.Fps.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        Seconds = files.Timing.Seconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>"../../" for a page two folders deep; "" for the home page.</summary>
    public static string RootFor(string sitePath) =>
        sitePath.Length == 0 ? "" : string.Concat(Enumerable.Repeat("../", sitePath.Count(c => c == '/') + 1));
}
