using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Descent;

/// <summary>
/// One scenario's descent, run once with Numerics and judged: where it stops (convergence, divergence or
/// the step cap), and the part of its path that lies on the drawn grid.
/// </summary>
internal sealed class DescentRun
{
    public DescentRun(DescentSpec spec, DescentScenarioSpec scenario)
    {
        Spec = spec;
        Scenario = scenario;
        Trajectory = GradientDescent.Run(spec.Model, spec.Loss, spec.Data, scenario.LearningRate, scenario.Steps, spec.From);
        var within = Trajectory.FirstStepWithin(spec.Tolerance);
        if (within is { } k && (Trajectory.DivergedAtStep is not { } d0 || k < d0))
            (End, LastStep) = (RunEnd.Converged, k);
        else if (Trajectory.DivergedAtStep is { } d)
            (End, LastStep) = (RunEnd.Diverged, d);
        else
            (End, LastStep) = (StillFalling() ? RunEnd.StillDescending : RunEnd.NotSettled, Trajectory.StepsTaken);
        LeftGridAt = Enumerable.Range(0, LastStep + 1).Cast<int?>().FirstOrDefault(i => !OnGrid(Trajectory.Steps[i!.Value]));
    }

    public DescentSpec Spec { get; }

    public DescentScenarioSpec Scenario { get; }

    public Trajectory Trajectory { get; }

    public RunEnd End { get; }

    /// <summary>The last step drawn: the convergence step, the divergence step, or the step cap.</summary>
    public int LastStep { get; }

    /// <summary>The first step whose parameters lie off the drawn grid (or are not finite), or null.</summary>
    public int? LeftGridAt { get; }

    public DescentStep Step(int k) => Trajectory.Steps[k];

    public DescentStep Start => Trajectory.Steps[0];

    public DescentStep Last => Trajectory.Steps[LastStep];

    /// <summary>
    /// The path of steps 0..<paramref name="upTo"/> on the surface. A path that leaves the grid is cut where it
    /// crosses the grid's edge (that point's loss evaluated exactly), so the drawing never extrapolates the surface.
    /// </summary>
    public IReadOnlyList<Point3> SurfacePath(int upTo)
    {
        var points = new List<Point3>();
        for (var k = 0; k <= upTo; k++)
        {
            if (LeftGridAt is { } off && k >= off)
            {
                if (k > 0 && Edge(Step(k - 1).Values, Step(k).Values) is { } edge) points.Add(edge);
                break;
            }
            var s = Step(k);
            points.Add(new Point3(s.Values[0], s.Values[1], s.Loss));
        }
        return points;
    }

    private bool OnGrid(DescentStep s) => s.Values.All(double.IsFinite) && Spec.OnGrid(s.Values);

    /// <summary>Where the segment from <paramref name="a"/> (on the grid) towards <paramref name="b"/> crosses the grid edge.</summary>
    private Point3? Edge(double[] a, double[] b)
    {
        if (!b.All(double.IsFinite)) return null;
        var t = 1.0;
        t = Math.Min(t, Exit(a[0], b[0], Spec.U));
        t = Math.Min(t, Exit(a[1], b[1], Spec.V));
        double[] p = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
        p[0] = Math.Clamp(p[0], Spec.U.Min, Spec.U.Max);
        p[1] = Math.Clamp(p[1], Spec.V.Min, Spec.V.Max);
        return new Point3(p[0], p[1], Losses.Evaluate(Spec.Model, Spec.Loss, Spec.Data, p));
    }

    private static double Exit(double from, double to, (double Min, double Max) r) =>
        to > r.Max ? (r.Max - from) / (to - from) : to < r.Min ? (r.Min - from) / (to - from) : 1;

    /// <summary>Whether the loss fell at every one of the last tenth of the steps (at least the last two).</summary>
    private bool StillFalling()
    {
        var steps = Trajectory.Steps;
        var n = Math.Max(2, steps.Count / 10);
        for (var k = Math.Max(1, steps.Count - n); k < steps.Count; k++)
            if (!(steps[k].Loss <= steps[k - 1].Loss)) return false;
        return true;
    }
}
