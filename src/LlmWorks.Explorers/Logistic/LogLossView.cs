using LlmWorks.Explorers.Formatting;
using LlmWorks.Figures.Model;

namespace LlmWorks.Explorers.Logistic;

/// <summary>Both per-example loss curves over ŷ, the scenario's label drawn bold, with probes, thresholds and the scenario's ŷ.</summary>
internal static class LogLossView
{
    public const string Name = "curves";

    public static FigureAsset Asset(LogLossSpec spec, int label, double at)
    {
        var loss = PerExampleLoss.OfProbability(at, label);
        var active = label == 1 ? "\u2212ln ŷ" : "\u2212ln(1 \u2212 ŷ)";
        var caption = $"The loss for y = {label} is {active} (bold); the other label's curve is grey. Dots are the probe points; " +
                      $"dotted lines mark the original's verdicts, excellent below {Fmt.Short(spec.Excellent)} and severe above {Fmt.Short(spec.Severe)}; the diamonds are where the curve crosses them.";
        var alt = $"Two curves over predicted probability ŷ from 0 to 1, loss from 0 to 5. The curve for y = {label}, {active}, " +
                  $"{(label == 1 ? "falls from the top left to 0 at ŷ = 1" : "rises from 0 at ŷ = 0 towards the top right")}. " +
                  $"The marked prediction ŷ = {Fmt.Num(at, 2)} costs {Fmt.Num(loss, 2)}.";
        return new FigureAsset(Name, caption, alt, new FigureSize(720, 480), style => Build(spec, label, at, style));
    }

    public static Figure Build(LogLossSpec spec, int label, double at, FigureStyle style)
    {
        var color = label == 1 ? LogisticColors.Green : LogisticColors.Red;
        // Curves are labelled where they are, not in a legend: both top corners hold a curve's steep end.
        var marks = new List<Mark2D>
        {
            new RuleMark(true, spec.Excellent, LogisticColors.Muted, 1, Dash.Dotted),
            new RuleMark(true, spec.Severe, LogisticColors.Muted, 1, Dash.Dotted),
            // The curves cross a level at ŷ and 1 − ŷ, symmetric about 0.5, so the middle of each rule is free for its label.
            new TextMark(new Point2(0.5, spec.Excellent), $"excellent below {Fmt.Short(spec.Excellent)}", LogisticColors.Muted, 0, -5, TextAnchor.Middle),
            new TextMark(new Point2(0.5, spec.Severe), $"severe above {Fmt.Short(spec.Severe)}", LogisticColors.Muted, 0, -5, TextAnchor.Middle),
        };
        foreach (var l in new[] { 1 - label, label })
        {
            var active = l == label;
            var ink = active ? color : LogisticColors.Inactive;
            marks.Add(new LineMark(Curve(l), ink, active ? 4 : 2, Dash.Solid));
            var (p, name) = l == 1 ? (0.1, "y = 1: \u2212ln ŷ") : (0.9, "y = 0: \u2212ln(1 \u2212 ŷ)");
            marks.Add(new TextMark(new Point2(p, PerExampleLoss.OfProbability(p, l)), name, active ? color : LogisticColors.Muted, l == 1 ? 10 : -10, 0, l == 1 ? TextAnchor.Start : TextAnchor.End));
        }
        // y = 1 falls to the right, so labels above-right and below-left of a point stay off the curve; y = 0 mirrors it.
        var side = label == 1 ? 1 : -1;
        var (ahead, behind) = label == 1 ? (TextAnchor.Start, TextAnchor.End) : (TextAnchor.End, TextAnchor.Start);
        foreach (var loss in new[] { spec.Excellent, spec.Severe })
        {
            var p = LogLossSpec.Crossing(label, loss);
            marks.Add(new PointMark(new Point2(p, loss), MarkerShape.Diamond, LogisticColors.Text, 5));
            marks.Add(new TextMark(new Point2(p, loss), $"ŷ = {Fmt.Num(p, 3)}", LogisticColors.Text, -8 * side, 16, behind));
        }
        var probes = spec.Probes.Select(p => new Point2(p, PerExampleLoss.OfProbability(p, label))).ToList();
        marks.Add(new ScatterMark(probes, color, 4.5, Rgba.Hex("#ffffff")));
        foreach (var q in probes)
        {
            // Next to the point, ahead of the slope; centred above it where that side would leave the plot.
            var edge = label == 1 ? q.X > 0.9 : q.X < 0.1;
            marks.Add(edge
                ? new TextMark(q, Fmt.Num(q.Y, 2), LogisticColors.Text, -4 * side, -12, label == 1 ? TextAnchor.End : TextAnchor.Start)
                : new TextMark(q, Fmt.Num(q.Y, 2), LogisticColors.Text, 8 * side, -6, ahead));
        }
        var lossAt = PerExampleLoss.OfProbability(at, label);
        var point = new Point2(at, lossAt);
        marks.Add(new SegmentsMark([(new Point2(at, 0), point), (new Point2(0, lossAt), point)], color, 1.2, Dash.Dotted));
        marks.Add(new PointMark(point, MarkerShape.Circle, color, 7));
        var chart = new Chart2D(new Axis("Predicted probability (ŷ)", 0, 1), new Axis("Loss / penalty", 0, 5), marks);
        var title = $"Log-loss for y = {label}: ŷ = {Fmt.Num(at, 2)} costs {Fmt.Num(lossAt, 2)}";
        return Figure.Single(style.Size.Width, style.Size.Height, style.Theme, new Panel(title, chart, []));
    }

    private static List<Point2> Curve(int label) =>
        Enumerable.Range(1, 99).Select(i => i / 100.0).Select(p => new Point2(p, PerExampleLoss.OfProbability(p, label))).ToList();
}
