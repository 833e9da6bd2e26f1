using LlmWorks.Figures.Model;
using SkiaSharp;

namespace LlmWorks.Figures.Writers;

/// <summary>
/// Rasterises the frames of an animation. A 3D surface costs far more to draw than the ball moving
/// over it, so when only the last panel moves and it is a surface, everything up to that surface's marks
/// (background, titles, other panels, panes, mesh, axes) is drawn once, and each frame copies it and
/// draws all of the surface's marks and read-outs on top. That is exactly the sequence of draw calls of
/// the whole frame, so the pixels are identical (tests compare them); any other animation is drawn whole.
/// Thread-safe: frames may be asked for in parallel.
/// </summary>
internal sealed class FrameRasterizer : IDisposable
{
    private readonly Animation _animation;
    private readonly double _scale;
    private readonly Figure? _stillPart;
    private readonly SKBitmap? _still;

    public FrameRasterizer(Animation animation, double scale)
    {
        _animation = animation;
        _scale = scale;
        if (MovingSurface(animation) is { } index)
        {
            var panels = animation.Base.Panels.ToList();
            var p = panels[index];
            panels[index] = p with { Plot = ((Surface3D)p.Plot) with { Marks = [] }, Readouts = [] };
            _stillPart = animation.Base with { Panels = panels };
            _still = FigureExport.DrawPremultiplied(_stillPart, scale, null, null);
        }
    }

    /// <summary>Whether frames reuse the pre-drawn still part.</summary>
    public bool ReusesStillPart => _still is not null;

    /// <summary>Frame <paramref name="index"/> as straight RGBA; the caller disposes it.</summary>
    public SKBitmap Frame(int index)
    {
        if (_still is null)
            return FigureExport.Raster(_animation.FrameAt(index), _scale);
        var last = _animation.Base.Panels.Count - 1;
        var basePanel = _animation.Base.Panels[last];
        var overlay = index < 0 || index >= _animation.Frames.Count ? throw new ArgumentOutOfRangeException(nameof(index))
            : _animation.Frames[index].Panels.Count > last ? _animation.Frames[index].Panels[last] : PanelOverlay.Empty;
        var moving = new PanelOverlay([], [.. ((Surface3D)basePanel.Plot).Marks, .. overlay.Marks3D], overlay.Readouts ?? basePanel.Readouts);
        var overlays = Enumerable.Repeat(PanelOverlay.Empty, last).Append(moving).ToList();
        using var premul = FigureExport.DrawPremultiplied(_stillPart!, _scale, overlays, _still);
        return FigureExport.Unpremultiply(premul);
    }

    public void Dispose() => _still?.Dispose();

    /// <summary>
    /// The index of the one panel that moves, when it is the last panel, a surface, and its overlays add only
    /// 3D marks and read-outs; null otherwise (then frames are drawn whole).
    /// </summary>
    private static int? MovingSurface(Animation a)
    {
        var last = a.Base.Panels.Count - 1;
        if (last < 0 || a.Base.Panels[last].Plot is not Surface3D)
            return null;
        foreach (var frame in a.Frames)
            for (var i = 0; i < frame.Panels.Count && i <= last; i++)
            {
                var o = frame.Panels[i];
                var still = o.Marks2D.Count == 0 && o.Marks3D.Count == 0 && o.Readouts is null;
                if (i < last && !still)
                    return null;
                if (i == last && o.Marks2D.Count > 0)
                    return null;
            }
        return last;
    }
}
