using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>
/// Drops polyline points that land within a fraction of a pixel of the last kept one. A descent
/// path of thousands of tiny steps draws the same, but its SVG and PDF shrink by orders of magnitude.
/// </summary>
internal static class PolylineThinning
{
    /// <summary>Points closer than this (in CSS pixels) to the previous kept point are dropped.</summary>
    public const float MinStepPx = 0.5f;

    /// <summary>The points to draw: the first, the last, and every point at least <see cref="MinStepPx"/> from the previous kept one.</summary>
    public static List<T> Thin<T>(IReadOnlyList<T> points, Func<T, SKPoint> toScreen)
    {
        var kept = new List<T>(Math.Min(points.Count, 1024));
        if (points.Count == 0) return kept;
        kept.Add(points[0]);
        var last = toScreen(points[0]);
        for (var i = 1; i < points.Count - 1; i++)
        {
            var p = toScreen(points[i]);
            if (SKPoint.Distance(p, last) < MinStepPx) continue;
            kept.Add(points[i]);
            last = p;
        }
        if (points.Count > 1) kept.Add(points[^1]);
        return kept;
    }
}
