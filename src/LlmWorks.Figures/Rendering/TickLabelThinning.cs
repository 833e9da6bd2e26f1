using LlmWorks.Figures.Projection;

namespace LlmWorks.Figures.Rendering;

/// <summary>
/// Which axis texts of a fitted surface are drawn. The plan is made at scale 1 with labels at fixed pixel offsets, so in
/// a small panel neighbouring tick labels, or labels of two axes meeting at a corner, can overlap. Axis titles are
/// always drawn; then each axis in turn (slope, intercept, loss) drops the tick labels that would touch a text already
/// placed, and keeps every k-th of the rest for the smallest k at which none of its own overlap. Tick marks stay.
/// </summary>
internal static class TickLabelThinning
{
    private const float Clearance = 1.5f;

    /// <summary>The texts of <paramref name="plan"/> to draw through <paramref name="projection"/>, in plan order.</summary>
    public static IReadOnlyList<AxisText> Visible(SurfaceAxesPlan plan, SurfaceProjection projection)
    {
        var placed = plan.Texts.Where(t => t.Role == AxisTextRole.Title).Select(t => Rect(t, projection)).ToList();
        var keep = new HashSet<AxisText>(plan.Texts.Where(t => t.Role == AxisTextRole.Title));
        foreach (var role in new[] { AxisTextRole.UTick, AxisTextRole.VTick, AxisTextRole.LossTick })
        {
            var free = plan.Texts.Where(t => t.Role == role)
                .Select(t => (Text: t, Rect: Rect(t, projection)))
                .Where(t => !placed.Any(p => Overlap(p, t.Rect)))
                .ToList();
            var stride = Enumerable.Range(1, Math.Max(1, free.Count)).First(k => NoneOverlap(free.Where((_, i) => i % k == 0).Select(t => t.Rect).ToList()));
            foreach (var (text, rect) in free.Where((_, i) => i % stride == 0))
            {
                keep.Add(text);
                placed.Add(rect);
            }
        }
        return [.. plan.Texts.Where(keep.Contains)];
    }

    private static (double L, double T, double R, double B) Rect(AxisText t, SurfaceProjection projection)
    {
        var p = projection.ToScreen(t.Anchor);
        var (cx, cy) = (p.X + t.Dx, p.Y + t.Dy);
        // H is a line height; the ink of a label is about four fifths of it.
        var (hw, hh) = (t.Rotated ? t.W * 0.4 : t.W / 2, t.Rotated ? t.H / 2 : t.H * 0.4);
        return (cx - hw - Clearance, cy - hh - Clearance, cx + hw + Clearance, cy + hh + Clearance);
    }

    private static bool Overlap((double L, double T, double R, double B) a, (double L, double T, double R, double B) b) =>
        a.L < b.R && b.L < a.R && a.T < b.B && b.T < a.B;

    private static bool NoneOverlap(List<(double L, double T, double R, double B)> rects)
    {
        for (var i = 0; i < rects.Count; i++)
            for (var j = i + 1; j < rects.Count; j++)
                if (Overlap(rects[i], rects[j]))
                    return false;
        return true;
    }
}
