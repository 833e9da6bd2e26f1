using LlmWorks.Explorers.Formatting;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Convexity;

/// <summary>The two surfaces side by side (slope across, intercept in depth) with the highlighted descent runs.</summary>
internal static class SurfacesView
{
    public static FigureAsset Asset(ComparisonScenario s)
    {
        var caption = "Left: the mean squared error between labels and predicted probabilities; right: log-loss, over the same window. " +
                      "Each dark path is gradient descent from a highlighted start, cut where the original explorer's stopping rule fires; the ball marks that stop " +
                      "and the blue diamond the lowest minimum descent reached.";
        var alt = string.Join(" ", s.Studies.Select(st =>
            $"{ComparisonText.Name(st.Loss)} surface from {Fmt.Num(st.Landscape.Min, 3)} to {Fmt.Num(st.Landscape.Max, 3)}; " +
            string.Join("; ", st.Highlights.Select(h => $"descent from {LogisticAxes.Point(h.Start, 1)} stops at {LogisticAxes.Point(h.Stop.Values)} with loss {Fmt.Num(h.Stop.Loss, 4)}")) + "."));
        return new FigureAsset("surfaces", caption, alt, new FigureSize(1040, 520), style => Build(s, style));
    }

    public static Figure Build(ComparisonScenario s, FigureStyle style)
    {
        var panels = s.Studies.Select(Panel).ToList();
        return new Figure(style.Size.Width, style.Size.Height, style.Theme, panels, Columns: panels.Count);
    }

    private static Panel Panel(LossStudy st)
    {
        var l = st.Landscape;
        // Numerics' grid is [b0, b1]; the figure draws b1 across (U) and b0 in depth (V), so transpose.
        var values = new double[l.V.Length, l.U.Length];
        for (var i = 0; i < l.U.Length; i++)
            for (var j = 0; j < l.V.Length; j++)
                values[j, i] = l.Values[i, j];
        Point3 At(double[] theta, double loss) => new(theta[1], theta[0], loss);
        var marks = new List<Mark3D>();
        foreach (var run in st.Highlights)
        {
            marks.Add(new PathMark(run.Shown().Select(p => At(p.Values, p.Loss)).ToList(), ComparisonColors.Path, 2.5));
            marks.Add(new BallMark(At(run.Start, run.Trajectory.Steps[0].Loss), ComparisonColors.Start, 4));
        }
        foreach (var run in st.Highlights)
            marks.Add(new BallMark(At(run.Stop.Values, run.Stop.Loss), ComparisonColors.Ball(st.Loss), 7));
        if (st.Ends.FirstOrDefault(e => e.Kind == EndKind.Minimum) is { } min)
            marks.Add(new OptimumMark(At(min.Representative.Final.Values, min.Representative.Final.Loss), ComparisonColors.AtMinimum, 6));
        var name = ComparisonText.Name(st.Loss);
        var surface = new Surface3D(l.V, l.U, values, LogisticAxes.B1Label, LogisticAxes.B0Label, name, SurfaceGeometry.Normalized,
            new Camera(-40, 32, 4.5, 1.0), marks, ComparisonColors.Map(st.Loss));
        var title = st.Loss == LossKind.LogLoss ? "Log-loss + sigmoid" : "MSE of probabilities + sigmoid";
        var subtitle = st.Report.NonConvexCells == 0
            ? "convex: no grid point with negative curvature"
            : $"non-convex at {Fmt.Num(100.0 * st.Report.NonConvexShare, 0)}% of the grid";
        var readouts = st.Highlights.Select(h => $"({Fmt.Short(h.Start[1])}, {Fmt.Short(h.Start[0])}) \u2192 step {h.StopStep}, {name} {Fmt.Num(h.Stop.Loss, 4)}").ToList();
        return new Panel(title, surface, readouts, subtitle);
    }
}
