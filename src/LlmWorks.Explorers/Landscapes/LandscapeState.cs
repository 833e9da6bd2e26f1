using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Landscapes;

/// <summary>One scenario's numbers, computed once and shared by its views.</summary>
internal sealed class LandscapeState
{
    public LandscapeState(LandscapeSpec spec, double[] at, double[]? optimum)
    {
        Spec = spec;
        At = at;
        Optimum = optimum;
        Loss = Losses.Evaluate(spec.Model, spec.Loss, spec.Data, at);
        HeldThird = spec.Model == ModelKind.Quadratic && !spec.BestThird ? at[2] : null;
        _stats = SufficientStats.From(spec.Data);
        Landscape = LossLandscape.Sample(spec.Model, spec.Loss, spec.Data, spec.U, spec.V, spec.Cells.U, spec.Cells.V, HeldThird);
    }

    private readonly SufficientStats _stats;

    public LandscapeSpec Spec { get; }

    public double[] At { get; }

    public double[]? Optimum { get; }

    /// <summary>The scenario's loss (its full parameter vector).</summary>
    public double Loss { get; }

    /// <summary>c held on the quadratic surface, or null when each (a, b) cell uses its best c.</summary>
    public double? HeldThird { get; }

    public Landscape Landscape { get; }

    public IReadOnlyList<string> Names => Models.ParameterNames(Spec.Model);

    /// <summary>The quadratic's c that minimises the loss for given a and b.</summary>
    public double BestThird(double a, double b) => _stats.BestC(a, b);

    /// <summary>The loss drawn on the surface at (u, v): the scenario's third parameter held, or the best one.</summary>
    public double SurfaceLoss(double u, double v)
    {
        if (Spec.Model != ModelKind.Quadratic) return Losses.Evaluate(Spec.Model, Spec.Loss, Spec.Data, [u, v]);
        var c = HeldThird ?? BestThird(u, v);
        return Losses.Evaluate(Spec.Model, Spec.Loss, Spec.Data, [u, v, c]);
    }
}
