using LlmWorks.Figures.Model;

namespace LlmWorks.Figures.Projection;

/// <summary>
/// How data (parameters and loss) map into the drawn box. Heights span ±<see cref="HalfHeight"/>
/// over the grid's loss range; the parameter axes span ±<see cref="XHalf"/> and ±<see cref="ZHalf"/>.
/// </summary>
/// <param name="Geometry">The geometry this box was made for.</param>
/// <param name="UMin">First parameter at X = −XHalf.</param>
/// <param name="UMax">First parameter at X = +XHalf.</param>
/// <param name="VMin">Second parameter at Z = −ZHalf.</param>
/// <param name="VMax">Second parameter at Z = +ZHalf.</param>
/// <param name="LossMin">Smallest finite (for log height: positive) grid loss, at the floor.</param>
/// <param name="LossMax">Largest finite grid loss, at the top.</param>
/// <param name="XHalf">Half-width of the box along X (1 unless Raw and the first parameter's range is the shorter).</param>
/// <param name="ZHalf">Half-depth of the box along Z.</param>
public sealed record SurfaceBox(
    SurfaceGeometry Geometry, double UMin, double UMax, double VMin, double VMax,
    double LossMin, double LossMax, double XHalf, double ZHalf)
{
    /// <summary>Half the box height: loss maps to [−0.75, 0.75].</summary>
    public const double HalfHeight = 0.75;

    /// <summary>Whether heights are log10 of the loss.</summary>
    public bool LogHeight => Geometry == SurfaceGeometry.RawLogHeight;

    /// <summary>The box of a surface: ranges from its grid, proportions from its geometry.</summary>
    public static SurfaceBox For(Surface3D s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var (uMin, uMax) = s.U.Count > 0 ? (s.U[0], s.U[^1]) : (0.0, 1.0);
        var (vMin, vMax) = s.V.Count > 0 ? (s.V[0], s.V[^1]) : (0.0, 1.0);
        var log = s.Geometry == SurfaceGeometry.RawLogHeight;
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (var l in s.Loss)
        {
            if (!double.IsFinite(l) || (log && l <= 0))
                continue;
            lo = Math.Min(lo, l);
            hi = Math.Max(hi, l);
        }
        if (lo > hi)
            (lo, hi) = log ? (1, 10) : (0, 1);
        var (xh, zh) = (1.0, 1.0);
        if (s.Geometry != SurfaceGeometry.Normalized)
        {
            var (ru, rv) = (Math.Abs(uMax - uMin), Math.Abs(vMax - vMin));
            var longest = Math.Max(ru, rv);
            if (longest > 0)
                (xh, zh) = (Math.Max(ru / longest, 0.05), Math.Max(rv / longest, 0.05));
        }
        return new SurfaceBox(s.Geometry, uMin, uMax, vMin, vMax, lo, hi, xh, zh);
    }

    /// <summary>The box point of a data point.</summary>
    public BoxPoint ToBox(Point3 p) => new(XOf(p.U), HeightOf(p.Loss), ZOf(p.V));

    /// <summary>Box X of a first-parameter value.</summary>
    public double XOf(double u) => Lerp(u, UMin, UMax) * XHalf;

    /// <summary>Box Z of a second-parameter value.</summary>
    public double ZOf(double v) => Lerp(v, VMin, VMax) * ZHalf;

    /// <summary>Box Y of a loss (linear, or log10 for <see cref="SurfaceGeometry.RawLogHeight"/>; not clamped).</summary>
    public double HeightOf(double loss)
    {
        if (LogHeight)
        {
            var l = Math.Log10(Math.Max(loss, LossMin * 1e-3));
            return Lerp(l, Math.Log10(LossMin), Math.Log10(LossMax)) * HalfHeight;
        }
        return Lerp(loss, LossMin, LossMax) * HalfHeight;
    }

    private static double Lerp(double v, double min, double max) =>
        max == min ? 0 : 2 * (v - min) / (max - min) - 1;
}
