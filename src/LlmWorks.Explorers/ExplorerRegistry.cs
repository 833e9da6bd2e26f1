using LlmWorks.Explorers.Convexity;
using LlmWorks.Explorers.Descent;
using LlmWorks.Explorers.Landscapes;
using LlmWorks.Explorers.LearningRate;
using LlmWorks.Explorers.Logistic;

namespace LlmWorks.Explorers;

/// <summary>The explorers an author can name in front matter.</summary>
public static class ExplorerRegistry
{
    private static readonly IReadOnlyList<IExplorer> All =
    [
        new LossLandscapeExplorer(),
        new LearningRateExplorer(),
        new SigmoidExplorer(),
        new LogLossExplorer(),
        new PlaygroundExplorer(),
        new LossComparisonExplorer(),
        new GradientDescentExplorer(),
    ];

    /// <summary>The kinds, for error messages and documentation.</summary>
    public static IReadOnlyList<string> Kinds => All.Select(e => e.Kind).ToList();

    /// <summary>The explorer of a kind, or null.</summary>
    public static IExplorer? Find(string kind) => All.FirstOrDefault(e => e.Kind == kind);
}
