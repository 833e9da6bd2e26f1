using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Convexity;

/// <summary>What the end of a full-length run is.</summary>
internal enum EndKind
{
    /// <summary>Zero gradient (≤ <see cref="EndStates.StationaryBelow"/>) and curved upwards: a true minimum.</summary>
    Minimum,

    /// <summary>Gradient not zero, or zero without upward curvature: not a minimum, descent would keep going if it ran longer.</summary>
    StillSinking,

    /// <summary>The run blew up.</summary>
    Diverged,
}

/// <summary>Runs that end in the same state: the same minimum, or sinking in the same direction.</summary>
internal sealed record EndGroup(EndKind Kind, string Label, IReadOnlyList<DescentRun> Members)
{
    /// <summary>The member that got lowest, standing for the group.</summary>
    public DescentRun Representative => Members.Where(m => double.IsFinite(m.Final.Loss)).MinBy(m => m.Final.Loss) ?? Members[0];
}

/// <summary>
/// Classifies where full-length descent runs end. A minimum needs |∇| ≤ 1e-9 and a smallest Hessian eigenvalue ≥ 1e-6 (exact
/// Hessian from Numerics); minima closer than 1e-4 are one. Every other finite end is grouped by the classes its predictions
/// round to (ŷ ≥ 0.5 → 1): each saturated region of the MSE surface is one such labelling.
/// </summary>
internal static class EndStates
{
    public const double StationaryBelow = 1e-9;
    public const double CurvedAbove = 1e-6;
    public const double SamePoint = 1e-4;

    public static IReadOnlyList<EndGroup> Group(Dataset data, LossKind loss, IReadOnlyList<DescentRun> runs)
    {
        var groups = new List<(EndKind Kind, string Key, string Label, List<DescentRun> Members)>();
        foreach (var run in runs)
        {
            var (kind, key, label) = Classify(data, loss, run);
            var match = groups.FindIndex(g => g.Kind == kind && (kind == EndKind.Minimum ? Near(g.Members[0].Final.Values, run.Final.Values) : g.Key == key));
            if (match >= 0) groups[match].Members.Add(run);
            else groups.Add((kind, key, label, [run]));
        }
        return groups.OrderBy(g => g.Kind).ThenByDescending(g => g.Members.Count)
            .Select(g => new EndGroup(g.Kind, g.Label, g.Members)).ToList();
    }

    public static (EndKind Kind, string Key, string Label) Classify(Dataset data, LossKind loss, DescentRun run)
    {
        if (run.Diverged) return (EndKind.Diverged, "diverged", "diverged");
        var end = run.Final;
        var curvature = LogisticAxes.MinCurvature(Losses.Hessian(ModelKind.Logistic, loss, data, end.Values));
        if (end.GradientNorm <= StationaryBelow && curvature >= CurvedAbove)
            return (EndKind.Minimum, "", $"minimum at {LogisticAxes.Point(end.Values)}");
        // Away from a minimum the sigmoid saturates, so the end is best named by the classes it rounds to.
        var labels = data.X.Select(x => Models.Predict(ModelKind.Logistic, end.Values, x) >= 0.5 ? 1 : 0).ToList();
        var wrong = labels.Where((c, i) => c != data.Y[i]).Count();
        var pattern = string.Join(" ", labels);
        return (EndKind.StillSinking, pattern, $"not a minimum: rounds to {pattern} ({wrong} wrong)");
    }

    private static bool Near(double[] a, double[] b) => Math.Abs(a[0] - b[0]) <= SamePoint && Math.Abs(a[1] - b[1]) <= SamePoint;

    /// <summary>"0.2500" or "0.2502–0.2508".</summary>
    public static string Span(IEnumerable<double> values, int decimals = 4)
    {
        var list = values.ToList();
        var (lo, hi) = (list.Min(), list.Max());
        return Fmt.Num(lo, decimals) == Fmt.Num(hi, decimals) ? Fmt.Num(lo, decimals) : $"{Fmt.Num(lo, decimals)}\u2013{Fmt.Num(hi, decimals)}";
    }
}
