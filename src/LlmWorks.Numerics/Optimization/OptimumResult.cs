namespace LlmWorks.Numerics;

/// <summary>
/// The best parameters for a dataset, or the reason there are none. Lessons must show "no unique optimum"
/// honestly rather than a meaningless number, hence the note instead of an exception.
/// </summary>
/// <param name="Values">Optimal parameters in <see cref="Models.ParameterNames"/> order; null when no unique finite optimum exists.</param>
/// <param name="Note">Why there is no optimum (or a caveat about the one found); null when nothing needs saying.</param>
public sealed record OptimumResult(double[]? Values, string? Note)
{
    /// <summary>True when a unique finite optimum was found.</summary>
    public bool Exists => Values is not null;
}
