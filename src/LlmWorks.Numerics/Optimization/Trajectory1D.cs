namespace LlmWorks.Numerics;

/// <summary>A descent run on a one-parameter function (the learning-rate lesson), step 0 being the start.</summary>
/// <param name="Steps">Every state: step index, parameter w, loss and derivative at w.</param>
/// <param name="Outcome">Whether the run completed or diverged.</param>
/// <param name="DivergedAtStep">Index of the step at which divergence was detected, or null.</param>
public sealed record Trajectory1D(
    IReadOnlyList<(int Step, double W, double Loss, double Derivative)> Steps,
    DescentOutcome Outcome,
    int? DivergedAtStep)
{
    /// <summary>The last recorded state.</summary>
    public (int Step, double W, double Loss, double Derivative) Final => Steps[^1];
}
