namespace LlmWorks.Numerics;

/// <summary>
/// SSE of the linear and quadratic models with its exact derivatives. Both models are linear in θ with
/// features φ(x) = [x, 1] or [x², x, 1], so SSE = Σ(y − θ·φ)², ∇ = −2Σ r φ and the Hessian 2Σ φφᵀ does not depend on θ.
/// </summary>
internal static class LeastSquaresTerms
{
    public static void Features(ModelKind m, double x, Span<double> phi)
    {
        if (m == ModelKind.Linear)
        {
            phi[0] = x;
            phi[1] = 1.0;
        }
        else
        {
            phi[0] = x * x;
            phi[1] = x;
            phi[2] = 1.0;
        }
    }

    /// <summary>Prediction without argument checks; callers have already validated θ.</summary>
    public static double Fit(ModelKind m, ReadOnlySpan<double> theta, double x) =>
        m == ModelKind.Linear ? theta[0] * x + theta[1] : (theta[0] * x + theta[1]) * x + theta[2];

    public static double Sse(ModelKind m, Dataset d, ReadOnlySpan<double> theta)
    {
        var sum = 0.0;
        for (var i = 0; i < d.Count; i++)
        {
            var r = d.Y[i] - Fit(m, theta, d.X[i]);
            sum += r * r;
        }

        return sum;
    }

    public static double[] SseGradient(ModelKind m, Dataset d, ReadOnlySpan<double> theta)
    {
        var g = new double[theta.Length];
        Span<double> phi = stackalloc double[3];
        for (var i = 0; i < d.Count; i++)
        {
            var r = d.Y[i] - Fit(m, theta, d.X[i]);
            Features(m, d.X[i], phi);
            for (var j = 0; j < g.Length; j++)
            {
                g[j] -= 2.0 * r * phi[j];
            }
        }

        return g;
    }

    public static double[,] SseHessian(ModelKind m, Dataset d, int p)
    {
        var h = new double[p, p];
        Span<double> phi = stackalloc double[3];
        for (var i = 0; i < d.Count; i++)
        {
            Features(m, d.X[i], phi);
            for (var j = 0; j < p; j++)
            {
                for (var k = 0; k < p; k++)
                {
                    h[j, k] += 2.0 * phi[j] * phi[k];
                }
            }
        }

        return h;
    }
}
