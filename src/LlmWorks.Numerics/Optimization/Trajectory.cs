namespace LlmWorks.Numerics;

/// <summary>A complete gradient-descent run over a model's parameters, every intermediate state included for animation.</summary>
/// <param name="Model">Model whose parameters were updated.</param>
/// <param name="Objective">Loss that was descended.</param>
/// <param name="LearningRate">Step size used for every update.</param>
/// <param name="From">Starting parameters.</param>
/// <param name="Steps">Step 0 (the start) through the last state; when diverged, the last state is the one that blew up and may be non-finite.</param>
/// <param name="Outcome">Whether the run completed or diverged.</param>
/// <param name="DivergedAtStep">Index of the step at which divergence was detected, or null.</param>
public sealed record Trajectory(
    ModelKind Model,
    LossKind Objective,
    double LearningRate,
    double[] From,
    IReadOnlyList<DescentStep> Steps,
    DescentOutcome Outcome,
    int? DivergedAtStep)
{
    /// <summary>The last recorded state.</summary>
    public DescentStep Final => Steps[^1];

    /// <summary>Number of updates performed (the step index of <see cref="Final"/>).</summary>
    public int StepsTaken => Steps.Count - 1;

    /// <summary>First step whose gradient norm is at most <paramref name="gradientTolerance"/>, for "converged at step k" captions.</summary>
    public int? FirstStepWithin(double gradientTolerance)
    {
        foreach (var s in Steps)
        {
            if (s.GradientNorm <= gradientTolerance)
            {
                return s.Step;
            }
        }

        return null;
    }
}
