using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Convexity;

/// <summary>One point further out along a valley where descent was stopped.</summary>
/// <param name="Group">Label of the end group whose valley this is.</param>
/// <param name="Where">"stop ×4" for the ray through the stop point, or "after N steps" for continued descent.</param>
internal sealed record ValleyRow(string Group, string Where, double[] Theta, double Loss, double GradientNorm);

/// <summary>
/// Tests whether a place where the stopping rule halted descent is a minimum: the loss is evaluated at t·θ_stop for the
/// page's factors t (the ray from the origin through the stop point, which runs along the valley), and the same run's state
/// after all its steps is added. A minimum would show the loss rising again; a valley that keeps sinking shows it falling.
/// </summary>
internal static class ValleyProbe
{
    public static IReadOnlyList<ValleyRow> Rows(ComparisonSpec spec, LossStudy study)
    {
        var rows = new List<ValleyRow>();
        foreach (var group in study.Ends.Where(g => g.Kind == EndKind.StillSinking && g.Representative.StopStep > 0))
        {
            var run = group.Representative;
            var stop = run.Stop.Values;
            foreach (var t in spec.ValleyScales)
            {
                double[] theta = [t * stop[0], t * stop[1]];
                var g = Losses.Gradient(ModelKind.Logistic, study.Loss, spec.Data, theta);
                rows.Add(new ValleyRow(group.Label, t == 1 ? $"stop (step {run.StopStep})" : $"stop \u00d7{Formatting.Fmt.Short(t)}",
                    theta, Losses.Evaluate(ModelKind.Logistic, study.Loss, spec.Data, theta), Math.Sqrt(g[0] * g[0] + g[1] * g[1])));
            }
            rows.Add(new ValleyRow(group.Label, $"after {run.Trajectory.StepsTaken} steps", run.Final.Values, run.Final.Loss, run.Final.GradientNorm));
        }
        return rows;
    }
}
