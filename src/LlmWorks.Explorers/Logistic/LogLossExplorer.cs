using LlmWorks.Explorers.Formatting;

namespace LlmWorks.Explorers.Logistic;

/// <summary>
/// The per-example log-loss −ln ŷ (y = 1) and −ln(1 − ŷ) (y = 0) as curves over ŷ, with probe points, the
/// verdict thresholds and where they are crossed, and a worked example of −[y ln ŷ + (1 − y) ln(1 − ŷ)].
/// </summary>
/// <remarks>
/// Front matter: <c>probes: [0.99, …]</c>, <c>thresholds: [0.3, 1.5]</c> (excellent below, severe above) and
/// <c>scenarios: [{ id, title, description?, label: 0|1, at: ŷ }]</c> with ŷ in [0.01, 0.99], step 0.01.
/// </remarks>
public sealed class LogLossExplorer : IExplorer
{
    /// <inheritdoc />
    public string Kind => "log-loss-curves";

    /// <inheritdoc />
    public ExplorerResult Run(PageContext page)
    {
        var spec = LogLossSpec.Read(page.Settings);
        var facts = new List<Readout>();
        foreach (var label in new[] { 1, 0 })
        {
            var good = LogLossSpec.Crossing(label, spec.Excellent);
            var bad = LogLossSpec.Crossing(label, spec.Severe);
            facts.Add(new($"Thresholds for y = {label}",
                $"loss < {Fmt.Short(spec.Excellent)} (excellent) when ŷ {(label == 1 ? ">" : "<")} {Fmt.Num(good, 3)}; " +
                $"loss > {Fmt.Short(spec.Severe)} (severe) when ŷ {(label == 1 ? "<" : ">")} {Fmt.Num(bad, 3)}"));
        }
        var scenarios = spec.Scenarios.Select(s => Scenario(spec, s.Header, s.Label, s.At)).ToList();
        return new ExplorerResult([LogLossView.Name], scenarios, facts);
    }

    private static ScenarioResult Scenario(LogLossSpec spec, ScenarioHeader h, int label, double at)
    {
        var loss = PerExampleLoss.OfProbability(at, label);
        var readouts = new List<Readout>
        {
            new("Loss", $"L = {Fmt.Num(loss, 2)} for y = {label}, ŷ = {Fmt.Num(at, 2)}"),
            new("Verdict", Verdict(spec, loss)),
            new("Worked example", WorkedExample(label, at, loss)),
        };
        var table = new DataTable(
            $"The penalty at the probe points; the verdict is for y = {label}",
            ["ŷ", "loss if y = 1: \u2212ln ŷ", "loss if y = 0: \u2212ln(1 \u2212 ŷ)", $"verdict for y = {label}"],
            spec.Probes.Select(p => (IReadOnlyList<string>)
            [
                Fmt.Num(p, 2),
                Fmt.Num(PerExampleLoss.OfProbability(p, 1), 3),
                Fmt.Num(PerExampleLoss.OfProbability(p, 0), 3),
                Verdict(spec, PerExampleLoss.OfProbability(p, label)),
            ]).ToList());
        return new ScenarioResult(h.Id, h.Title, h.Description, readouts, [LogLossView.Asset(spec, label, at)]) { Tables = [table] };
    }

    /// <summary>The original's three verdicts.</summary>
    internal static string Verdict(LogLossSpec spec, double loss) =>
        loss < spec.Excellent ? "excellent" : loss > spec.Severe ? "severe: confidently wrong" : "unsure";

    /// <summary>"−[1·ln(0.80) + (1 − 1)·ln(1 − 0.80)] = −[ln(0.80) + 0] = −(−0.22) = 0.22".</summary>
    internal static string WorkedExample(int label, double at, double loss)
    {
        var p = Fmt.Num(at, 2);
        var kept = label == 1 ? $"ln({p})" : $"ln(1 \u2212 {p})";
        return $"\u2212[{label}\u00b7ln({p}) + (1 \u2212 {label})\u00b7ln(1 \u2212 {p})] = " +
               $"\u2212[{(label == 1 ? kept + " + 0" : "0 + " + kept)}] = \u2212({Fmt.Num(-loss, 2)}) = {Fmt.Num(loss, 2)}";
    }
}
