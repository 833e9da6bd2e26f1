using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Convexity;

/// <summary>
/// "Why not MSE for classification": the MSE-of-probabilities and log-loss surfaces of a logistic model side by side,
/// with the share of non-convex and flat grid points measured from the exact Hessian, descent from a lattice of starts,
/// and a check of whether the places descent stops are minima at all.
/// </summary>
public sealed class LossComparisonExplorer : IExplorer
{
    /// <inheritdoc />
    public string Kind => "loss-comparison";

    /// <inheritdoc />
    public ExplorerResult Run(PageContext page)
    {
        var spec = ComparisonSpec.Read(page);
        var scenarios = spec.Scenarios.Select(w => RunScenario(spec, new ComparisonScenario(spec, w))).ToList();
        return new ExplorerResult(spec.Views, scenarios, Facts(spec));
    }

    private static List<Readout> Facts(ComparisonSpec spec)
    {
        var d = spec.Data;
        var facts = new List<Readout> { new("Data", $"{d.Count} points from {Path.GetFileName(d.Source)}: " + string.Join(", ", d.X.Select((x, i) => $"({Fmt.Short(x)}, {Fmt.Short(d.Y[i])})"))) };
        var optimum = Optimum.Find(ModelKind.Logistic, d);
        if (optimum.Values is { } best)
        {
            facts.Add(new("Log-loss minimum (Newton)", $"{LogisticAxes.Point(best, 4)}: {ModelText.Equation(ModelKind.Logistic, best, 4)}"));
            facts.Add(new("Log-loss there", Fmt.Num(Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, d, best), 6)));
            facts.Add(new("MSE there", Fmt.Num(Losses.Evaluate(ModelKind.Logistic, LossKind.ProbabilityMse, d, best), 6)));
        }
        else
        {
            facts.Add(new("Log-loss minimum", optimum.Note ?? "none"));
        }
        return facts;
    }

    private static ScenarioResult RunScenario(ComparisonSpec spec, ComparisonScenario s)
    {
        var w = s.Window;
        var figures = spec.Views.Select(v => v == "surfaces" ? SurfacesView.Asset(s) : RegionMapView.Asset(s)).ToList();
        var tables = new List<DataTable> { ComparisonText.Ends(spec, s.Studies) };
        if (w.Highlights.Count > 0) tables.Add(ComparisonText.Highlights(s.Studies));
        tables.AddRange(s.Studies.Select(ComparisonText.Valleys).OfType<DataTable>());
        return new ScenarioResult(w.Id, w.Title, w.Description, ComparisonText.Readouts(spec, w, s.Studies), figures) { Tables = tables };
    }
}
