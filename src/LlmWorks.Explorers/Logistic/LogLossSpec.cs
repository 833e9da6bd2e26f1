using LlmWorks.Explorers.Settings;

namespace LlmWorks.Explorers.Logistic;

/// <summary>A log-loss page's settings: probe probabilities, the two verdict thresholds, and per scenario a label and a ŷ.</summary>
internal sealed record LogLossSpec(IReadOnlyList<double> Probes, double Excellent, double Severe, IReadOnlyList<(ScenarioHeader Header, int Label, double At)> Scenarios)
{
    public static LogLossSpec Read(SettingsMap s)
    {
        var probesNode = s.Get("probes");
        var probes = probesNode.AsDoubles("probes");
        if (probes.Length == 0 || probes.Any(p => !(p > 0 && p < 1)))
            throw probesNode.Error("probes must list probabilities strictly between 0 and 1");
        var thresholds = s.Get("thresholds");
        var t = thresholds.AsDoubles("thresholds", 2);
        if (!(t[0] > 0 && t[0] < t[1]))
            throw thresholds.Error("thresholds must be [excellent-below, severe-above] with 0 < the first < the second");
        var scenarios = ScenarioHeader.ReadAll(s, "label", "at").Select(h =>
        {
            var label = h.Map.Get("label").AsInt("label", 0, 1);
            var at = ScenarioHeader.OnGrid(h.Map.Get("at"), "at", 0.01, 0.99, 0.01);
            return (h, label, at);
        }).ToList();
        return new LogLossSpec(probes, t[0], t[1], scenarios);
    }

    /// <summary>The ŷ at which the loss for <paramref name="label"/> equals <paramref name="loss"/>: e^(−L) for y = 1, 1 − e^(−L) for y = 0.</summary>
    public static double Crossing(int label, double loss) => label == 1 ? Math.Exp(-loss) : 1 - Math.Exp(-loss);
}
