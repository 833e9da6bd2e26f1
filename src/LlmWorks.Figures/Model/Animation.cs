namespace LlmWorks.Figures.Model;

/// <summary>
/// An animation: a static base figure drawn once, and per frame the marks and read-outs that move.
/// Frame i is the base with <see cref="Frames"/>[i] laid on top, so raster writers can draw each
/// frame whole while the animated SVG writer draws the base once and animates only the overlays.
/// </summary>
/// <param name="Base">What every frame shares (surfaces, data points, axes).</param>
/// <param name="Frames">The moving part of each frame.</param>
/// <param name="Fps">Frames per second.</param>
/// <param name="Loop">Whether players loop the animation.</param>
public sealed record Animation(Figure Base, IReadOnlyList<FrameOverlay> Frames, double Fps = 20, bool Loop = true)
{
    /// <summary>
    /// The base figure, each panel keeping room for the read-outs of every frame: the layout is then the same whether a
    /// frame is drawn whole or as the still part with the frame's overlay on top.
    /// </summary>
    public Figure Base { get; init; } = WithReadoutRoom(Base, Frames);

    /// <summary>The whole figure of frame <paramref name="index"/>.</summary>
    public Figure FrameAt(int index)
    {
        var overlay = Frames[index];
        var panels = Base.Panels.Select((p, i) => i < overlay.Panels.Count ? overlay.Panels[i].ApplyTo(p) : p).ToList();
        return Base with { Panels = panels };
    }

    private static Figure WithReadoutRoom(Figure figure, IReadOnlyList<FrameOverlay> frames)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(frames);
        var panels = figure.Panels.Select((p, i) =>
        {
            var sets = frames.Where(f => i < f.Panels.Count).Select(f => f.Panels[i].Readouts).OfType<IReadOnlyList<string>>().ToList();
            return p with { ReadoutRoom = [.. sets.Prepend(p.Readouts).DistinctBy(l => string.Join('\n', l))] };
        }).ToList();
        return figure with { Panels = panels };
    }
}

/// <summary>The moving part of one frame: one entry per panel of the base figure.</summary>
public sealed record FrameOverlay(IReadOnlyList<PanelOverlay> Panels);

/// <summary>Marks added to one panel in one frame; read-outs replace the panel's read-outs when given.</summary>
public sealed record PanelOverlay(IReadOnlyList<Mark2D> Marks2D, IReadOnlyList<Mark3D> Marks3D, IReadOnlyList<string>? Readouts = null)
{
    /// <summary>No marks, read-outs unchanged.</summary>
    public static PanelOverlay Empty { get; } = new([], []);

    /// <summary>The panel with this overlay laid on top.</summary>
    public Panel ApplyTo(Panel panel)
    {
        var plot = panel.Plot switch
        {
            Chart2D c => c with { Marks = [.. c.Marks, .. Marks2D] },
            Surface3D s => s with { Marks = [.. s.Marks, .. Marks3D] },
            var other => other,
        };
        return panel with { Plot = plot, Readouts = Readouts ?? panel.Readouts };
    }
}
