namespace LlmWorks.Numerics;

/// <summary>
/// Least squares by Householder QR. Unlike the normal equations, QR does not square the condition number, so
/// the fitted coefficients keep nearly all their digits even for polynomial designs.
/// </summary>
internal static class HouseholderQr
{
    /// <summary>Minimises ‖A β − b‖ for a full-column-rank A (n ≥ p); the inputs are consumed.</summary>
    public static double[] Solve(double[,] a, double[] b)
    {
        var n = a.GetLength(0);
        var p = a.GetLength(1);
        for (var k = 0; k < p; k++)
        {
            var norm = 0.0;
            for (var i = k; i < n; i++)
            {
                norm = Hypot(norm, a[i, k]);
            }

            // Reflect column k onto −sign(a_kk)·‖·‖·e_k; choosing the opposite sign avoids cancellation in v_k.
            var alpha = a[k, k] > 0 ? -norm : norm;
            var v = new double[n];
            v[k] = a[k, k] - alpha;
            for (var i = k + 1; i < n; i++)
            {
                v[i] = a[i, k];
            }

            var vv = 0.0;
            for (var i = k; i < n; i++)
            {
                vv += v[i] * v[i];
            }

            if (vv == 0)
            {
                continue;
            }

            for (var j = k; j < p; j++)
            {
                Reflect(v, vv, k, n, i => a[i, j], (i, x) => a[i, j] = x);
            }

            Reflect(v, vv, k, n, i => b[i], (i, x) => b[i] = x);
        }

        var beta = new double[p];
        for (var k = p - 1; k >= 0; k--)
        {
            var s = b[k];
            for (var j = k + 1; j < p; j++)
            {
                s -= a[k, j] * beta[j];
            }

            beta[k] = s / a[k, k];
        }

        return beta;
    }

    private static void Reflect(double[] v, double vv, int k, int n, Func<int, double> get, Action<int, double> set)
    {
        var dot = 0.0;
        for (var i = k; i < n; i++)
        {
            dot += v[i] * get(i);
        }

        var f = 2.0 * dot / vv;
        for (var i = k; i < n; i++)
        {
            set(i, get(i) - f * v[i]);
        }
    }

    private static double Hypot(double x, double y) => Math.Sqrt(x * x + y * y);
}
