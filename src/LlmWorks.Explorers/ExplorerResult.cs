using LlmWorks.Figures.Model;

namespace LlmWorks.Explorers;

/// <summary>Everything a page shows: its views, and per scenario the read-outs and figures.</summary>
/// <param name="Views">The page's view names, in the author's order.</param>
/// <param name="Scenarios">One result per scenario, in the author's order.</param>
/// <param name="Facts">Page-wide computed facts (e.g. the optimum), shown once.</param>
public sealed record ExplorerResult(IReadOnlyList<string> Views, IReadOnlyList<ScenarioResult> Scenarios, IReadOnlyList<Readout> Facts);

/// <summary>One scenario's numbers, tables and figures.</summary>
public sealed record ScenarioResult(
    string Id,
    string Title,
    string? Description,
    IReadOnlyList<Readout> Readouts,
    IReadOnlyList<FigureAsset> Figures)
{
    /// <summary>Tables of computed numbers (e.g. a forward and a backward pass), shown after the read-outs.</summary>
    public IReadOnlyList<DataTable> Tables { get; init; } = [];
}

/// <summary>A table of already formatted, computed values.</summary>
/// <param name="Caption">What the table shows.</param>
/// <param name="Columns">Column headings.</param>
/// <param name="Rows">Rows of cells, each as many as <paramref name="Columns"/>.</param>
/// <param name="Footer">Optional last row (e.g. means), drawn emphasised.</param>
public sealed record DataTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string>? Footer = null);

/// <summary>A labelled, already formatted number (the value is computed, never typed by hand).</summary>
public sealed record Readout(string Label, string Value);

/// <summary>
/// One view of one scenario. <see cref="Build"/> makes the figure for a size and theme, so the site,
/// slides and print can each ask for their own; <see cref="Animate"/> is set for animated views.
/// </summary>
public sealed record FigureAsset(
    string View,
    string Caption,
    string AltText,
    FigureSize DefaultSize,
    Func<FigureStyle, Figure> Build,
    Func<FigureStyle, AnimationTiming, Animation>? Animate = null)
{
    /// <summary>How the animation plays by default (frames and fps, usually from the scenario); ignored for stills.</summary>
    public AnimationTiming Timing { get; init; } = new();
}

/// <summary>A figure's size in CSS pixels.</summary>
public readonly record struct FigureSize(int Width, int Height);

/// <summary>Size and theme a figure is built for.</summary>
public sealed record FigureStyle(FigureSize Size, Theme Theme);

/// <summary>How many frames an animation has and how fast it plays.</summary>
public sealed record AnimationTiming(int Frames = 60, double Fps = 20)
{
    /// <summary>How long one pass takes, in seconds.</summary>
    public double Seconds => Frames / Fps;
}
