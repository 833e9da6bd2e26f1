using LlmWorks.Explorers.LearningRate;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Tests.LearningRate;

public sealed class LessonNumbersTests
{
    // The lesson written out by hand, independent of the Polynomial class.
    private static double L(double w) => 0.03 * w * w * w * w - 0.5 * w * w - 0.6 * w + 6;

    private static double D(double w) => 0.12 * w * w * w - w - 0.6;

    /// <summary>The original's rule as a plain loop: converged when |L′| &lt; 0.005 at a step's start, diverged when |w| &gt; 10.</summary>
    internal static (string Outcome, int Step, double W) PlainRun(double lr, int steps, double w = -3.5)
    {
        for (var k = 0; ; k++)
        {
            if (!double.IsFinite(w) || Math.Abs(w) > 10) return ("diverged", k, w);
            var g = D(w);
            if (Math.Abs(g) < 0.005) return (0.36 * w * w - 1 < 0 ? "maximum" : w < -0.63 ? "local" : "global", k, w);
            if (k == steps) return ("running", k, w);
            w -= lr * g;
        }
    }

    [Fact]
    public void Critical_points_are_the_known_values_and_zero_the_derivative()
    {
        var curve = LessonPage.State().Curve;
        var expected = new[] { (-2.5197, 5.5466, "local minimum"), (-0.6300, 6.1843, "local maximum"), (3.1497, 2.1024, "global minimum") };
        Assert.Equal(3, curve.Critical.Count);
        for (var i = 0; i < 3; i++)
        {
            var c = curve.Critical[i];
            Assert.Equal(expected[i].Item1, c.X, 4);
            Assert.Equal(expected[i].Item2, c.Value, 4);
            Assert.Equal(expected[i].Item3, curve.Name(c));
            Assert.True(Math.Abs(D(c.X)) < 1e-12, $"L'({c.X}) = {D(c.X)}");
            Assert.Equal(L(c.X), c.Value, 12);
            Assert.Equal(0.36 * c.X * c.X - 1, c.Curvature, 12);
        }
    }

    [Theory]
    [InlineData("too-small", "running")]
    [InlineData("about-right", "local")]
    [InlineData("overshoot", "global")]
    [InlineData("diverges", "diverged")]
    public void Each_preset_ends_as_the_page_says(string id, string lesson)
    {
        var result = LessonPage.Run();
        var state = LessonPage.State();
        var index = state.Spec.Presets.ToList().FindIndex(p => p.Id == id);
        var preset = state.Spec.Presets[index];
        var (outcome, step, w) = PlainRun(preset.LearningRate, state.Spec.Steps);
        Assert.Equal(lesson, outcome);
        var run = state.Runs[index];
        Assert.Equal(step, run.LastStep);
        Assert.Equal(w, run.Final.W, 1e-12 * Math.Max(1, Math.Abs(w)));

        var stated = result.Scenarios.Single(s => s.Id == id).Readouts.Single(r => r.Label == "Outcome").Value;
        var expected = outcome switch
        {
            "local" => $"converged to the local minimum w = \u22122.520 at step {step}",
            "global" => $"overshot into the global minimum basin, converged at step {step} (w = 3.150)",
            "diverged" => $"diverged at step {step} (|w| > 10)",
            _ => $"still crawling after {step} steps: w = {Formatting.Fmt.Num(w, 3)}",
        };
        Assert.Equal(expected, stated);
        // The comparison section states the same outcome.
        Assert.Contains(result.Scenarios[0].Readouts, r => r.Value == stated);
    }

    [Fact]
    public void The_crawl_is_still_far_from_the_minimum_and_converges_much_later()
    {
        var state = LessonPage.State();
        var crawl = state.Spec.Presets.Single(p => p.Id == "too-small").LearningRate;
        var (_, _, w) = PlainRun(crawl, state.Spec.Steps);
        Assert.True(Math.Abs(w - state.Curve.Minima[0].X) > 0.25, $"w = {w}");
        var (outcome, step, _) = PlainRun(crawl, 100_000);
        Assert.Equal("local", outcome);
        Assert.True(step > 5 * state.Spec.Steps, $"converges at {step}");
    }

    [Fact]
    public void The_originals_too_large_preset_never_diverges()
    {
        // 0.85 overshoots the local minimum on its first step, then settles there.
        var (outcome, step, _) = PlainRun(0.85, 1000);
        Assert.Equal("local", outcome);
        Assert.True(step < 10);
        Assert.True(-3.5 - 0.85 * D(-3.5) > -2.5197);
        // No rate up to 1.48 diverges or reaches the global minimum; all but a sliver that stops on the hilltop end local.
        var outcomes = Enumerable.Range(1, 296).Select(i => PlainRun(i * 0.005, 5000).Outcome).ToList();
        Assert.All(outcomes, o => Assert.Contains(o, new[] { "local", "maximum" }));
        Assert.True(outcomes.Count(o => o == "maximum") <= 3);
    }

    [Fact]
    public void Stability_limits_bracket_the_scan()
    {
        var state = LessonPage.State();
        var curve = state.Curve;
        var local = LossCurve.StabilityLimit(curve.Minima[0]);
        var global = LossCurve.StabilityLimit(curve.Global);
        Assert.Equal(2 / (0.36 * 2.5197 * 2.5197 - 1), local, 3);
        Assert.Equal(2 / (0.36 * 3.1497 * 3.1497 - 1), global, 3);
        var scan = LearningRateScan.Run(state, 0.005, 2, 0.005, 2000);

        // Below the global minimum's limit every run converges; the global one is never reached there.
        Assert.All(scan.Where(r => r.Lr < global), r => Assert.Equal("local", r.Outcome));
        // Above the local minimum's limit no run ends in the local minimum.
        Assert.All(scan.Where(r => r.Lr > local), r => Assert.NotEqual("local", r.Outcome));
        // The global minimum is reached only above its own limit (by landing within the tolerance, not by being held).
        Assert.All(scan.Where(r => r.Outcome == "global"), r => Assert.True(r.Lr > global));
        // Divergence first appears between the two limits: on the steep outer wall, before the local bowl's limit.
        var firstDiverging = scan.First(r => r.Outcome == "diverged").Lr;
        Assert.InRange(firstDiverging, global, local);
        var lastLocal = scan.Last(r => r.Outcome == "local").Lr;
        Assert.InRange(lastLocal, global, local);
    }

    [Fact]
    public void The_hill_needs_a_rate_above_the_global_limit()
    {
        var state = LessonPage.State();
        var jump = LearningRateExplorer.HillJump(state)!.Value;
        Assert.Equal((-0.6300 + 3.5) / -D(-3.5), jump, 3);
        Assert.True(jump > LossCurve.StabilityLimit(state.Curve.Global));
        Assert.True(state.Curve.Global.Curvature > state.Curve.Minima[0].Curvature);
        // The first step of the overshoot preset clears the hill; the clean preset's does not.
        Assert.True(state.Spec.Presets.Single(p => p.Id == "overshoot").LearningRate > jump);
        Assert.True(state.Spec.Presets.Single(p => p.Id == "about-right").LearningRate < jump);
        // Reaching the global minimum is luck: the rates 1% either side of the overshoot preset do not end there.
        var overshoot = state.Spec.Presets.Single(p => p.Id == "overshoot").LearningRate;
        Assert.NotEqual("global", PlainRun(overshoot * 0.99, state.Spec.Steps).Outcome);
        Assert.NotEqual("global", PlainRun(overshoot * 1.01, state.Spec.Steps).Outcome);
    }

    [Fact]
    public void Facts_state_the_computed_limits()
    {
        var facts = LessonPage.Run().Facts.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("L(w) = 0.03w\u2074 \u2212 0.5w\u00b2 \u2212 0.6w + 6", facts["Loss"]);
        Assert.Equal("L\u2032(w) = 0.12w\u00b3 \u2212 w \u2212 0.6", facts["Derivative"]);
        Assert.Equal("w = \u22123.500, L = 6.477, L\u2032 = \u22122.245", facts["Start"]);
        Assert.Equal("w = \u22122.520, L = 5.547, L\u2033 = 1.286", facts["Local minimum"]);
        Assert.Equal("\u03b1 < 1.556", facts["Stability limit at the local minimum, 2/L\u2033"]);
        Assert.Equal("\u03b1 < 0.778", facts["Stability limit at the global minimum, 2/L\u2033"]);
        Assert.Equal("\u03b1 > 1.278", facts["Smallest \u03b1 whose first step clears the hill"]);
    }

    [Fact]
    public void A_step_that_lands_on_the_hilltop_stops_there_and_says_so()
    {
        // The first step at 1.28 lands within the tolerance of the maximum, where the slope is flat too.
        Assert.Equal(("maximum", 1), (PlainRun(1.28, 40).Outcome, PlainRun(1.28, 40).Step));
        var result = LessonPage.Run(LessonPage.Edited("    lr: 1.5\n", "    lr: 1.28\n"));
        var outcome = result.Scenarios.Single(s => s.Id == "overshoot").Readouts.Single(r => r.Label == "Outcome").Value;
        Assert.Equal("stopped on the local maximum w = \u22120.630 at step 1, where the slope is flat too", outcome);
    }
}
