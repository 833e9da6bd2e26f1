using LlmWorks.Figures.Projection;

namespace LlmWorks.Figures.Rendering;

/// <summary>Which axis a text belongs to, and whether it is a tick label or the axis's title.</summary>
internal enum AxisTextRole { UTick, VTick, LossTick, Title }

/// <summary>A text placed at a box point plus a fixed pixel offset; W×H is its on-screen extent.</summary>
internal sealed record AxisText(BoxPoint Anchor, string Text, double Size, bool Rotated, float Dx, float Dy, float W, float H,
    AxisTextRole Role = AxisTextRole.Title);

/// <summary>A tick mark: from a box point, a fixed pixel vector.</summary>
internal readonly record struct AxisTick(BoxPoint From, float Dx, float Dy);

/// <summary>
/// The axis box of a surface: back panes with gridlines and edges (drawn behind the surface),
/// ticks, tick labels and axis labels (drawn outside it), and what the view must fit.
/// </summary>
internal sealed class SurfaceAxesPlan
{
    /// <summary>Floor and the two back walls, as corner quadruples.</summary>
    public List<BoxPoint[]> Panes { get; } = [];

    /// <summary>Gridlines on the panes.</summary>
    public List<(BoxPoint A, BoxPoint B)> GridLines { get; } = [];

    /// <summary>Pane edges.</summary>
    public List<(BoxPoint A, BoxPoint B)> Edges { get; } = [];

    /// <summary>Tick marks.</summary>
    public List<AxisTick> Ticks { get; } = [];

    /// <summary>Tick labels and axis labels.</summary>
    public List<AxisText> Texts { get; } = [];

    /// <summary>Everything that must stay inside the panel.</summary>
    public List<FitItem> FitItems { get; } = [];
}
