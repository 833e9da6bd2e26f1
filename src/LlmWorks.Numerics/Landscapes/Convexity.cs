namespace LlmWorks.Numerics;

/// <summary>
/// Classifies every grid vertex of a loss surface from its exact gradient and Hessian, so the lesson can state how
/// much of the probability-MSE surface is non-convex or flat while log-loss has neither problem.
/// </summary>
public static class Convexity
{
    /// <summary>A negative eigenvalue counts only below −NegativeTolerance × the largest |eigenvalue| there, to ignore rounding.</summary>
    public const double NegativeTolerance = 1e-12;

    /// <summary>
    /// Flatness threshold as a fraction of the grid's loss range R = max − min. With D = diag(ΔU, ΔV) the grid's spans,
    /// a vertex is flat when ‖D∇L‖ ≤ FlatTolerance·R and both |eigenvalues of D∇²L D| ≤ FlatTolerance·R: the first- and
    /// second-order change across the whole grid would stay under 1% of the visible range, so descent barely moves.
    /// </summary>
    public const double FlatTolerance = 0.01;

    /// <summary>
    /// Examines each vertex of the same grid as <see cref="LossLandscape.Sample"/>. For the quadratic model c is set to its
    /// best value per vertex and the reduced (Schur-complement) Hessian is used, which is exactly the curvature of that profile.
    /// Where RMSE is 0 its Hessian is undefined and the vertex is counted as neither non-convex nor flat.
    /// </summary>
    public static ConvexityReport Measure(ModelKind m, LossKind l, Dataset d, (double Min, double Max) u, (double Min, double Max) v, int cellsU, int cellsV)
    {
        var landscape = LossLandscape.Sample(m, l, d, u, v, cellsU, cellsV);
        var range = landscape.Max - landscape.Min;
        double du = u.Max - u.Min, dv = v.Max - v.Min;
        var stats = m == ModelKind.Quadratic ? SufficientStats.From(d) : null;
        var nonConvex = new bool[landscape.U.Length, landscape.V.Length];
        var flat = new bool[landscape.U.Length, landscape.V.Length];
        int nonConvexCount = 0, flatCount = 0;
        for (var i = 0; i < landscape.U.Length; i++)
        {
            for (var j = 0; j < landscape.V.Length; j++)
            {
                double a = landscape.U[i], b = landscape.V[j];
                double[] theta = stats is null ? [a, b] : [a, b, stats.BestC(a, b)];
                var g = Losses.Gradient(m, l, d, theta);
                var h = Reduce(Losses.Hessian(m, l, d, theta));
                if (double.IsNaN(h[0, 0]) || double.IsNaN(h[0, 1]) || double.IsNaN(h[1, 1]))
                {
                    continue;
                }

                var (lo, hi) = SymmetricEigen2.Values(h[0, 0], h[0, 1], h[1, 1]);
                var scale = Math.Max(Math.Abs(lo), Math.Abs(hi));
                if (lo < -NegativeTolerance * scale)
                {
                    nonConvex[i, j] = true;
                    nonConvexCount++;
                }

                var (slo, shi) = SymmetricEigen2.Values(h[0, 0] * du * du, h[0, 1] * du * dv, h[1, 1] * dv * dv);
                var slope = Math.Sqrt(g[0] * du * (g[0] * du) + g[1] * dv * (g[1] * dv));
                var limit = FlatTolerance * range;
                if (slope <= limit && Math.Abs(slo) <= limit && Math.Abs(shi) <= limit)
                {
                    flat[i, j] = true;
                    flatCount++;
                }
            }
        }

        var cells = landscape.U.Length * landscape.V.Length;
        return new ConvexityReport(cells, nonConvexCount, (double)nonConvexCount / cells, flatCount, (double)flatCount / cells, nonConvex, flat);
    }

    /// <summary>2×2 curvature over the first two parameters; a third is eliminated by its Schur complement (profile curvature).</summary>
    private static double[,] Reduce(double[,] h)
    {
        if (h.GetLength(0) == 2)
        {
            return h;
        }

        var cc = h[2, 2];
        return new[,]
        {
            { h[0, 0] - h[0, 2] * h[2, 0] / cc, h[0, 1] - h[0, 2] * h[2, 1] / cc },
            { h[1, 0] - h[1, 2] * h[2, 0] / cc, h[1, 1] - h[1, 2] * h[2, 1] / cc },
        };
    }
}
