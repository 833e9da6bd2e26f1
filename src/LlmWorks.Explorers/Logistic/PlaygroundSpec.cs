using LlmWorks.Explorers.Settings;

namespace LlmWorks.Explorers.Logistic;

/// <summary>
/// A playground page's settings: the initial points, the L2 strength λ on w, the learning rate α of the update shown in
/// the backward pass, an optional unfitted starting (w, b), and scenarios that are sequences of edits.
/// </summary>
internal sealed record PlaygroundSpec(
    IReadOnlyList<LabeledPoint> Points,
    double Lambda,
    double LearningRate,
    (double W, double B)? Start,
    IReadOnlyList<(ScenarioHeader Header, IReadOnlyList<PlaygroundEdit> Edits)> Scenarios)
{
    public static PlaygroundSpec Read(SettingsMap s)
    {
        var points = s.Get("points").AsList("points").Select(n =>
        {
            var pair = n.AsList("a point");
            if (pair.Count != 2) throw n.Error("a point must be [x, label]");
            return new LabeledPoint(PlaygroundEdit.ReadX(pair[0]), pair[1].AsInt("the label", 0, 1));
        }).ToList();
        var lambda = s.Find("lambda") is { } l ? NonNegative(l, "lambda") : 0.01;
        var rate = s.Find("learning-rate") is { } r ? Positive(r, "learning-rate") : 0.5;
        (double, double)? start = null;
        if (s.Find("start") is { } st)
        {
            var v = st.AsDoubles("start", 2);
            start = (v[0], v[1]);
        }
        var scenarios = ScenarioHeader.ReadAll(s, "edits").Select(h =>
            (h, (IReadOnlyList<PlaygroundEdit>)(h.Map.Find("edits")?.AsList("edits").Select(PlaygroundEdit.Read).ToList() ?? []))).ToList();
        return new PlaygroundSpec(points, lambda, rate, start, scenarios);
    }

    private static double NonNegative(SettingsNode n, string what)
    {
        var v = n.AsDouble(what);
        return v >= 0 ? v : throw n.Error($"{what} must be 0 or more");
    }

    private static double Positive(SettingsNode n, string what)
    {
        var v = n.AsDouble(what);
        return v > 0 ? v : throw n.Error($"{what} must be above 0");
    }
}
