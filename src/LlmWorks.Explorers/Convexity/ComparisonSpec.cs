using LlmWorks.Explorers.Landscapes;
using LlmWorks.Explorers.Settings;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Convexity;

/// <summary>How one loss is descended: fixed learning rate, and the original explorer's stopping rule |∇| ≤ StopBelow.</summary>
internal sealed record LossDescent(LossKind Loss, double LearningRate, double StopBelow);

/// <summary>A loss-comparison page's settings, checked and typed.</summary>
internal sealed record ComparisonSpec(
    Dataset Data,
    LossDescent Mse,
    LossDescent LogLoss,
    int Steps,
    IReadOnlyList<double> ValleyScales,
    IReadOnlyList<string> Views,
    IReadOnlyList<WindowSpec> Scenarios)
{
    /// <summary>Views this explorer can draw.</summary>
    public static readonly string[] KnownViews = ["surfaces", "maps"];

    /// <summary>The two losses in display order.</summary>
    public IReadOnlyList<LossDescent> Losses => [Mse, LogLoss];

    /// <summary>Reads and checks the page's settings; every mistake names its line.</summary>
    public static ComparisonSpec Read(PageContext page)
    {
        var s = page.Settings;
        var dataNode = s.Get("data");
        var data = page.LoadData();
        try
        {
            Numerics.Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, data, [0.0, 0.0]);
        }
        catch (ArgumentException e)
        {
            throw dataNode.Error(e.Message);
        }

        var descent = s.Get("descent").AsMap("descent");
        descent.OnlyKeys("mse", "logloss", "steps");
        var steps = descent.Get("steps").AsInt("descent.steps", 1, 100_000);
        var scales = s.Get("valley-scales").AsDoubles("valley-scales");
        if (scales.Length == 0 || scales.Any(v => v < 1) || scales.Zip(scales.Skip(1)).Any(p => p.Second <= p.First))
            throw s.Get("valley-scales").Error("valley-scales must list increasing factors, each at least 1");

        var views = s.Views(KnownViews);

        return new ComparisonSpec(data, Descent(descent, "mse", LossKind.ProbabilityMse), Descent(descent, "logloss", LossKind.LogLoss),
            steps, scales, views, WindowSpec.ReadAll(s.Get("scenarios")));
    }

    private static LossDescent Descent(SettingsMap descent, string key, LossKind loss)
    {
        var map = descent.Get(key).AsMap($"descent.{key}");
        map.OnlyKeys("lr", "stop-below");
        var lr = map.Get("lr").AsDouble($"descent.{key}.lr");
        if (lr <= 0) throw map.Get("lr").Error($"descent.{key}.lr must be above 0");
        var stop = map.Get("stop-below").AsDouble($"descent.{key}.stop-below");
        if (stop <= 0) throw map.Get("stop-below").Error($"descent.{key}.stop-below must be above 0");
        return new LossDescent(loss, lr, stop);
    }

    /// <summary>A [low, high] pair, as the landscape explorer reads it.</summary>
    internal static (double Min, double Max) Range(SettingsNode node, string what) => LandscapeSpec.Range(node, what);
}
