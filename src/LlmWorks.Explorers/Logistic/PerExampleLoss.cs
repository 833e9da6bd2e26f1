using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Logistic;

/// <summary>
/// One example's log-loss, taken from Numerics' mean log-loss on a one-point dataset, so no page re-derives the
/// formula. θ is in Numerics' order [b0, b1], i.e. [b, w].
/// </summary>
internal static class PerExampleLoss
{
    /// <summary>−[y ln ŷ + (1 − y) ln(1 − ŷ)] with ŷ = σ(b + w·x).</summary>
    public static double At(double x, double label, double w, double b) =>
        Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, CsvDataset.FromArrays("one example", [x], [label]), [b, w]);

    /// <summary>The loss of predicting <paramref name="yHat"/> ∈ (0, 1) for a label: the example x = 0 with b = logit ŷ.</summary>
    public static double OfProbability(double yHat, double label)
    {
        if (!(yHat > 0 && yHat < 1)) throw new ArgumentOutOfRangeException(nameof(yHat), yHat, "ŷ must lie strictly between 0 and 1");
        return At(0, label, 0, Math.Log(yHat / (1 - yHat)));
    }
}
