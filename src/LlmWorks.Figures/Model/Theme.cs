namespace LlmWorks.Figures.Model;

/// <summary>Colours and type sizes of a figure. Sizes are in CSS pixels.</summary>
public sealed record Theme(
    string Name,
    Rgba Background,
    Rgba PlotBackground,
    Rgba Text,
    Rgba MutedText,
    Rgba Grid,
    Rgba Axis,
    Rgba ReadoutBackground,
    double TitleSize,
    double LabelSize,
    double TickSize,
    bool Transparent = false)
{
    /// <summary>The site's light theme (palette of the original explorers).</summary>
    public static Theme Light { get; } = new(
        "light", Rgba.Hex("#ffffff"), Rgba.Hex("#ffffff"), Rgba.Hex("#2c3e50"), Rgba.Hex("#7f8c8d"),
        Rgba.Hex("#e8ecef"), Rgba.Hex("#95a5a6"), Rgba.Hex("#ffffffe0"), 17, 13, 11.5);

    /// <summary>A dark theme for slides.</summary>
    public static Theme Dark { get; } = new(
        "dark", Rgba.Hex("#1e2329"), Rgba.Hex("#1e2329"), Rgba.Hex("#e8edf2"), Rgba.Hex("#9aa5b1"),
        Rgba.Hex("#323a44"), Rgba.Hex("#6b7785"), Rgba.Hex("#1e2329e0"), 17, 13, 11.5);

    /// <summary>The same theme with every type size multiplied by <paramref name="factor"/>.</summary>
    public Theme ScaleType(double factor) =>
        this with { TitleSize = TitleSize * factor, LabelSize = LabelSize * factor, TickSize = TickSize * factor };
}
