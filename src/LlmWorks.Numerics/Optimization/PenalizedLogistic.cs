namespace LlmWorks.Numerics;

/// <summary>
/// Mean log-loss plus an L2 penalty on the slope only, J_λ(b0, b1) = LogLoss(b0, b1) + (λ/2)·b1², the objective the
/// original data-points playground descends (it adds λ·b1 to the slope's gradient and leaves the intercept alone).
/// The penalty keeps the optimum finite even when the classes are separated, where plain log-loss has none.
/// </summary>
public static class PenalizedLogistic
{
    private const int MaxIterations = 200;

    /// <summary>J_λ at <paramref name="theta"/> = [b0, b1].</summary>
    public static double Evaluate(Dataset d, ReadOnlySpan<double> theta, double lambda)
    {
        CheckLambda(lambda);
        return Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, d, theta) + 0.5 * lambda * theta[1] * theta[1];
    }

    /// <summary>Exact gradient [∂J_λ/∂b0, ∂J_λ/∂b1]: the log-loss gradient with λ·b1 added to the slope's entry.</summary>
    public static double[] Gradient(Dataset d, ReadOnlySpan<double> theta, double lambda)
    {
        CheckLambda(lambda);
        var g = Losses.Gradient(ModelKind.Logistic, LossKind.LogLoss, d, theta);
        g[1] += lambda * theta[1];
        return g;
    }

    /// <summary>
    /// The minimiser of J_λ by damped Newton iteration. With λ &gt; 0 and both classes present J_λ is strictly convex and
    /// grows without bound in every direction, so the minimiser exists and is unique; with one class only (or no points)
    /// the loss keeps falling as |b0| grows, and the note says so.
    /// </summary>
    public static OptimumResult Fit(Dataset d, double lambda)
    {
        ArgumentNullException.ThrowIfNull(d);
        CheckLambda(lambda);
        if (d.Count == 0) return new(null, "there are no points, so there is nothing to fit");
        Losses.CheckLabels(d);
        var ones = d.Y.Count(y => y == 1.0);
        if (ones == 0 || ones == d.Count)
        {
            return new(null, $"all {d.Count} labels are {(ones == 0 ? 0 : 1)}: the log-loss keeps falling as b0 → {(ones == 0 ? "−∞" : "+∞")}, so there is no finite fit");
        }

        if (lambda == 0) return Optimum.Find(ModelKind.Logistic, d);

        var share = (double)ones / d.Count;
        double[] beta = [Math.Log(share / (1 - share)), 0.0];
        var loss = Evaluate(d, beta, lambda);
        for (var iter = 0; iter < MaxIterations; iter++)
        {
            var g = Gradient(d, beta, lambda);
            var h = Losses.Hessian(ModelKind.Logistic, LossKind.LogLoss, d, beta);
            h[1, 1] += lambda;
            var det = h[0, 0] * h[1, 1] - h[0, 1] * h[0, 1];
            var s0 = (h[1, 1] * g[0] - h[0, 1] * g[1]) / det;
            var s1 = (h[0, 0] * g[1] - h[0, 1] * g[0]) / det;
            if (!double.IsFinite(s0) || !double.IsFinite(s1)) break;

            var step = 1.0;
            double[] trial = [beta[0] - s0, beta[1] - s1];
            var trialLoss = Evaluate(d, trial, lambda);
            // Halve while the loss rises by more than rounding can explain; near the optimum changes sit at eps level.
            while (trialLoss > loss + 4e-16 * Math.Max(loss, 1e-300) && step > 1e-10)
            {
                step /= 2;
                trial = [beta[0] - step * s0, beta[1] - step * s1];
                trialLoss = Evaluate(d, trial, lambda);
            }

            var moved = Math.Sqrt(Sq(trial[0] - beta[0]) + Sq(trial[1] - beta[1]));
            beta = trial;
            loss = trialLoss;
            if (moved <= 1e-14 * (1.0 + Math.Sqrt(Sq(beta[0]) + Sq(beta[1])))) return new(beta, null);
        }

        return new(beta, $"Newton's method stopped after {MaxIterations} iterations before reaching machine precision");
    }

    private static void CheckLambda(double lambda)
    {
        if (!double.IsFinite(lambda) || lambda < 0)
        {
            throw new ArgumentException($"the L2 strength λ must be a finite number ≥ 0, got {Fmt.N(lambda)}", nameof(lambda));
        }
    }

    private static double Sq(double v) => v * v;
}
