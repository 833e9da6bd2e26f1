using LlmWorks.Explorers.Formatting;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Convexity;

/// <summary>
/// A map of each window seen from above (slope across, intercept up): non-convex and flat grid points shaded from the
/// exact-Hessian measurement, every descent path up to its stop, and the stops coloured by whether a minimum lies there.
/// </summary>
internal static class RegionMapView
{
    public static FigureAsset Asset(ComparisonScenario s)
    {
        var caption = "Seen from above. Orange cells: the Hessian has a negative eigenvalue (non-convex). Grey cells: flat by the threshold in the read-outs. " +
                      "Dark lines: descent from each start (white) to where the stopping rule fires; dashed: the same run continued. " +
                      "Blue stops lie at a true minimum; red stops do not, the loss keeps falling past them.";
        var alt = string.Join(" ", s.Studies.Select(st =>
            $"{ComparisonText.Name(st.Loss)}: {Fmt.Num(100.0 * st.Report.NonConvexShare, 1)}% of grid points non-convex, {Fmt.Num(100.0 * st.Report.FlatShare, 1)}% flat; " +
            $"{st.Runs.Count} descent runs end in {st.Ends.Count} distinct state{(st.Ends.Count == 1 ? "" : "s")}."));
        return new FigureAsset("maps", caption, alt, new FigureSize(1040, 560), style => Build(s, style));
    }

    public static Figure Build(ComparisonScenario s, FigureStyle style)
    {
        var panels = s.Studies.Select(Panel).ToList();
        return new Figure(style.Size.Width, style.Size.Height, style.Theme, panels, Columns: panels.Count);
    }

    private static Panel Panel(LossStudy st)
    {
        var l = st.Landscape;
        var w = st.Window;
        var (cw, ch) = ((w.B1.Max - w.B1.Min) / w.Cells, (w.B0.Max - w.B0.Min) / w.Cells);
        List<Point2> Flagged(bool[,] flags)
        {
            var list = new List<Point2>();
            for (var i = 0; i < l.U.Length; i++)
                for (var j = 0; j < l.V.Length; j++)
                    if (flags[i, j]) list.Add(new Point2(l.V[j], l.U[i]));
            return list;
        }
        Point2 At(double[] theta) => new(theta[1], theta[0]);

        var marks = new List<Mark2D>();
        var nonConvex = Flagged(st.Report.NonConvex);
        var flat = Flagged(st.Report.Flat);
        if (nonConvex.Count > 0) marks.Add(new CellsMark(nonConvex, cw, ch, ComparisonColors.NonConvex, "non-convex"));
        if (flat.Count > 0) marks.Add(new CellsMark(flat, cw, ch, ComparisonColors.Flat, "flat"));
        var first = true;
        foreach (var run in st.Runs.Where(r => r.StopStep < r.Trajectory.StepsTaken))
        {
            var rest = run.Trajectory.Steps.Skip(run.StopStep).Where((_, k) => k % 20 == 0).Append(run.Final).Select(p => At(p.Values)).ToList();
            marks.Add(new LineMark(rest, ComparisonColors.Continued, 1.2, Dash.Dashed, first ? "continued" : null));
            first = false;
        }
        first = true;
        foreach (var run in st.Runs)
        {
            marks.Add(new LineMark(run.Shown().Select(p => At(p.Values)).ToList(), ComparisonColors.Path, 1.4, Dash.Solid, first ? "descent to the stop" : null));
            first = false;
        }
        marks.Add(new ScatterMark(st.Runs.Select(r => At(r.Start)).ToList(), ComparisonColors.Start, 3.5, ComparisonColors.Path, "start"));
        var atMin = st.Ends.Where(e => e.Kind == EndKind.Minimum).SelectMany(e => e.Members).Select(r => At(r.Stop.Values)).ToList();
        var notMin = st.Ends.Where(e => e.Kind != EndKind.Minimum).SelectMany(e => e.Members).Select(r => At(r.Stop.Values)).ToList();
        if (atMin.Count > 0) marks.Add(new ScatterMark(atMin, ComparisonColors.AtMinimum, 5, null, "stop at a minimum"));
        if (notMin.Count > 0) marks.Add(new ScatterMark(notMin, ComparisonColors.NotMinimum, 5, null, "stop, not a minimum"));

        var chart = new Chart2D(new Axis(LogisticAxes.B1Label, w.B1.Min, w.B1.Max), new Axis(LogisticAxes.B0Label, w.B0.Min, w.B0.Max), marks, ShowLegend: true, LegendBelow: true);
        var name = ComparisonText.Name(st.Loss);
        var title = st.Loss == LossKind.LogLoss ? "Log-loss: regions and descent" : "MSE: regions and descent";
        var readouts = new[]
        {
            $"non-convex {Fmt.Num(100.0 * st.Report.NonConvexShare, 1)}%, flat {Fmt.Num(100.0 * st.Report.FlatShare, 1)}%",
            $"{st.Ends.Count} end state{(st.Ends.Count == 1 ? "" : "s")} from {st.Runs.Count} starts",
        };
        return new Panel(title, chart, readouts, $"{name} over {LogisticAxes.B1} and {LogisticAxes.B0}");
    }
}
