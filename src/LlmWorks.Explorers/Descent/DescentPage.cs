using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Descent;

/// <summary>What every scenario of a page shares: its settings, the sampled surface and the exact optimum.</summary>
internal sealed class DescentPage
{
    public DescentPage(DescentSpec spec)
    {
        Spec = spec;
        Landscape = LossLandscape.Sample(spec.Model, spec.Loss, spec.Data, spec.U, spec.V, spec.Cells, spec.Cells);
        var optimum = Numerics.Optimum.Find(spec.Model, spec.Data);
        Optimum = optimum.Values;
        OptimumNote = optimum.Note;
        OptimumLoss = Optimum is { } o ? Loss(o) : null;
        if (Optimum is { } at)
        {
            var h = Losses.Hessian(spec.Model, spec.Loss, spec.Data, at);
            (SmallestCurvature, LargestCurvature) = SymmetricEigen2.Values(h[0, 0], h[0, 1], h[1, 1]);
        }
    }

    public DescentSpec Spec { get; }

    public Landscape Landscape { get; }

    /// <summary>The exact optimum (closed form, or Newton for log-loss), or null.</summary>
    public double[]? Optimum { get; }

    public string? OptimumNote { get; }

    public double? OptimumLoss { get; }

    /// <summary>The Hessian's largest eigenvalue at the optimum: fixed-step descent settles there only when lr &lt; 2/λmax.</summary>
    public double? LargestCurvature { get; }

    /// <summary>The Hessian's smallest eigenvalue at the optimum: the flat direction along the valley's floor.</summary>
    public double? SmallestCurvature { get; }

    public IReadOnlyList<string> Names => Models.ParameterNames(Spec.Model);

    public double Loss(IReadOnlyList<double> p) => Losses.Evaluate(Spec.Model, Spec.Loss, Spec.Data, p.ToArray());
}
