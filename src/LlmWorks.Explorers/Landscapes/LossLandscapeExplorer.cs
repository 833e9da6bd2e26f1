using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Landscapes;

/// <summary>
/// SSE / MSE / RMSE landscapes of a linear or quadratic fit: the data with the scenario's model,
/// the loss surface over the first two parameters (normalized, raw, log height) and the three
/// losses side by side.
/// </summary>
public sealed class LossLandscapeExplorer : IExplorer
{
    /// <inheritdoc />
    public string Kind => "loss-landscape";

    /// <inheritdoc />
    public ExplorerResult Run(PageContext page)
    {
        var spec = LandscapeSpec.Read(page);
        var optimum = Optimum.Find(spec.Model, spec.Data);
        var states = spec.Scenarios.Select(s => new LandscapeState(spec, At(s, optimum), optimum.Values)).ToList();
        var scenarios = spec.Scenarios.Select((s, i) => RunScenario(s, states[i])).ToList();
        return new ExplorerResult(spec.Views, scenarios, LandscapeFacts.For(spec, optimum, states[0]));
    }

    private static double[] At(ScenarioSpec scenario, OptimumResult optimum) =>
        scenario.At ?? optimum.Values
        ?? throw scenario.Node.Error($"scenario '{scenario.Id}' asks for the optimum, but there is none: {optimum.Note}");

    private static ScenarioResult RunScenario(ScenarioSpec scenario, LandscapeState state)
    {
        var spec = state.Spec;
        var readouts = new List<Readout> { new("Model", ModelText.Equation(spec.Model, state.At)) };
        foreach (var l in Losses.ReportedFor(spec.Model))
        {
            var value = Losses.Evaluate(spec.Model, l, spec.Data, state.At);
            readouts.Add(new(ModelText.LossName(l), Fmt.Num(value, ModelText.LossDecimals(value))));
        }
        var figures = spec.Views.Select(v => v switch
        {
            "scatter" => ScatterView.Asset(state),
            "compare-losses" => CompareView.Asset(state),
            _ => SurfaceView.Asset(state, v),
        }).ToList();
        return new ScenarioResult(scenario.Id, scenario.Title, scenario.Description, readouts, figures);
    }
}
