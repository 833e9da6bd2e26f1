using LlmWorks.Explorers.Formatting;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Descent;

/// <summary>
/// Gradient descent as an animated lesson: each scenario runs fixed-step descent on the page's loss (the same loss
/// the surface and the loss curve draw) and states its outcome from the trajectory; views are the three-panel
/// animation (<c>descent</c>) and the surface with the whole path (<c>surface</c>).
/// </summary>
public sealed class GradientDescentExplorer : IExplorer
{
    /// <inheritdoc />
    public string Kind => "gradient-descent";

    /// <inheritdoc />
    public ExplorerResult Run(PageContext page)
    {
        var spec = DescentSpec.Read(page);
        var shared = new DescentPage(spec);
        var scenarios = spec.Scenarios.Select(s => RunScenario(shared, new DescentRun(spec, s))).ToList();
        return new ExplorerResult(spec.Views, scenarios, Facts(shared));
    }

    private static List<Readout> Facts(DescentPage page)
    {
        var spec = page.Spec;
        var name = ModelText.LossName(spec.Loss);
        var start = page.Loss(spec.From);
        var facts = new List<Readout>
        {
            new("Data", $"{spec.Data.Count} points from {Path.GetFileName(spec.Data.Source)}"),
            new("Loss descended and drawn", $"{name} (the surface, the loss curve and every step use this one loss)"),
            new("Start", $"{ModelText.Parameters(spec.Model, spec.From)}: {name} {DescentText.Value(start)}, |∇| = {DescentText.Value(Norm(Losses.Gradient(spec.Model, spec.Loss, spec.Data, spec.From)))}"),
        };
        var method = spec.Model == ModelKind.Logistic ? "Newton's method" : "closed form";
        facts.Add(page.Optimum is { } o
            ? new($"Optimum ({method})", $"{ModelText.Parameters(spec.Model, o, 4)}: {name} {DescentText.Value(page.OptimumLoss!.Value)}")
            : new($"Optimum ({method})", page.OptimumNote ?? "none"));
        if (page.LargestCurvature is { } lambda && lambda > 0)
        {
            facts.Add(new("Stability limit", $"near the optimum the largest curvature is λmax = {Fmt.Num(lambda, 4)}, so steps settle only for learning rates below 2/λmax = {Fmt.Num(2 / lambda, 4)}"));
            if (page.SmallestCurvature is { } low && low > 0)
                facts.Add(new("Valley shape", $"the smallest curvature is λmin = {Fmt.Num(low, 4)}: the valley is {Fmt.Num(lambda / low, 1)} times more curved across than along its floor"));
        }
        if (spec.Model == ModelKind.Logistic && page.Optimum is { } w && w[1] != 0)
            facts.Add(new("Optimal boundary", $"ŷ = 0.5 at {spec.Data.XName} = {Fmt.Num(-w[0] / w[1], 2)}"));
        facts.Add(new("Converged means", $"|∇| ≤ {Fmt.Short(spec.Tolerance)}; the run stops at that step"));
        facts.Add(new("Diverged means", $"the {name} exceeds {DescentText.Value(GradientDescent.DivergenceFactor)} times its start (or overflows)"));
        facts.Add(new("Animation pacing", Pacing.Rule));
        return facts;
    }

    private static ScenarioResult RunScenario(DescentPage page, DescentRun run)
    {
        var spec = page.Spec;
        var name = DescentText.Loss(run);
        var timing = run.Scenario.Timing;
        var readouts = new List<Readout>
        {
            new("Learning rate", DescentText.Rate(run.Scenario.LearningRate)),
            new("Outcome", DescentText.Outcome(run)),
            new("Step cap", run.Scenario.Steps.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new($"{name}: start → step {run.LastStep}", $"{DescentText.Value(run.Start.Loss)} → {DescentText.Value(run.Last.Loss)}"),
            new($"Model at step {run.LastStep}", run.Last.Values.All(double.IsFinite) ? ModelText.Equation(spec.Model, run.Last.Values, 4) : "overflowed"),
        };
        if (page.Optimum is { } o && run.Last.Values.All(double.IsFinite))
        {
            var distance = Math.Sqrt(o.Select((v, i) => (v - run.Last.Values[i]) * (v - run.Last.Values[i])).Sum());
            readouts.Add(new("Distance to the optimum", $"{DescentText.Value(distance)} in parameters; {name} above the lowest: {DescentText.Value(run.Last.Loss - page.OptimumLoss!.Value)}"));
        }
        if (DescentText.GridNote(run) is { } note) readouts.Add(new("Drawing", note));
        readouts.Add(new("Animation", $"{timing.Frames} frames at {Fmt.Short(timing.Fps)} fps ({Fmt.Short(Math.Round(timing.Seconds, 2))} s), steps 0 to {run.LastStep}"));

        var figures = spec.Views.Select(v => v == "descent" ? DescentAsset(page, run) : SurfaceAsset(page, run)).ToList();
        return new ScenarioResult(run.Scenario.Id, run.Scenario.Title, run.Scenario.Description, readouts, figures);
    }

    private static FigureAsset DescentAsset(DescentPage page, DescentRun run)
    {
        var timing = run.Scenario.Timing;
        var caption = $"Learning rate {DescentText.Rate(run.Scenario.LearningRate)}: {DescentText.Outcome(run)}. Left: the ball rolls over the {DescentText.Loss(run)} surface " +
                      "(blue diamond: the optimum). Middle: the model of the current step. Right: the loss at every step, the whole run faint, the part run so far in red.";
        return new FigureAsset("descent", caption, DescentText.Alt(page, run, "Animation"), new FigureSize(1200, 460),
            style => DescentFigures.Animate(page, run, style, new AnimationTiming(2, timing.Fps)).FrameAt(1),
            (style, t) => DescentFigures.Animate(page, run, style, t)) { Timing = timing };
    }

    private static FigureAsset SurfaceAsset(DescentPage page, DescentRun run)
    {
        var caption = $"The whole path of learning rate {DescentText.Rate(run.Scenario.LearningRate)} on the {DescentText.Loss(run)} surface: {DescentText.Outcome(run)}.";
        return new FigureAsset("surface", caption, DescentText.Alt(page, run, "Still"), new FigureSize(720, 540), style => DescentFigures.Surface(page, run, style));
    }

    private static double Norm(double[] g) => Math.Sqrt(g.Sum(v => v * v));
}
