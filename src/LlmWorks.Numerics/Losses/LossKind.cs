namespace LlmWorks.Numerics;

/// <summary>Loss functions the lessons compare. Which ones apply depends on the model; see <see cref="Losses.IsValidFor"/>.</summary>
public enum LossKind
{
    /// <summary>Sum of squared errors Σ(y − ŷ)².</summary>
    Sse,

    /// <summary>Mean squared error SSE / n.</summary>
    Mse,

    /// <summary>Root mean squared error √MSE, in the units of y.</summary>
    Rmse,

    /// <summary>Mean binary cross-entropy (natural log) of a logistic model.</summary>
    LogLoss,

    /// <summary>Mean squared error between 0/1 labels and predicted probabilities; shown to explain why log-loss is preferred.</summary>
    ProbabilityMse,
}
