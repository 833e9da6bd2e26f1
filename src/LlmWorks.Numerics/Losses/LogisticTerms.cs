namespace LlmWorks.Numerics;

/// <summary>
/// Log-loss and probability-MSE of p = σ(b0 + b1·x) with exact derivatives, φ = [1, x]. Differences p − y and
/// slopes σ(z)σ(−z) are formed without subtracting nearly equal numbers, so saturated points stay accurate.
/// </summary>
internal static class LogisticTerms
{
    /// <summary>p − y for a 0/1 label: −σ(−z) when y = 1, so no digits are lost when p is close to 1.</summary>
    private static double Residual(double z, double y) => y == 1.0 ? -Models.Sigmoid(-z) : Models.Sigmoid(z);

    public static double LogLoss(Dataset d, ReadOnlySpan<double> theta)
    {
        var sum = 0.0;
        for (var i = 0; i < d.Count; i++)
        {
            var z = theta[0] + theta[1] * d.X[i];
            sum += d.Y[i] == 1.0 ? StableMath.Softplus(-z) : StableMath.Softplus(z);
        }

        return sum / d.Count;
    }

    public static double ProbabilityMse(Dataset d, ReadOnlySpan<double> theta)
    {
        var sum = 0.0;
        for (var i = 0; i < d.Count; i++)
        {
            var e = Residual(theta[0] + theta[1] * d.X[i], d.Y[i]);
            sum += e * e;
        }

        return sum / d.Count;
    }

    /// <summary>Gradient: log-loss weight (p − y); probability-MSE weight 2(p − y)·s with s = p(1 − p).</summary>
    public static double[] Gradient(LossKind l, Dataset d, ReadOnlySpan<double> theta)
    {
        double g0 = 0, g1 = 0;
        for (var i = 0; i < d.Count; i++)
        {
            var z = theta[0] + theta[1] * d.X[i];
            var e = Residual(z, d.Y[i]);
            var w = l == LossKind.LogLoss ? e : 2.0 * e * StableMath.SigmoidSlope(z);
            g0 += w;
            g1 += w * d.X[i];
        }

        return [g0 / d.Count, g1 / d.Count];
    }

    /// <summary>
    /// Hessian: log-loss weight s (never negative, hence convex); probability-MSE weight
    /// 2[s² + (p − y)·s·(1 − 2p)], which turns negative for confidently wrong points — the non-convexity the lesson shows.
    /// </summary>
    public static double[,] Hessian(LossKind l, Dataset d, ReadOnlySpan<double> theta)
    {
        double h00 = 0, h01 = 0, h11 = 0;
        for (var i = 0; i < d.Count; i++)
        {
            var x = d.X[i];
            var z = theta[0] + theta[1] * x;
            var s = StableMath.SigmoidSlope(z);
            double w;
            if (l == LossKind.LogLoss)
            {
                w = s;
            }
            else
            {
                var oneMinusTwoP = Models.Sigmoid(-z) - Models.Sigmoid(z);
                w = 2.0 * (s * s + Residual(z, d.Y[i]) * s * oneMinusTwoP);
            }

            h00 += w;
            h01 += w * x;
            h11 += w * x * x;
        }

        var n = d.Count;
        return new[,] { { h00 / n, h01 / n }, { h01 / n, h11 / n } };
    }
}
