namespace LlmWorks.Explorers.LearningRate;

/// <summary>The page's numbers, computed once and shared by its views: the curve and one run per preset.</summary>
internal sealed class LessonState
{
    public LessonState(LearningRateSpec spec)
    {
        Spec = spec;
        Curve = new LossCurve(spec.Loss);
        Runs = spec.Presets.Select(p => LessonRun.Execute(Curve, spec, p.LearningRate)).ToList();
        var (lo, hi) = spec.PlotW;
        var samples = Enumerable.Range(0, CurveSegments + 1).Select(i => Curve.L(lo + i * (hi - lo) / CurveSegments)).ToList();
        LossRange = spec.PlotLoss ?? (Math.Min(0, samples.Min()), samples.Max() + 0.05 * (samples.Max() - Math.Min(0, samples.Min())));
    }

    /// <summary>Segments of the drawn curve (the original's 300).</summary>
    public const int CurveSegments = 300;

    public LearningRateSpec Spec { get; }

    public LossCurve Curve { get; }

    /// <summary>One run per preset, in the author's order.</summary>
    public IReadOnlyList<LessonRun> Runs { get; }

    /// <summary>The loss axis of the curve panels.</summary>
    public (double Min, double Max) LossRange { get; }

    /// <summary>The most steps any run took: the length of a lockstep animation.</summary>
    public int LongestRun => Runs.Max(r => r.LastStep);

    public string Label(int i) => $"{Spec.Presets[i].Title} (\u03b1 = {Formatting.Fmt.Short(Spec.Presets[i].LearningRate)})";
}
