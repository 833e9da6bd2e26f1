using System.Globalization;
using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Descent;

/// <summary>The words and numbers a descent run is described with, all from its trajectory.</summary>
internal static class DescentText
{
    /// <summary>A loss or gradient value: fixed decimals, or "1.23 × 10⁸" once it is huge or tiny.</summary>
    public static string Value(double v)
    {
        if (double.IsNaN(v)) return "not a number";
        if (double.IsInfinity(v)) return v > 0 ? "∞" : "−∞";
        var a = Math.Abs(v);
        return a != 0 && (a >= 1e6 || a < 1e-4) ? Fmt.Scientific(v, 2) : Fmt.Num(v, ModelText.LossDecimals(v));
    }

    /// <summary>The learning rate as the author wrote it (no rounding).</summary>
    public static string Rate(double lr) => lr.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>"converged: |∇| ≤ 0.01 at step 175" and its siblings.</summary>
    public static string Outcome(DescentRun r) => r.End switch
    {
        RunEnd.Converged => $"converged: |∇| ≤ {Fmt.Short(r.Spec.Tolerance)} at step {r.LastStep}",
        RunEnd.Diverged => $"diverged at step {r.LastStep}: the {Loss(r)} grew to {Value(r.Last.Loss)}, over {Value(GradientDescent.DivergenceFactor)} times its start",
        RunEnd.StillDescending => $"still descending after {r.LastStep} steps (|∇| = {Value(r.Last.GradientNorm)}, tolerance {Fmt.Short(r.Spec.Tolerance)})",
        _ => $"not settled after {r.LastStep} steps: the {Loss(r)} still rises and falls (|∇| = {Value(r.Last.GradientNorm)}, tolerance {Fmt.Short(r.Spec.Tolerance)})",
    };

    /// <summary>Why the drawn path stops short, when it does.</summary>
    public static string? GridNote(DescentRun r) => r.LeftGridAt is { } k
        ? $"the path leaves the drawn grid at step {k}; the surface path and ball stop at the grid's edge, the loss curve goes on to step {r.LastStep}"
        : null;

    public static string Loss(DescentRun r) => ModelText.LossName(r.Spec.Loss);

    /// <summary>Alt text of the animation and its stills: the numbers a sighted reader would take from it.</summary>
    public static string Alt(DescentPage page, DescentRun r, string what)
    {
        var spec = page.Spec;
        var text = $"{what} of gradient descent on the {Loss(r)} of {ModelPhrase(spec.Model)} with learning rate {Rate(r.Scenario.LearningRate)}, " +
                   $"from {ModelText.Parameters(spec.Model, spec.From)} ({Loss(r)} {Value(r.Start.Loss)}): {Outcome(r)}. " +
                   $"After step {r.LastStep} the model is {ModelText.Equation(spec.Model, r.Last.Values)} with {Loss(r)} {Value(r.Last.Loss)}";
        if (page.OptimumLoss is { } best) text += $"; the lowest possible is {Value(best)}";
        text += ".";
        if (GridNote(r) is { } note) text += " Note: " + note + ".";
        return text;
    }

    /// <summary>"a line y = slope·x + intercept" or "a logistic model ŷ = σ(b0 + b1·x)".</summary>
    public static string ModelPhrase(ModelKind m) =>
        m == ModelKind.Linear ? "a line y = slope·x + intercept" : "a logistic model \u0177 = \u03c3(b0 + b1·x)";
}
