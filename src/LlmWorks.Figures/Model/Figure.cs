namespace LlmWorks.Figures.Model;

/// <summary>
/// A complete figure as plain data in data units: one or more panels laid out in a grid.
/// Renderers turn it into pixels, vectors or documents; nothing here touches a canvas.
/// </summary>
/// <param name="Width">Width in CSS pixels (a PNG at scale 2 has twice as many device pixels).</param>
/// <param name="Height">Height in CSS pixels.</param>
/// <param name="Theme">Colours and type sizes.</param>
/// <param name="Panels">Panels, filled row by row.</param>
/// <param name="Columns">How many panels per row.</param>
/// <param name="Title">Optional figure-wide title above all panels.</param>
/// <param name="ColumnWeights">Relative column widths (one per column, positive); null: equal columns.</param>
public sealed record Figure(
    int Width,
    int Height,
    Theme Theme,
    IReadOnlyList<Panel> Panels,
    int Columns = 1,
    string? Title = null,
    IReadOnlyList<double>? ColumnWeights = null)
{
    /// <summary>A figure of one panel.</summary>
    public static Figure Single(int width, int height, Theme theme, Panel panel) => new(width, height, theme, [panel]);
}

/// <summary>One plot with its title and read-outs.</summary>
/// <param name="Title">Panel title, drawn above the plot.</param>
/// <param name="Plot">What is drawn: a 2D chart or a 3D surface.</param>
/// <param name="Readouts">Lines of text drawn in a box at the panel's top-left corner (e.g. "SSE = 203.32").</param>
/// <param name="Subtitle">Optional smaller line under the title.</param>
/// <param name="ReadoutRoom">
/// Every set of read-out lines the panel shows in some frame of an animation (set by <see cref="Animation"/>), so
/// the plot is laid out around the largest box and stays put from frame to frame; null: room for <paramref name="Readouts"/>.
/// </param>
public sealed record Panel(string Title, Plot Plot, IReadOnlyList<string> Readouts, string? Subtitle = null,
    IReadOnlyList<IReadOnlyList<string>>? ReadoutRoom = null)
{
    /// <summary>The read-out sets the layout must leave room for.</summary>
    public IEnumerable<IReadOnlyList<string>> ReadoutSets => ReadoutRoom ?? [Readouts];
}

/// <summary>What a panel draws.</summary>
public abstract record Plot;
