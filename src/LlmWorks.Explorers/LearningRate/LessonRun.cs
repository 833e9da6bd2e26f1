using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.LearningRate;

/// <summary>How a lesson run ended under the original's rules.</summary>
internal enum RunOutcome
{
    /// <summary>|L′| fell below the tolerance at the start of a step.</summary>
    Converged,

    /// <summary>|w| left the bound (or stopped being a number).</summary>
    Diverged,

    /// <summary>Neither, within the page's steps.</summary>
    StillRunning,
}

/// <summary>
/// One learning rate run from the page's start with <see cref="GradientDescent.Run1D"/>, cut where the original
/// stops: converged once |L′(w)| &lt; tolerance at a step's start, diverged once |w| exceeds the bound.
/// <see cref="Landmark"/> is the critical point a converged run stopped at (a maximum is flat too, so a step can
/// land there by chance), or the minimum of the valley an unfinished run is in.
/// </summary>
internal sealed record LessonRun(
    double LearningRate,
    IReadOnlyList<(int Step, double W, double Loss, double Derivative)> Steps,
    RunOutcome Outcome,
    CriticalPoint? Landmark,
    bool Monotone)
{
    public (int Step, double W, double Loss, double Derivative) Final => Steps[^1];

    /// <summary>The step index of the last state (the stop step, or the page's step count).</summary>
    public int LastStep => Final.Step;

    public static LessonRun Execute(LossCurve curve, LearningRateSpec spec, double learningRate)
    {
        // No loss level counts as divergence here: the lesson's rule is on |w|, applied below.
        var run = GradientDescent.Run1D(curve.L, curve.D, learningRate, spec.Steps, spec.Start, double.PositiveInfinity);
        var kept = new List<(int Step, double W, double Loss, double Derivative)>();
        foreach (var s in run.Steps)
        {
            kept.Add(s);
            if (!double.IsFinite(s.W) || Math.Abs(s.W) > spec.DivergeBeyond)
                return new LessonRun(learningRate, kept, RunOutcome.Diverged, null, false);
            if (Math.Abs(s.Derivative) < spec.Tolerance)
                return new LessonRun(learningRate, kept, RunOutcome.Converged, curve.Critical.MinBy(c => Math.Abs(c.X - s.W)), true);
        }
        if (run.Outcome == DescentOutcome.Diverged)
            return new LessonRun(learningRate, kept, RunOutcome.Diverged, null, false);
        var monotone = kept.Count < 3 || Math.Sign(kept[^1].W - kept[^2].W) == Math.Sign(kept[^2].W - kept[^3].W);
        return new LessonRun(learningRate, kept, RunOutcome.StillRunning, curve.BasinOf(kept[^1].W), monotone);
    }

    /// <summary>The outcome as the page states it, e.g. "converged to the local minimum w = −2.520 at step 23".</summary>
    public string Describe(LossCurve curve, LearningRateSpec spec)
    {
        var startBasin = curve.BasinOf(spec.Start);
        return Outcome switch
        {
            RunOutcome.Converged when Landmark!.Kind == CriticalKind.Maximum =>
                $"stopped on the {curve.Name(Landmark)} w = {Fmt.Num(Landmark.X, 3)} at step {LastStep}, where the slope is flat too",
            RunOutcome.Converged when Landmark == startBasin =>
                $"converged to the {curve.Name(Landmark)} w = {Fmt.Num(Landmark.X, 3)} at step {LastStep}",
            RunOutcome.Converged =>
                $"overshot into the {curve.Name(Landmark!)} basin, converged at step {LastStep} (w = {Fmt.Num(Landmark!.X, 3)})",
            RunOutcome.Diverged => double.IsFinite(Final.W)
                ? $"diverged at step {LastStep} (|w| > {Fmt.Short(spec.DivergeBeyond)})"
                : $"diverged at step {LastStep} (w is no longer a finite number)",
            _ => $"still {(Monotone ? "crawling" : "bouncing")} after {LastStep} steps: w = {LessonFormat.Value(Final.W)}",
        };
    }

    /// <summary>Near a minimum each step multiplies the distance to it by 1 − αL″ (for a quadratic bowl).</summary>
    public double? FactorPerStep => Landmark is { Kind: CriticalKind.Minimum } m ? 1 - LearningRate * m.Curvature : null;

    /// <summary>The minimum a run converged to or is still heading for; null when it diverged or stopped on a maximum.</summary>
    public CriticalPoint? Minimum => Landmark is { Kind: CriticalKind.Minimum } m ? m : null;
}
