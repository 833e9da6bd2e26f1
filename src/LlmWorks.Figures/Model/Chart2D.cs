namespace LlmWorks.Figures.Model;

/// <summary>A 2D chart: two linear axes and marks drawn in order (later marks on top).</summary>
/// <param name="X">The horizontal axis.</param>
/// <param name="Y">The vertical axis.</param>
/// <param name="Marks">What is drawn, in order.</param>
/// <param name="ShowLegend">Whether marks with a legend label get a legend.</param>
/// <param name="LegendBelow">
/// The legend goes in a strip under the x-axis label instead of in a corner of the plot: for charts whose every
/// corner holds data (shaded regions, many markers).
/// </param>
public sealed record Chart2D(Axis X, Axis Y, IReadOnlyList<Mark2D> Marks, bool ShowLegend = false, bool LegendBelow = false) : Plot;

/// <summary>A linear axis over [Min, Max] with a label (ticks are chosen by the renderer).</summary>
public sealed record Axis(string Label, double Min, double Max);

/// <summary>A point in data units.</summary>
public readonly record struct Point2(double X, double Y);

/// <summary>Dash pattern of a stroke.</summary>
public enum Dash { Solid, Dashed, Dotted }

/// <summary>Something drawn on a 2D chart, in data units. Marks are clipped to the plot area.</summary>
public abstract record Mark2D(string? LegendLabel = null);

/// <summary>Filled circles with an outline.</summary>
public sealed record ScatterMark(IReadOnlyList<Point2> Points, Rgba Fill, double Radius = 6, Rgba? Outline = null, string? Legend = null)
    : Mark2D(Legend);

/// <summary>A polyline through the points (a model line, a sampled curve, a loss-per-step curve).</summary>
public sealed record LineMark(IReadOnlyList<Point2> Points, Rgba Color, double Width = 2.5, Dash Dash = Dash.Solid, string? Legend = null)
    : Mark2D(Legend);

/// <summary>Independent segments (e.g. residuals from each point to the model).</summary>
public sealed record SegmentsMark(IReadOnlyList<(Point2 From, Point2 To)> Segments, Rgba Color, double Width = 1, Dash Dash = Dash.Dashed, string? Legend = null)
    : Mark2D(Legend);

/// <summary>A full-width horizontal or full-height vertical reference line.</summary>
public sealed record RuleMark(bool Horizontal, double Value, Rgba Color, double Width = 1, Dash Dash = Dash.Dashed, string? Label = null)
    : Mark2D((string?)null);

/// <summary>A text label anchored at a data point, offset in pixels.</summary>
public sealed record TextMark(Point2 At, string Text, Rgba Color, double DxPx = 0, double DyPx = 0, TextAnchor Anchor = TextAnchor.Start)
    : Mark2D((string?)null);

/// <summary>Horizontal placement of a text relative to its anchor point.</summary>
public enum TextAnchor { Start, Middle, End }

/// <summary>Marker shapes for single highlighted points.</summary>
public enum MarkerShape { Circle, Diamond, Square }

/// <summary>One highlighted point (the current position, an optimum, a probe).</summary>
public sealed record PointMark(Point2 At, MarkerShape Shape, Rgba Fill, double Radius = 7, string? Legend = null)
    : Mark2D(Legend);

/// <summary>
/// Filled axis-aligned cells, each <paramref name="Width"/> × <paramref name="Height"/> data units centred on a point: a map
/// of flagged grid cells (e.g. where a loss is non-convex). All cells are filled as one shape, so neighbours show no seams.
/// </summary>
public sealed record CellsMark(IReadOnlyList<Point2> Centers, double Width, double Height, Rgba Fill, string? Legend = null)
    : Mark2D(Legend);
