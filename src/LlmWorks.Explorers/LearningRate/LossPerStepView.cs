using LlmWorks.Explorers.Formatting;
using LlmWorks.Explorers.Presentation;
using LlmWorks.Figures.Model;

namespace LlmWorks.Explorers.LearningRate;

/// <summary>The loss after each step, one line per learning rate; a run that blows up leaves through the top, marked.</summary>
internal static class LossPerStepView
{
    public static FigureAsset Asset(LessonState s)
    {
        var caption = "The loss after each step, one line per learning rate. Dotted lines mark the loss at each minimum; " +
                      "a line that stops early has converged or diverged.";
        return new FigureAsset("loss-per-step", caption, AltText(s), new FigureSize(800, 480), style => Build(s, style));
    }

    /// <summary>The top of the loss axis: room above the highest loss any bounded run reaches.</summary>
    public static double Top(LessonState s)
    {
        var bounded = s.Runs.Where(r => r.Outcome != RunOutcome.Diverged).SelectMany(r => r.Steps).Select(p => p.Loss)
            .Append(s.Curve.L(s.Spec.Start)).Max();
        return Math.Ceiling(bounded * 1.25);
    }

    public static Figure Build(LessonState s, FigureStyle style)
    {
        var top = Top(s);
        var bottom = Math.Min(0, Math.Floor(s.Curve.Global.Value));
        var marks = new List<Mark2D>();
        foreach (var m in s.Curve.Minima)
        {
            // Labelled under the rule's right end: the runs approach each minimum's loss from above.
            marks.Add(new RuleMark(true, m.Value, Palette.Landmark, 1, Dash.Dotted));
            marks.Add(new TextMark(new Point2(s.Spec.Steps, m.Value), $"{s.Curve.Name(m)}, L = {Fmt.Num(m.Value, 3)}", Palette.Landmark, -6, 16, TextAnchor.End));
        }
        for (var i = 0; i < s.Runs.Count; i++)
        {
            var run = s.Runs[i];
            var color = Palette.Series[i % Palette.Series.Count];
            var points = run.Steps.Where(p => double.IsFinite(p.Loss)).Select(p => new Point2(p.Step, p.Loss)).ToList();
            marks.Add(new LineMark(points, color, 2.5, Dash.Solid, s.Label(i)));
            if (run.Outcome == RunOutcome.Diverged && Exit(points, top) is { } exit)
            {
                marks.Add(new PointMark(exit, MarkerShape.Circle, color, 6));
                var anchor = exit.X > s.Spec.Steps / 2.0 ? TextAnchor.End : TextAnchor.Start;
                // The marker sits where the line leaves the chart, which is before the step that tripped the divergence rule.
                var note = $"{run.Describe(s.Curve, s.Spec)}, above the chart from step {(int)Math.Ceiling(exit.X)}";
                marks.Add(new TextMark(exit, note, color, anchor == TextAnchor.End ? -10 : 10, 18, anchor));
            }
            else
            {
                marks.Add(new PointMark(points[^1], MarkerShape.Circle, color, 5));
            }
        }
        var chart = new Chart2D(new Axis("step", 0, s.Spec.Steps), new Axis("loss L(w)", bottom, top), marks, ShowLegend: true);
        return Figure.Single(style.Size.Width, style.Size.Height, style.Theme, new Panel("Loss after each step", chart, []));
    }

    /// <summary>Where the line first crosses the top of the axis (linear between steps), or null if it never does.</summary>
    internal static Point2? Exit(IReadOnlyList<Point2> points, double top)
    {
        for (var i = 1; i < points.Count; i++)
        {
            var (a, b) = (points[i - 1], points[i]);
            if (a.Y <= top && b.Y > top)
                return new Point2(a.X + (top - a.Y) / (b.Y - a.Y) * (b.X - a.X), top);
        }
        return points.Count > 0 && points[^1].Y > top ? new Point2(points[0].X, top) : null;
    }

    private static string AltText(LessonState s)
    {
        var runs = string.Join("; ", s.Runs.Select((r, i) =>
            $"{s.Label(i)} starts at loss {Fmt.Num(r.Steps[0].Loss, 3)} and {r.Describe(s.Curve, s.Spec)}" +
            (r.Outcome == RunOutcome.Diverged ? "" : $", ending at loss {Fmt.Num(r.Final.Loss, 3)}")));
        return $"Line chart of the loss against the step, 0 to {s.Spec.Steps}. {runs}.";
    }
}
