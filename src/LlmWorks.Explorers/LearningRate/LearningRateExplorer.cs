using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.LearningRate;

/// <summary>
/// One-parameter gradient descent on a polynomial loss with two valleys: several learning rates from the same
/// start, run in lockstep, showing a crawl, a clean descent, an overshoot and a blow-up.
/// </summary>
public sealed class LearningRateExplorer : IExplorer
{
    /// <inheritdoc />
    public string Kind => "learning-rate";

    /// <inheritdoc />
    public ExplorerResult Run(PageContext page)
    {
        var state = new LessonState(LearningRateSpec.Read(page));
        var scenarios = Comparisons(state).ToList();
        scenarios.AddRange(state.Spec.Presets.Select((p, i) => PresetSection.Build(state, i)));
        return new ExplorerResult(state.Spec.Views, scenarios, Facts(state));
    }

    /// <summary>
    /// One section per view, each comparing every run: a section's figures share a row on the page, and these
    /// figures need the full width to be legible.
    /// </summary>
    private static IEnumerable<ScenarioResult> Comparisons(LessonState s)
    {
        foreach (var view in s.Spec.Views)
        {
            if (view == "runs")
            {
                var readouts = s.Runs.Select((r, i) => new Readout(s.Label(i), r.Describe(s.Curve, s.Spec))).ToList();
                var description = $"Every run starts at w = {Fmt.Num(s.Spec.Start, 3)} and takes at most {s.Spec.Steps} steps.";
                yield return new ScenarioResult(PresetSpec.ComparisonId, $"{s.Runs.Count} learning rates from the same start", description, readouts, [RunsView.Asset(s)]);
            }
            else
            {
                var readouts = s.Runs.Select((r, i) => new Readout(s.Label(i),
                    $"L = {LessonFormat.Value(r.Steps[0].Loss)} at step 0, {LessonFormat.Value(r.Final.Loss)} at step {r.LastStep}")).ToList();
                yield return new ScenarioResult(PresetSpec.LossComparisonId, "The loss, step by step", null, readouts, [LossPerStepView.Asset(s)]);
            }
        }
    }

    private static List<Readout> Facts(LessonState s)
    {
        var c = s.Curve;
        var spec = s.Spec;
        var facts = new List<Readout>
        {
            new("Loss", "L(w) = " + PolynomialText.Write(c.Loss)),
            new("Derivative", "L\u2032(w) = " + PolynomialText.Write(c.Slope)),
            new("Start", $"w = {Fmt.Num(spec.Start, 3)}, L = {Fmt.Num(c.L(spec.Start), 3)}, L\u2032 = {Fmt.Num(c.D(spec.Start), 3)}"),
        };
        foreach (var p in c.Critical)
            facts.Add(new(Capitalized(c.Name(p)), $"{LossCurve.Where(p)}, L\u2033 = {Fmt.Num(p.Curvature, 3)}"));
        foreach (var m in c.Minima)
            facts.Add(new($"Stability limit at the {c.Name(m)}, 2/L\u2033", $"\u03b1 < {Fmt.Num(LossCurve.StabilityLimit(m), 3)}"));
        if (HillJump(s) is { } jump)
            facts.Add(new("Smallest \u03b1 whose first step clears the hill", $"\u03b1 > {Fmt.Num(jump, 3)}"));
        facts.Add(new("Rules", $"converged when |L\u2032(w)| < {Fmt.Short(spec.Tolerance)} at a step's start; diverged when |w| > {Fmt.Short(spec.DivergeBeyond)}; at most {spec.Steps} steps"));
        return facts;
    }

    /// <summary>
    /// The learning rate at which the first step lands exactly on the maximum between the start's valley and the
    /// next one downhill: (w_max − w₀)/(−L′(w₀)). Null when no maximum lies in the downhill direction.
    /// </summary>
    internal static double? HillJump(LessonState s)
    {
        var w0 = s.Spec.Start;
        var g = s.Curve.D(w0);
        if (g == 0) return null;
        var maxima = s.Curve.Critical.Where(p => p.Kind == CriticalKind.Maximum);
        var hill = g < 0 ? maxima.FirstOrDefault(p => p.X > w0) : maxima.LastOrDefault(p => p.X < w0);
        return hill is null ? null : (hill.X - w0) / -g;
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
