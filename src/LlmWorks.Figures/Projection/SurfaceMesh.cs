using LlmWorks.Figures.Model;

namespace LlmWorks.Figures.Projection;

/// <summary>One mesh triangle: vertex indices, colour parameter (0 = lowest loss) and unit normal.</summary>
internal readonly record struct MeshTriangle(int A, int B, int C, double T, BoxPoint Normal);

/// <summary>The surface as triangles in box coordinates: two per grid cell, cells with a non-finite corner skipped.</summary>
internal sealed class SurfaceMesh
{
    private SurfaceMesh(BoxPoint[] vertices, MeshTriangle[] triangles)
    {
        Vertices = vertices;
        Triangles = triangles;
    }

    /// <summary>Vertex i·|V| + j is grid point (U[i], V[j]).</summary>
    public BoxPoint[] Vertices { get; }

    /// <summary>The triangles, in grid order.</summary>
    public MeshTriangle[] Triangles { get; }

    /// <summary>Builds the mesh of <paramref name="s"/> mapped through <paramref name="box"/>.</summary>
    public static SurfaceMesh Build(Surface3D s, SurfaceBox box)
    {
        var (nu, nv) = (s.U.Count, s.V.Count);
        if (s.Loss.GetLength(0) != nu || s.Loss.GetLength(1) != nv)
            throw new ArgumentException($"loss grid is {s.Loss.GetLength(0)}×{s.Loss.GetLength(1)}, axes are {nu}×{nv}");
        var vertices = new BoxPoint[nu * nv];
        var ok = new bool[nu * nv];
        for (var i = 0; i < nu; i++)
        {
            for (var j = 0; j < nv; j++)
            {
                var loss = s.Loss[i, j];
                ok[i * nv + j] = double.IsFinite(loss);
                vertices[i * nv + j] = new BoxPoint(box.XOf(s.U[i]), double.IsFinite(loss) ? box.HeightOf(loss) : 0, box.ZOf(s.V[j]));
            }
        }
        var triangles = new List<MeshTriangle>(2 * nu * nv);
        for (var i = 0; i + 1 < nu; i++)
        {
            for (var j = 0; j + 1 < nv; j++)
            {
                var (a, b, c, d) = (i * nv + j, (i + 1) * nv + j, i * nv + j + 1, (i + 1) * nv + j + 1);
                if (!(ok[a] && ok[b] && ok[c] && ok[d]))
                    continue;
                // Split along the diagonal whose ends differ least in height, so ridges and valleys
                // running diagonally across the grid stay smooth instead of turning into saw teeth.
                if (Math.Abs(vertices[a].Y - vertices[d].Y) < Math.Abs(vertices[b].Y - vertices[c].Y) - 1e-12)
                {
                    triangles.Add(Make(vertices, a, b, d));
                    triangles.Add(Make(vertices, a, d, c));
                }
                else
                {
                    triangles.Add(Make(vertices, a, b, c));
                    triangles.Add(Make(vertices, b, d, c));
                }
            }
        }
        return new SurfaceMesh(vertices, [.. triangles]);
    }

    private static MeshTriangle Make(BoxPoint[] v, int a, int b, int c)
    {
        var (p, q, r) = (v[a], v[b], v[c]);
        var t = ((p.Y + q.Y + r.Y) / 3 / SurfaceBox.HalfHeight + 1) / 2;
        var (ux, uy, uz) = (q.X - p.X, q.Y - p.Y, q.Z - p.Z);
        var (vx, vy, vz) = (r.X - p.X, r.Y - p.Y, r.Z - p.Z);
        var n = new BoxPoint(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx);
        var len = Math.Sqrt(n.X * n.X + n.Y * n.Y + n.Z * n.Z);
        n = len > 0 ? new BoxPoint(n.X / len, n.Y / len, n.Z / len) : new BoxPoint(0, 1, 0);
        if (n.Y < 0)
            n = new BoxPoint(-n.X, -n.Y, -n.Z);
        return new MeshTriangle(a, b, c, t, n);
    }
}
