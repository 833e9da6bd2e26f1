namespace LlmWorks.Explorers.Convexity;

/// <summary>One window's numbers for both losses, computed once and shared by its views and tables.</summary>
internal sealed class ComparisonScenario(ComparisonSpec spec, WindowSpec window)
{
    public WindowSpec Window { get; } = window;

    /// <summary>MSE first, then log-loss.</summary>
    public IReadOnlyList<LossStudy> Studies { get; } = spec.Losses.Select(d => new LossStudy(spec, d, window)).ToList();
}
