using System.Globalization;
using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Convexity;

/// <summary>Read-outs and tables of one window: every number comes from the two <see cref="LossStudy"/>s.</summary>
internal static class ComparisonText
{
    public static string Name(LossKind l) => l == LossKind.LogLoss ? "log-loss" : "MSE";

    public static List<Readout> Readouts(ComparisonSpec spec, WindowSpec w, IReadOnlyList<LossStudy> studies)
    {
        var first = studies[0];
        var list = new List<Readout>
        {
            new("Window", $"{LogisticAxes.B1} {Fmt.Short(w.B1.Min)} to {Fmt.Short(w.B1.Max)}, {LogisticAxes.B0} {Fmt.Short(w.B0.Min)} to {Fmt.Short(w.B0.Max)}; " +
                          $"{first.Landscape.V.Length} \u00d7 {first.Landscape.U.Length} grid points"),
        };
        foreach (var s in studies)
            list.Add(new($"Non-convex, {Name(s.Loss)}", Share(s.Report.NonConvexCells, s.Report.Cells)));
        foreach (var s in studies)
            list.Add(new($"Flat, {Name(s.Loss)}", Share(s.Report.FlatCells, s.Report.Cells) +
                $" (threshold {Fmt.Num(Numerics.Convexity.FlatTolerance * (s.Landscape.Max - s.Landscape.Min), 4)})"));
        list.Add(new("Descent", $"{first.Runs.Count} starts on a {w.StartCount} \u00d7 {w.StartCount} lattice, {spec.Steps} steps; " +
            string.Join("; ", studies.Select(s => $"{Name(s.Loss)} lr {Fmt.Short(s.Descent.LearningRate)}, stop rule |\u2207| \u2264 {Fmt.Short(s.Descent.StopBelow)}"))));
        foreach (var s in studies)
            list.Add(new($"Distinct end states, {Name(s.Loss)}", $"{s.Ends.Count}: " + string.Join("; ", s.Ends.Select(e => $"{e.Label} ({e.Members.Count})"))));
        return list;
    }

    public static DataTable Ends(ComparisonSpec spec, IReadOnlyList<LossStudy> studies)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var s in studies)
            foreach (var e in s.Ends)
            {
                var r = e.Representative;
                rows.Add([Name(s.Loss), e.Label, e.Members.Count.ToString(CultureInfo.InvariantCulture),
                    StopSteps(e), EndStates.Span(e.Members.Select(m => m.Stop.Loss)), EndStates.Span(e.Members.Select(m => m.Final.Loss)),
                    Small(e.Members.Max(m => m.Final.GradientNorm)), LogisticAxes.Point(r.Final.Values)]);
            }
        return new DataTable($"Where descent ends: each start run for {spec.Steps} steps, then grouped by its last state",
            ["Loss", "End state", "Starts", "Stop rule fires at step", "Loss at the stop", $"Loss after {spec.Steps} steps",
             $"Largest |\u2207| after {spec.Steps}", "Lowest end"], rows);
    }

    public static DataTable Highlights(IReadOnlyList<LossStudy> studies)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var s in studies)
            foreach (var r in s.Highlights)
                rows.Add([Name(s.Loss), LogisticAxes.Point(r.Start, 1), Fmt.Num(r.Trajectory.Steps[0].Loss, 4),
                    r.Stopped ? r.StopStep.ToString(CultureInfo.InvariantCulture) : "never", LogisticAxes.Point(r.Stop.Values, 3), Fmt.Num(r.Stop.Loss, 4),
                    LogisticAxes.Point(r.Final.Values, 3), Fmt.Num(r.Final.Loss, 4)]);
        return new DataTable("The runs drawn on the surfaces", ["Loss", "Start", "Loss at start", "Stop step", "Stop point", "Loss at the stop",
            $"After {studies[0].Highlights.FirstOrDefault()?.Trajectory.StepsTaken ?? 0} steps", "Loss then"], rows);
    }

    public static DataTable? Valleys(LossStudy s)
    {
        if (s.Valleys.Count == 0) return null;
        var floor = s.LowestMinimum;
        var columns = new List<string> { "Valley", "Point", LogisticAxes.B1, LogisticAxes.B0, Name(s.Loss) };
        if (floor is not null) columns.Add($"above the minimum {Fmt.Num(floor.Value, 4)}");
        columns.Add("|\u2207|");
        var rows = s.Valleys.Select(v =>
        {
            var row = new List<string> { v.Group, v.Where, Fmt.Num(v.Theta[1], 3), Fmt.Num(v.Theta[0], 3), Fmt.Num(v.Loss, 6) };
            if (floor is { } f) row.Add(Small(v.Loss - f));
            row.Add(Small(v.GradientNorm));
            return (IReadOnlyList<string>)row;
        }).ToList();
        return new DataTable($"Further out along each valley where {Name(s.Loss)} descent stopped: the ray from the origin through the stop point, and the same run continued",
            columns, rows);
    }

    private static string StopSteps(EndGroup e)
    {
        var stopped = e.Members.Where(m => m.Stopped).Select(m => m.StopStep).ToList();
        if (stopped.Count == 0) return "never";
        var (lo, hi) = (stopped.Min(), stopped.Max());
        var text = lo == hi ? lo.ToString(CultureInfo.InvariantCulture) : $"{lo}\u2013{hi}";
        return stopped.Count < e.Members.Count ? $"{text} ({e.Members.Count - stopped.Count} never)" : text;
    }

    public static string Share(int count, int total) =>
        $"{Fmt.Num(100.0 * count / total, 1)}% ({count} of {total} grid points)";

    /// <summary>A small non-negative number in scientific form: "3.7 × 10⁻⁴", or "0".</summary>
    public static string Small(double v)
    {
        if (v == 0) return "0";
        if (Math.Abs(v) >= 0.01) return Fmt.Num(v, 4);
        return Fmt.Scientific(v, 1);
    }
}
