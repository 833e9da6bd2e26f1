using LlmWorks.Explorers.Formatting;

namespace LlmWorks.Explorers.Logistic;

/// <summary>
/// The sigmoid σ(β₀ + β₁x) for several (β₀, β₁) with a probe x: the curve, the 0.5 threshold, the decision
/// point x = −β₀/β₁ and the probe's z, e^(−z) and p.
/// </summary>
/// <remarks>
/// Front matter: <c>scenarios: [{ id, title, description?, b0, b1, x }]</c>, with β₀ ∈ [−10, 10], β₁ ∈ [−5, 5] and
/// x ∈ [−10, 10], each in steps of 0.1 like the original's sliders.
/// </remarks>
public sealed class SigmoidExplorer : IExplorer
{
    /// <inheritdoc />
    public string Kind => "sigmoid";

    /// <inheritdoc />
    public ExplorerResult Run(PageContext page)
    {
        var scenarios = ScenarioHeader.ReadAll(page.Settings, "b0", "b1", "x").Select(h =>
        {
            var probe = new SigmoidProbe(
                ScenarioHeader.OnGrid(h.Map.Get("b0"), "b0", -10, 10, 0.1),
                ScenarioHeader.OnGrid(h.Map.Get("b1"), "b1", -5, 5, 0.1),
                ScenarioHeader.OnGrid(h.Map.Get("x"), "x", -10, 10, 0.1));
            return Scenario(h, probe);
        }).ToList();
        return new ExplorerResult([SigmoidView.Name], scenarios, []);
    }

    internal static ScenarioResult Scenario(ScenarioHeader h, SigmoidProbe p)
    {
        var readouts = new List<Readout>
        {
            new("Model", $"p = \u03c3({Fmt.Num(p.B0, 1)} {Fmt.Signed(p.B1, 1)}x)"),
            new("Decision point", p.DecisionText),
            new("z", p.ZLine),
            new("e^(\u2212z)", p.ExpLine),
            new("p", p.PLine),
            new("P(y = 1)", $"{Fmt.Num(100 * p.P, 1)}%, so the probe is class {(p.Positive ? "1 (p > 0.5)" : "0 (p \u2264 0.5)")}"),
        };
        return new ScenarioResult(h.Id, h.Title, h.Description, readouts, [SigmoidView.Asset(p)]);
    }
}
