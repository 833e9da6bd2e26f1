using LlmWorks.Figures.Projection;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>
/// The scale and centre of a surface panel: as large as the area allows, unless that puts the axis box or a label
/// under the read-out box in the top-left corner. Then the plot shrinks only as far as it must: pushed towards the
/// bottom-right, away from the box, the largest scale that is clear is found by bisection (moving content right or
/// down never brings it under a box in the top-left corner, so clear-or-not is monotone), and then the plot is moved
/// back towards the centre as far as it stays clear.
/// </summary>
internal static class SurfaceFit
{
    private const float Gap = 6;

    /// <summary>The fit of <paramref name="axes"/>, planned in the unit projection, into l, t, r, b, kept clear of <paramref name="keepClear"/>.</summary>
    public static (double Scale, double Cx, double Cy) Fit(SurfaceAxesPlan axes, SurfaceProjection unit, double zoom, float l, float t, float r, float b, SKRect? keepClear)
    {
        var items = axes.FitItems;
        var (scale, cx, cy) = ViewFit.Fit(items, l, t, r, b);
        if (zoom > 0 && zoom != 1)
        {
            // A zoomed camera crops the plot on purpose; the read-out box then sits over whatever is there.
            scale *= zoom;
            return (scale, ViewFit.Centre(items, scale, l, r, true), ViewFit.Centre(items, scale, t, b, false));
        }
        if (keepClear is not { } box)
            return (scale, cx, cy);
        var k = SKRect.Inflate(box, Gap, Gap);
        if (!Overlaps(axes, unit, (scale, cx, cy), k))
            return (scale, cx, cy);

        (double X, double Y) Corner(double s) =>
            (ViewFit.Centres(items, s, l, r, true).High, ViewFit.Centres(items, s, t, b, false).High);
        bool Clear(double s) { var (x, y) = Corner(s); return !Overlaps(axes, unit, (s, x, y), k); }

        double lo = 0, hi = scale;
        for (var i = 0; i < 30; i++)
        {
            var mid = (lo + hi) / 2;
            if (Clear(mid)) lo = mid; else hi = mid;
        }
        if (lo <= 0)
            return (scale, cx, cy);
        var (px, py) = Corner(lo);
        var (mx, my) = (ViewFit.Centre(items, lo, l, r, true), ViewFit.Centre(items, lo, t, b, false));
        double tLo = 0, tHi = 1;
        for (var i = 0; i < 20; i++)
        {
            var mid = (tLo + tHi) / 2;
            if (!Overlaps(axes, unit, (lo, px + mid * (mx - px), py + mid * (my - py)), k)) tLo = mid; else tHi = mid;
        }
        return (lo, px + tLo * (mx - px), py + tLo * (my - py));
    }

    /// <summary>Whether a label or any face of the axis box, as fitted, meets <paramref name="k"/>.</summary>
    private static bool Overlaps(SurfaceAxesPlan axes, SurfaceProjection unit, (double Scale, double Cx, double Cy) fit, SKRect k)
    {
        var (s, cx, cy) = fit;
        foreach (var it in axes.FitItems)
        {
            var (x, y) = (cx + s * it.Ux, cy + s * it.Uy);
            if (it.Right > it.Left && x + it.Right > k.Left && x + it.Left < k.Right && y + it.Bottom > k.Top && y + it.Top < k.Bottom)
                return true;
        }
        return BoxFaces(unit.Box).Any(face => Meets(face.Select(p => unit.ToScreen(p)).Select(p => (cx + s * p.X, cy + s * p.Y)).ToArray(), k));
    }

    private static IEnumerable<BoxPoint[]> BoxFaces(SurfaceBox box)
    {
        var (x, h, z) = (box.XHalf, SurfaceBox.HalfHeight, box.ZHalf);
        foreach (var sx in new[] { -x, x })
            yield return [new(sx, -h, -z), new(sx, -h, z), new(sx, h, z), new(sx, h, -z)];
        foreach (var sy in new[] { -h, h })
            yield return [new(-x, sy, -z), new(x, sy, -z), new(x, sy, z), new(-x, sy, z)];
        foreach (var sz in new[] { -z, z })
            yield return [new(-x, -h, sz), new(x, -h, sz), new(x, h, sz), new(-x, h, sz)];
    }

    /// <summary>Separating-axis test of a convex polygon (vertices in order) against a rectangle.</summary>
    private static bool Meets((double X, double Y)[] poly, SKRect k)
    {
        if (poly.Max(p => p.X) <= k.Left || poly.Min(p => p.X) >= k.Right || poly.Max(p => p.Y) <= k.Top || poly.Min(p => p.Y) >= k.Bottom)
            return false;
        (double X, double Y)[] rect = [(k.Left, k.Top), (k.Right, k.Top), (k.Right, k.Bottom), (k.Left, k.Bottom)];
        for (var i = 0; i < poly.Length; i++)
        {
            var (a, c) = (poly[i], poly[(i + 1) % poly.Length]);
            var (nx, ny) = (a.Y - c.Y, c.X - a.X);
            var (pMin, pMax) = (poly.Min(p => p.X * nx + p.Y * ny), poly.Max(p => p.X * nx + p.Y * ny));
            var (rMin, rMax) = (rect.Min(p => p.X * nx + p.Y * ny), rect.Max(p => p.X * nx + p.Y * ny));
            if (rMax <= pMin || rMin >= pMax)
                return false;
        }
        return true;
    }
}
