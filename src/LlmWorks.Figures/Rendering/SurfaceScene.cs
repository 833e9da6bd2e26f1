using LlmWorks.Figures.Projection;
using LlmWorks.Figures.Model;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>
/// A surface panel ready to draw: fitted projection, projected mesh in painter's order, the axis
/// plan, and the depth test that decides which marks the surface hides.
/// </summary>
internal sealed class SurfaceScene
{
    /// <summary>Depth slack (box units) so a mark lying on the visible surface counts as visible.</summary>
    public const double DepthEpsilon = 0.03;

    private readonly float[] minX, minY, maxX, maxY;

    private SurfaceScene(Surface3D surface, SurfaceProjection projection, SurfaceMesh mesh, ScreenPoint[] screen, int[] order, SurfaceAxesPlan axes)
    {
        Surface = surface;
        Projection = projection;
        Mesh = mesh;
        Screen = screen;
        Order = order;
        Axes = axes;
        AxisTexts = TickLabelThinning.Visible(axes, projection);
        var n = mesh.Triangles.Length;
        (minX, minY, maxX, maxY) = (new float[n], new float[n], new float[n], new float[n]);
        for (var i = 0; i < n; i++)
        {
            var (a, b, c) = (screen[mesh.Triangles[i].A], screen[mesh.Triangles[i].B], screen[mesh.Triangles[i].C]);
            minX[i] = (float)Math.Min(a.X, Math.Min(b.X, c.X));
            maxX[i] = (float)Math.Max(a.X, Math.Max(b.X, c.X));
            minY[i] = (float)Math.Min(a.Y, Math.Min(b.Y, c.Y));
            maxY[i] = (float)Math.Max(a.Y, Math.Max(b.Y, c.Y));
        }
    }

    /// <summary>The surface drawn.</summary>
    public Surface3D Surface { get; }

    /// <summary>The fitted projection (CSS pixels).</summary>
    public SurfaceProjection Projection { get; }

    /// <summary>The mesh in box coordinates.</summary>
    public SurfaceMesh Mesh { get; }

    /// <summary>Projected mesh vertices.</summary>
    public ScreenPoint[] Screen { get; }

    /// <summary>Triangle indices, farthest first (ties by index, so the order is deterministic).</summary>
    public int[] Order { get; }

    /// <summary>The axis box.</summary>
    public SurfaceAxesPlan Axes { get; }

    /// <summary>The tick labels and axis titles drawn: those of <see cref="Axes"/> that do not overlap at this size.</summary>
    public IReadOnlyList<AxisText> AxisTexts { get; }

    /// <summary>
    /// Builds the scene of <paramref name="surface"/> fitted into <paramref name="area"/>, with the axis box and its
    /// labels kept clear of <paramref name="keepClear"/> (the read-out box) when it is given.
    /// </summary>
    public static SurfaceScene Build(Surface3D surface, SKRect area, Theme theme, TextKit text, SKRect? keepClear = null)
    {
        var box = SurfaceBox.For(surface);
        var unit = SurfaceProjection.Unit(box, surface.Camera);
        var axes = SurfaceAxes.Plan(surface, unit, theme, text);
        const float pad = 4;
        var (l, t, r, b) = (area.Left + pad, area.Top + pad, area.Right - pad, area.Bottom - pad);
        var (scale, cx, cy) = SurfaceFit.Fit(axes, unit, surface.Camera.Zoom, l, t, r, b, keepClear);
        var projection = unit with { Scale = scale, CenterX = cx, CenterY = cy };
        var mesh = SurfaceMesh.Build(surface, box);
        var screen = mesh.Vertices.Select(projection.ToScreen).ToArray();
        var depth = mesh.Triangles.Select(tr => (screen[tr.A].Depth + screen[tr.B].Depth + screen[tr.C].Depth) / 3).ToArray();
        var order = Enumerable.Range(0, depth.Length).OrderByDescending(i => depth[i]).ThenBy(i => i).ToArray();
        return new SurfaceScene(surface, projection, mesh, screen, order, axes);
    }

    /// <summary>Whether a data point is in front of (or on) the surface where it is drawn.</summary>
    public bool IsVisible(Point3 p) => IsVisible(Projection.ToScreen(p));

    /// <summary>
    /// Whether a projected point is visible: no triangle covering its pixel is nearer the camera
    /// by more than <see cref="DepthEpsilon"/>.
    /// </summary>
    public bool IsVisible(ScreenPoint p)
    {
        var tris = Mesh.Triangles;
        for (var i = 0; i < tris.Length; i++)
        {
            if (p.X < minX[i] || p.X > maxX[i] || p.Y < minY[i] || p.Y > maxY[i])
                continue;
            var (a, b, c) = (Screen[tris[i].A], Screen[tris[i].B], Screen[tris[i].C]);
            var d = (b.Y - c.Y) * (a.X - c.X) + (c.X - b.X) * (a.Y - c.Y);
            if (Math.Abs(d) < 1e-12)
                continue;
            var w1 = ((b.Y - c.Y) * (p.X - c.X) + (c.X - b.X) * (p.Y - c.Y)) / d;
            var w2 = ((c.Y - a.Y) * (p.X - c.X) + (a.X - c.X) * (p.Y - c.Y)) / d;
            var w3 = 1 - w1 - w2;
            const double tol = -1e-9;
            if (w1 < tol || w2 < tol || w3 < tol)
                continue;
            var z = w1 * a.Depth + w2 * b.Depth + w3 * c.Depth;
            if (z < p.Depth - DepthEpsilon)
                return false;
        }
        return true;
    }
}
