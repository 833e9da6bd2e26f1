using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Convexity;

/// <summary>One loss over one window: the sampled surface, the exact convexity measurement, and descent from every start.</summary>
internal sealed class LossStudy
{
    public LossStudy(ComparisonSpec spec, LossDescent descent, WindowSpec w)
    {
        Descent = descent;
        Window = w;
        // Numerics samples θ = [b0, b1]: U is b0 and V is b1.
        Landscape = LossLandscape.Sample(ModelKind.Logistic, descent.Loss, spec.Data, w.B0, w.B1, w.Cells, w.Cells);
        Report = Numerics.Convexity.Measure(ModelKind.Logistic, descent.Loss, spec.Data, w.B0, w.B1, w.Cells, w.Cells);
        Runs = w.Starts().Select(s => new DescentRun(spec.Data, descent, spec.Steps, s)).ToList();
        Highlights = w.Highlights.Select(s => new DescentRun(spec.Data, descent, spec.Steps, s)).ToList();
        Ends = EndStates.Group(spec.Data, descent.Loss, Runs);
        Valleys = ValleyProbe.Rows(spec, this);
    }

    public LossDescent Descent { get; }

    public WindowSpec Window { get; }

    public LossKind Loss => Descent.Loss;

    /// <summary>Values[i, j] at b0 = U[i], b1 = V[j].</summary>
    public Landscape Landscape { get; }

    /// <summary>Flags indexed like <see cref="Landscape"/>.</summary>
    public ConvexityReport Report { get; }

    public IReadOnlyList<DescentRun> Runs { get; }

    public IReadOnlyList<DescentRun> Highlights { get; }

    public IReadOnlyList<EndGroup> Ends { get; }

    public IReadOnlyList<ValleyRow> Valleys { get; }

    /// <summary>Loss of the lowest minimum that descent reached, or null when no run reached one.</summary>
    public double? LowestMinimum => Ends.Where(e => e.Kind == EndKind.Minimum).Select(e => (double?)e.Representative.Final.Loss).Min();
}
