namespace LlmWorks.Numerics;

/// <summary>
/// The loss-minimising parameters of a model on a dataset: least squares for the regression models, maximum likelihood
/// (minimum log-loss) for the logistic model. Figures mark this point, so it must be exact or honestly absent.
/// </summary>
public static class Optimum
{
    /// <summary>Finds the optimum, or explains in <see cref="OptimumResult.Note"/> why none is unique and finite.</summary>
    /// <exception cref="ArgumentException">Logistic data whose labels are not all 0 or 1.</exception>
    public static OptimumResult Find(ModelKind m, Dataset d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return m switch
        {
            ModelKind.Linear or ModelKind.Quadratic => LeastSquaresFit.Find(m, d),
            ModelKind.Logistic => LogisticFit.Find(d),
            _ => throw new ArgumentOutOfRangeException(nameof(m), m, "unknown model kind"),
        };
    }
}
