namespace LlmWorks.Figures.Projection;

/// <summary>
/// Something that must fit in the panel: a point of the unit projection (scale 1, centre 0) plus a
/// pixel box around it that does not scale (a label's extent).
/// </summary>
internal readonly record struct FitItem(double Ux, double Uy, float Left, float Top, float Right, float Bottom);

/// <summary>Finds the largest scale, and a centre, that keep every item inside a rectangle.</summary>
internal static class ViewFit
{
    /// <summary>The scale and centre; the centre puts the items' slack evenly on both sides.</summary>
    public static (double Scale, double Cx, double Cy) Fit(IReadOnlyList<FitItem> items, float left, float top, float right, float bottom)
    {
        double lo = 0, hi = 1e5;
        for (var k = 0; k < 60; k++)
        {
            var mid = (lo + hi) / 2;
            if (Feasible(items, mid, left, top, right, bottom))
                lo = mid;
            else
                hi = mid;
        }
        return (lo, Centre(items, lo, left, right, true), Centre(items, lo, top, bottom, false));
    }

    /// <summary>Mid-point of the feasible centres along one axis at a given scale.</summary>
    public static double Centre(IReadOnlyList<FitItem> items, double s, float min, float max, bool horizontal)
    {
        var (a, b) = Centres(items, s, min, max, horizontal);
        return items.Count == 0 ? (min + max) / 2.0 : (a + b) / 2;
    }

    /// <summary>The lowest and highest centre along one axis that keep every item inside [min, max] at scale s.</summary>
    public static (double Low, double High) Centres(IReadOnlyList<FitItem> items, double s, float min, float max, bool horizontal)
    {
        double a = double.NegativeInfinity, b = double.PositiveInfinity;
        foreach (var it in items)
        {
            var (u, e0, e1) = horizontal ? (s * it.Ux, it.Left, it.Right) : (s * it.Uy, it.Top, it.Bottom);
            a = Math.Max(a, min - u - e0);
            b = Math.Min(b, max - u - e1);
        }
        return (a, b);
    }

    private static bool Feasible(IReadOnlyList<FitItem> items, double s, float left, float top, float right, float bottom)
    {
        double ax = double.NegativeInfinity, bx = double.PositiveInfinity, ay = double.NegativeInfinity, by = double.PositiveInfinity;
        foreach (var it in items)
        {
            ax = Math.Max(ax, left - s * it.Ux - it.Left);
            bx = Math.Min(bx, right - s * it.Ux - it.Right);
            ay = Math.Max(ay, top - s * it.Uy - it.Top);
            by = Math.Min(by, bottom - s * it.Uy - it.Bottom);
        }
        return ax <= bx && ay <= by;
    }
}
