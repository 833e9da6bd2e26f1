namespace LlmWorks.Numerics;

/// <summary>
/// Maximum-likelihood logistic fit by damped Newton iteration, run on t = (x − m)/s so the 2×2 Hessian is well
/// conditioned. Separation is detected first because the likelihood then has no finite maximiser at all.
/// </summary>
internal static class LogisticFit
{
    private const int MaxIterations = 100;

    public static OptimumResult Find(Dataset d)
    {
        var n = d.Count;
        if (n == 0)
        {
            return new(null, "the dataset has no points, so there is nothing to fit");
        }

        Losses.CheckLabels(d);
        if (Separation.Explain(d) is { } why)
        {
            return new(null, why);
        }

        var mean = d.X.Average();
        var scale = d.X.Max(v => Math.Abs(v - mean));
        var t = d.X.Select(v => (v - mean) / scale).ToArray();
        var scaled = d with { X = t };
        var share = d.Y.Average();
        double[] beta = [Math.Log(share / (1 - share)), 0.0];
        var loss = LogisticTerms.LogLoss(scaled, beta);
        var converged = false;
        for (var iter = 0; iter < MaxIterations && !converged; iter++)
        {
            var g = LogisticTerms.Gradient(LossKind.LogLoss, scaled, beta);
            var h = LogisticTerms.Hessian(LossKind.LogLoss, scaled, beta);
            var det = h[0, 0] * h[1, 1] - h[0, 1] * h[0, 1];
            var s0 = (h[1, 1] * g[0] - h[0, 1] * g[1]) / det;
            var s1 = (h[0, 0] * g[1] - h[0, 1] * g[0]) / det;
            if (!double.IsFinite(s0) || !double.IsFinite(s1))
            {
                break;
            }

            var step = 1.0;
            double[] trial = [beta[0] - s0, beta[1] - s1];
            var trialLoss = LogisticTerms.LogLoss(scaled, trial);
            // Halve while the loss rises by more than rounding can explain; near the optimum changes sit at eps level.
            while (trialLoss > loss + 4 * double.Epsilon + 4e-16 * loss && step > 1e-10)
            {
                step /= 2;
                trial = [beta[0] - step * s0, beta[1] - step * s1];
                trialLoss = LogisticTerms.LogLoss(scaled, trial);
            }

            var moved = Math.Sqrt(Sq(trial[0] - beta[0]) + Sq(trial[1] - beta[1]));
            var size = 1.0 + Math.Sqrt(Sq(beta[0]) + Sq(beta[1]));
            converged = moved <= 1e-14 * size || (g[0] == 0 && g[1] == 0);
            beta = trial;
            loss = trialLoss;
        }

        // z = β0 + β1 (x − m)/s  ⇒  b1 = β1/s and b0 = β0 − β1 m/s.
        double[] values = [beta[0] - beta[1] * mean / scale, beta[1] / scale];
        return new(values, converged ? null : $"Newton's method stopped after {MaxIterations} iterations before reaching machine precision");
    }

    private static double Sq(double v) => v * v;
}
