namespace LlmWorks.Numerics;

/// <summary>
/// Plain fixed-step gradient descent, θ ← θ − lr·∇L(θ), recording every state so figures can animate it.
/// Nothing is tuned or clipped: the lessons exist to show what a learning rate really does, including blowing up.
/// </summary>
public static class GradientDescent
{
    /// <summary>Largest run accepted; every step is stored, so this bounds memory.</summary>
    public const int MaxSteps = 10_000_000;

    /// <summary>Growth factor over the starting loss at which a run counts as diverged.</summary>
    public const double DivergenceFactor = 1e6;

    /// <summary>
    /// Runs exactly <paramref name="steps"/> updates unless the run diverges first. Divergence rule: a non-finite
    /// parameter, loss or gradient, or a loss above <see cref="DivergenceFactor"/> × max(initial loss, 1e-300).
    /// Fixed-step descent that converges cannot climb that far above its start, so this never cuts a converging run,
    /// while an unstable one (loss growing geometrically) is caught within a few dozen steps.
    /// </summary>
    public static Trajectory Run(ModelKind m, LossKind objective, Dataset d, double learningRate, int steps, double[] from)
    {
        ArgumentNullException.ThrowIfNull(from);
        CheckRun(learningRate, steps);
        Losses.Check(m, objective, d, from);
        for (var j = 0; j < from.Length; j++)
        {
            if (!double.IsFinite(from[j]))
            {
                throw new ArgumentException($"starting value {Models.ParameterNames(m)[j]} = {Fmt.N(from[j])} is not finite", nameof(from));
            }
        }

        var theta = (double[])from.Clone();
        var loss = Losses.Evaluate(m, objective, d, theta);
        var grad = Losses.Gradient(m, objective, d, theta);
        var limit = DivergenceFactor * Math.Max(loss, 1e-300);
        var list = new List<DescentStep>(Math.Min(steps, 1_000_000) + 1) { new(0, (double[])theta.Clone(), loss, grad) };
        for (var k = 1; k <= steps; k++)
        {
            var next = new double[theta.Length];
            for (var j = 0; j < next.Length; j++)
            {
                next[j] = theta[j] - learningRate * grad[j];
            }

            theta = next;
            var finite = theta.All(double.IsFinite);
            loss = finite ? Losses.Evaluate(m, objective, d, theta) : double.NaN;
            grad = finite ? Losses.Gradient(m, objective, d, theta) : theta.Select(_ => double.NaN).ToArray();
            list.Add(new DescentStep(k, theta, loss, grad));
            if (!double.IsFinite(loss) || loss > limit || !grad.All(double.IsFinite))
            {
                return new Trajectory(m, objective, learningRate, (double[])from.Clone(), list, DescentOutcome.Diverged, k);
            }
        }

        return new Trajectory(m, objective, learningRate, (double[])from.Clone(), list, DescentOutcome.RanAllSteps, null);
    }

    /// <summary>
    /// Descent on any differentiable one-parameter function. Diverged when w, the loss or the derivative is non-finite,
    /// or the loss exceeds <paramref name="divergeAbove"/> (an absolute level, since the lesson's function has a known scale).
    /// </summary>
    public static Trajectory1D Run1D(Func<double, double> loss, Func<double, double> derivative, double learningRate, int steps, double from, double divergeAbove = 1e6)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(derivative);
        CheckRun(learningRate, steps);
        if (!double.IsFinite(from))
        {
            throw new ArgumentException($"starting value {Fmt.N(from)} is not finite", nameof(from));
        }

        if (double.IsNaN(divergeAbove))
        {
            throw new ArgumentException("the divergence level must be a number", nameof(divergeAbove));
        }

        var w = from;
        var list = new List<(int, double, double, double)>(Math.Min(steps, 1_000_000) + 1) { (0, w, loss(w), derivative(w)) };
        for (var k = 1; k <= steps; k++)
        {
            w -= learningRate * list[^1].Item4;
            var l = double.IsFinite(w) ? loss(w) : double.NaN;
            var g = double.IsFinite(w) ? derivative(w) : double.NaN;
            list.Add((k, w, l, g));
            if (!double.IsFinite(l) || !double.IsFinite(g) || l > divergeAbove)
            {
                return new Trajectory1D(list, DescentOutcome.Diverged, k);
            }
        }

        return new Trajectory1D(list, DescentOutcome.RanAllSteps, null);
    }

    private static void CheckRun(double learningRate, int steps)
    {
        if (!double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new ArgumentException($"learning rate must be a finite number above 0, got {Fmt.N(learningRate)}", nameof(learningRate));
        }

        if (steps is < 0 or > MaxSteps)
        {
            throw new ArgumentException($"steps must be between 0 and {MaxSteps}, got {steps}", nameof(steps));
        }
    }
}
