using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Landscapes;

/// <summary>
/// SSE / MSE / RMSE landscapes of a linear or quadratic fit: the data with the scenario's model,
/// and the loss surface over the first two parameters, normalized and raw.
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
        var scenarios = spec.Scenarios.Select(s => RunScenario(spec, optimum, s)).ToList();
        var facts = new List<Readout> { new("Data", $"{spec.Data.Count} points from {Path.GetFileName(spec.Data.Source)}") };
        if (optimum.Values is { } best)
        {
            facts.Add(new("Least-squares fit", ModelText.Equation(spec.Model, best, 4)));
            foreach (var l in Losses.ReportedFor(spec.Model))
                facts.Add(new($"Lowest {ModelText.LossName(l)}", Fmt.Num(Losses.Evaluate(spec.Model, l, spec.Data, best), 4)));
        }
        else
        {
            facts.Add(new("Least-squares fit", optimum.Note ?? "none"));
        }
        return new ExplorerResult(spec.Views, scenarios, facts);
    }

    private static ScenarioResult RunScenario(LandscapeSpec spec, OptimumResult optimum, ScenarioSpec scenario)
    {
        var at = scenario.At ?? optimum.Values
            ?? throw scenario.Node.Error($"scenario '{scenario.Id}' asks for the optimum, but there is none: {optimum.Note}");
        var state = new LandscapeState(spec, at, optimum.Values);
        var readouts = new List<Readout> { new("Model", ModelText.Equation(spec.Model, at)) };
        foreach (var l in Losses.ReportedFor(spec.Model))
        {
            var value = Losses.Evaluate(spec.Model, l, spec.Data, at);
            readouts.Add(new(ModelText.LossName(l), Fmt.Num(value, ModelText.LossDecimals(value))));
        }
        var figures = spec.Views.Select(v => v == "scatter" ? ScatterView.Asset(state) : SurfaceView.Asset(state, v)).ToList();
        return new ScenarioResult(scenario.Id, scenario.Title, scenario.Description, readouts, figures);
    }
}
