namespace LlmWorks.Numerics;

/// <summary>
/// Exact least-squares optimum of the linear and quadratic models. x is centred and scaled to t = (x − m)/s ∈ [−1, 1]
/// before QR so the powers of x do not make the design ill-conditioned; coefficients are then mapped back to x.
/// </summary>
internal static class LeastSquaresFit
{
    public static OptimumResult Find(ModelKind m, Dataset d)
    {
        var p = m == ModelKind.Linear ? 2 : 3;
        var n = d.Count;
        if (n == 0)
        {
            return new(null, "the dataset has no points, so there is nothing to fit");
        }

        var distinct = d.X.Distinct().OrderBy(v => v).ToArray();
        if (distinct.Length < p)
        {
            return new(null, Degenerate(m, d, distinct));
        }

        var mean = d.X.Average();
        var scale = d.X.Max(v => Math.Abs(v - mean));
        var a = new double[n, p];
        var b = (double[])d.Y.Clone();
        for (var i = 0; i < n; i++)
        {
            var t = (d.X[i] - mean) / scale;
            a[i, 0] = 1.0;
            a[i, 1] = t;
            if (p == 3)
            {
                a[i, 2] = t * t;
            }
        }

        var beta = HouseholderQr.Solve(a, b);
        // ŷ = β0 + β1 t + β2 t² with t = (x − m)/s expands to x², x and constant terms below.
        var k = mean / scale;
        if (p == 2)
        {
            return new([beta[1] / scale, beta[0] - beta[1] * k], null);
        }

        return new(
        [
            beta[2] / (scale * scale),
            beta[1] / scale - 2.0 * beta[2] * k / scale,
            beta[0] - beta[1] * k + beta[2] * k * k,
        ], null);
    }

    private static string Degenerate(ModelKind m, Dataset d, double[] distinct)
    {
        var n = d.Count;
        var meanY = Fmt.N(d.Y.Average());
        if (m == ModelKind.Linear)
        {
            return n == 1
                ? $"only one point ({Fmt.N(d.X[0])}, {Fmt.N(d.Y[0])}): every line through it fits exactly, so no line is best"
                : $"all {n} points share x = {Fmt.N(distinct[0])}: every line through their mean y ({meanY}) fits equally well";
        }

        if (n < 3)
        {
            return $"only {n} point{(n == 1 ? "" : "s")}: a parabola has 3 parameters, so infinitely many fit exactly";
        }

        return distinct.Length == 1
            ? $"all {n} points share x = {Fmt.N(distinct[0])}: every parabola through their mean y ({meanY}) there fits equally well"
            : $"only 2 distinct x values ({Fmt.N(distinct[0])} and {Fmt.N(distinct[1])}): infinitely many parabolas pass through the best line's two points";
    }
}
