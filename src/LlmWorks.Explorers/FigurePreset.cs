using System.Globalization;
using LlmWorks.Figures.Model;

namespace LlmWorks.Explorers;

/// <summary>
/// Where a figure will be shown — the site, a slide, a printed page, the home page's thumbnails — as
/// a layout size in CSS pixels, a type size relative to the site's, and how many device pixels a
/// raster gets per CSS pixel. Vector formats (SVG, PDF) use the layout size; a PDF page is
/// 0.75 pt per CSS pixel.
/// </summary>
/// <param name="Name">The preset's name on the command line.</param>
/// <param name="Width">Layout width; null keeps the asset's default size.</param>
/// <param name="Height">Layout height; null with a width keeps the asset's aspect ratio.</param>
/// <param name="TypeScale">Every type size is multiplied by this (<see cref="Theme.ScaleType"/>).</param>
/// <param name="RasterScale">Device pixels per CSS pixel for PNG, GIF, APNG, WebP and frames.</param>
/// <param name="Description">One line for <c>--help</c>.</param>
/// <param name="FirstPanelOnly">Draw only the first panel, without figure or panel titles, read-outs and in-chart labels (a thumbnail's card has its own title).</param>
public sealed record FigurePreset(string Name, int? Width, int? Height, double TypeScale, double RasterScale, string Description, bool FirstPanelOnly = false)
{
    /// <summary>PDF points per CSS pixel (96 px = 72 pt = 1 in).</summary>
    public const double PointsPerPixel = 0.75;

    /// <summary>The asset's own size, exactly what the site shows.</summary>
    public static FigurePreset Web { get; } = new("web", null, null, 1, 1, "the asset's own size, as on the site");

    /// <summary>
    /// 1920×1080 device pixels: laid out at 960×540 and drawn at 2×, so lines and markers keep the
    /// proportions of the site's figures, with type 1.3× larger to read from the back of a room.
    /// </summary>
    public static FigurePreset Slide { get; } = new("slide", 960, 540, 1.3, 2, "1920x1080 px (960x540 at 2x), type 1.3x for a projector");

    /// <summary>
    /// 6.5 in wide (the text width of a US-letter page with 1 in margins): 624 CSS px = 468 pt, the
    /// asset's aspect ratio, type at 0.9× (8–11.5 pt on paper), rasters at 300 dpi.
    /// </summary>
    public static FigurePreset Print { get; } = new("print", 624, null, 0.9, 300.0 / 96, "6.5 in wide (624 px = 468 pt), type 0.9x, PNG at 300 dpi");

    /// <summary>
    /// The home page's thumbnails: the first panel alone, 480×320, shown at half size in a card (so a 2× raster there),
    /// with type 1.8× so tick labels stay legible at that size.
    /// </summary>
    public static FigurePreset Thumbnail { get; } =
        new("thumbnail", 480, 320, 1.8, 1, "480x320 px, first panel only, type 1.8x: as on the home page", FirstPanelOnly: true);

    /// <summary>Every preset, the default first.</summary>
    public static IReadOnlyList<FigurePreset> All { get; } = [Web, Slide, Print, Thumbnail];

    /// <summary>The preset called <paramref name="name"/>, or null.</summary>
    public static FigurePreset? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    /// <summary>The layout size this preset gives <paramref name="asset"/>.</summary>
    public FigureSize SizeFor(FigureAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var d = asset.DefaultSize;
        return (Width, Height) switch
        {
            ({ } w, { } h) => new FigureSize(w, h),
            ({ } w, null) => new FigureSize(w, Math.Max(1, (int)Math.Round(w * (double)d.Height / d.Width, MidpointRounding.AwayFromZero))),
            _ => d,
        };
    }

    /// <summary>The style to build <paramref name="asset"/> with: <paramref name="size"/> (or this preset's) and the theme with this preset's type scale.</summary>
    public FigureStyle Style(FigureAsset asset, Theme theme, FigureSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return new FigureStyle(size ?? SizeFor(asset), TypeScale == 1 ? theme : theme.ScaleType(TypeScale));
    }

    /// <summary><paramref name="figure"/> as this preset shows it (for a thumbnail, its first panel alone).</summary>
    public Figure Frame(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (!FirstPanelOnly)
            return figure;
        var first = figure.Panels[0];
        // Labels inside a chart are read-outs too; at thumbnail type they would pile up over the curve.
        var plot = first.Plot is Chart2D chart ? chart with { Marks = WithoutLabels(chart.Marks) } : first.Plot;
        var panel = first with { Title = "", Subtitle = null, Readouts = [], ReadoutRoom = null, Plot = plot };
        return figure with { Panels = [panel], Columns = 1, Title = null, ColumnWeights = null };
    }

    /// <summary><paramref name="animation"/> as this preset shows it: every frame framed as <see cref="Frame(Figure)"/>.</summary>
    public Animation Frame(Animation animation)
    {
        ArgumentNullException.ThrowIfNull(animation);
        if (!FirstPanelOnly)
            return animation;
        var frames = animation.Frames.Select(f => new FrameOverlay([.. f.Panels.Take(1).Select(p => p with { Readouts = [], Marks2D = WithoutLabels(p.Marks2D) })])).ToList();
        return new Animation(Frame(animation.Base), frames, animation.Fps, animation.Loop);
    }

    private static IReadOnlyList<Mark2D> WithoutLabels(IReadOnlyList<Mark2D> marks) => [.. marks.Where(m => m is not TextMark)];

    /// <summary>"web, slide, print, thumbnail".</summary>
    public static string Names => string.Join(", ", All.Select(p => p.Name));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}: {Description}");
}
