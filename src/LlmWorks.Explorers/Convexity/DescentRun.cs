using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Convexity;

/// <summary>
/// A descent run of fixed length, read two ways: where the original explorer's rule (first step with |∇| ≤ StopBelow)
/// would have stopped it, and where plain descent really is after all the steps.
/// </summary>
internal sealed class DescentRun
{
    public DescentRun(Dataset data, LossDescent descent, int steps, double[] from)
    {
        Trajectory = GradientDescent.Run(ModelKind.Logistic, descent.Loss, data, descent.LearningRate, steps, from);
        Stopped = Trajectory.FirstStepWithin(descent.StopBelow) is not null;
        StopStep = Trajectory.FirstStepWithin(descent.StopBelow) ?? Trajectory.StepsTaken;
    }

    public Trajectory Trajectory { get; }

    /// <summary>True when the stopping rule fired within the run.</summary>
    public bool Stopped { get; }

    /// <summary>The step the stopping rule picks (the last step when it never fires).</summary>
    public int StopStep { get; }

    public double[] Start => Trajectory.From;

    public DescentStep Stop => Trajectory.Steps[StopStep];

    public DescentStep Final => Trajectory.Final;

    public bool Diverged => Trajectory.Outcome == DescentOutcome.Diverged;

    /// <summary>The states up to the stop, thinned to at most <paramref name="max"/> (first and last kept) for drawing.</summary>
    public IReadOnlyList<DescentStep> Shown(int max = 400)
    {
        var every = Math.Max(1, (StopStep + max - 1) / max);
        var list = new List<DescentStep>();
        for (var k = 0; k < StopStep; k += every) list.Add(Trajectory.Steps[k]);
        list.Add(Stop);
        return list;
    }
}
