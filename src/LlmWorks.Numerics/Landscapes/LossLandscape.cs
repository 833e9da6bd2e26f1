namespace LlmWorks.Numerics;

/// <summary>
/// Samples a loss over the first two parameters. Squared-error losses go through <see cref="SufficientStats"/>
/// (O(1) per cell); logistic losses are summed directly since they have no finite summary.
/// </summary>
public static class LossLandscape
{
    /// <summary>Largest number of cells per axis accepted, to keep a typo from allocating gigabytes.</summary>
    public const int MaxCells = 4096;

    /// <summary>
    /// Grid of (cellsU + 1) × (cellsV + 1) vertices, vertex k at Min + k·(Max − Min)/cells the last set to Max itself so the
    /// grid ends exactly where asked.
    /// For the quadratic model <paramref name="third"/> holds c fixed, or when null each cell uses its best c, so the
    /// surface shows the lowest loss reachable for that (a, b).
    /// </summary>
    public static Landscape Sample(ModelKind m, LossKind l, Dataset d, (double Min, double Max) u, (double Min, double Max) v, int cellsU, int cellsV, double? third = null)
    {
        var p = Models.ParameterNames(m).Count;
        Losses.Check(m, l, d, new double[p]);
        if (third is { } c && (m != ModelKind.Quadratic || !double.IsFinite(c)))
        {
            throw new ArgumentException(m == ModelKind.Quadratic ? "the fixed c must be finite" : "only the quadratic model has a third parameter to fix", nameof(third));
        }

        var us = Axis(u, cellsU, nameof(u));
        var vs = Axis(v, cellsV, nameof(v));
        var values = new double[us.Length, vs.Length];
        var stats = m == ModelKind.Logistic ? null : SufficientStats.From(d);
        Span<double> theta = stackalloc double[2];
        for (var i = 0; i < us.Length; i++)
        {
            for (var j = 0; j < vs.Length; j++)
            {
                if (stats is null)
                {
                    theta[0] = us[i];
                    theta[1] = vs[j];
                    values[i, j] = l == LossKind.LogLoss ? LogisticTerms.LogLoss(d, theta) : LogisticTerms.ProbabilityMse(d, theta);
                    continue;
                }

                var sse = m == ModelKind.Linear
                    ? stats.Sse(us[i], vs[j])
                    : stats.Sse(us[i], vs[j], third ?? stats.BestC(us[i], vs[j]));
                values[i, j] = l switch
                {
                    LossKind.Sse => sse,
                    LossKind.Mse => sse / d.Count,
                    _ => Math.Sqrt(sse / d.Count),
                };
            }
        }

        return new Landscape(us, vs, values);
    }

    internal static double[] Axis((double Min, double Max) range, int cells, string name)
    {
        if (!double.IsFinite(range.Min) || !double.IsFinite(range.Max) || range.Max <= range.Min)
        {
            throw new ArgumentException($"range [{Fmt.N(range.Min)}, {Fmt.N(range.Max)}] must be finite with Min < Max", name);
        }

        if (cells is < 1 or > MaxCells)
        {
            throw new ArgumentException($"cells must be between 1 and {MaxCells}, got {cells}", name);
        }

        var axis = new double[cells + 1];
        var width = range.Max - range.Min;
        for (var k = 0; k <= cells; k++)
        {
            axis[k] = range.Min + k * width / cells;
        }

        axis[cells] = range.Max; // Min + width can round one ulp away from Max

        return axis;
    }
}
