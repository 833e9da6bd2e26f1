using LlmWorks.Explorers.Landscapes;
using LlmWorks.Explorers.Settings;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.LearningRate;

/// <summary>A learning-rate page's settings, checked and typed.</summary>
internal sealed record LearningRateSpec(
    Polynomial Loss,
    double Start,
    int Steps,
    double Tolerance,
    double DivergeBeyond,
    (double Min, double Max) PlotW,
    (double Min, double Max)? PlotLoss,
    IReadOnlyList<string> Views,
    IReadOnlyList<PresetSpec> Presets)
{
    /// <summary>Views this explorer can draw.</summary>
    public static readonly string[] KnownViews = ["runs", "loss-per-step"];

    /// <summary>Reads and checks the page's settings; every mistake names its line.</summary>
    public static LearningRateSpec Read(PageContext page)
    {
        var s = page.Settings;
        var lossNode = s.Get("loss").AsMap("loss");
        lossNode.OnlyKeys("coefficients");
        var loss = ReadLoss(lossNode.Get("coefficients"));

        var start = s.Get("start").AsDouble("start");
        var steps = s.Get("steps").AsInt("steps", 1, 10_000);
        var tolerance = Positive(s.Find("tolerance"), "tolerance", 0.005);
        var beyond = Positive(s.Find("diverge-beyond"), "diverge-beyond", 10);
        if (Math.Abs(start) >= beyond)
            throw s.Get("start").Error($"start must lie inside the divergence bound |w| < {beyond.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        var plot = s.Get("plot").AsMap("plot");
        plot.OnlyKeys("w", "loss");
        var plotW = LandscapeSpec.Range(plot.Get("w"), "plot.w");
        var plotLoss = plot.Find("loss") is { } pl ? LandscapeSpec.Range(pl, "plot.loss") : ((double, double)?)null;

        var views = s.Views(KnownViews);

        return new LearningRateSpec(loss, start, steps, tolerance, beyond, plotW, plotLoss, views, PresetSpec.ReadAll(s.Get("scenarios")));
    }

    private static Polynomial ReadLoss(SettingsNode node)
    {
        var c = node.AsDoubles("loss.coefficients");
        var p = new Polynomial(c);
        if (p.Degree < 2 || p.Degree % 2 != 0 || p.Leading <= 0)
            throw node.Error("loss.coefficients (lowest power first) must describe a polynomial of even degree 2 or more with a positive leading coefficient, so the loss has a lowest point");
        return p;
    }

    private static double Positive(SettingsNode? node, string what, double fallback)
    {
        if (node is null) return fallback;
        var v = node.AsDouble(what);
        return v > 0 ? v : throw node.Error($"{what} must be above 0");
    }
}
