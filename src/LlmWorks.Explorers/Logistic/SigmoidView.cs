using LlmWorks.Explorers.Formatting;
using LlmWorks.Explorers.Presentation;
using LlmWorks.Figures.Model;

namespace LlmWorks.Explorers.Logistic;

/// <summary>The sigmoid curve with the 0.5 threshold, the decision point and the probe.</summary>
internal static class SigmoidView
{
    public const string Name = "curve";

    private const double XMin = -10, XMax = 10, YMin = -0.05, YMax = 1.05;

    public static FigureAsset Asset(SigmoidProbe p)
    {
        var curve = $"p = \u03c3({Fmt.Num(p.B0, 1)} {Fmt.Signed(p.B1, 1)}x)";
        var caption = $"The curve {curve} over x from \u221210 to 10. The dashed line is p = 0.5; " +
                      (p.DecisionPoint is { } x0 ? $"the curve crosses it at the decision point x = {Fmt.Num(x0, 2)}. " : "the curve is flat, so it has no decision point. ") +
                      $"The probe at x = {Fmt.Num(p.X, 1)} has z = {Fmt.Num(p.Z, 2)} and p = {Fmt.Num(p.P, 3)}.";
        var alt = $"Sigmoid curve {curve}, " + Shape(p) + $" Probe point at x = {Fmt.Num(p.X, 1)}, p = {Fmt.Num(p.P, 3)}, coloured {(p.Positive ? "green (class 1)" : "red (class 0)")}.";
        return new FigureAsset(Name, caption, alt, new FigureSize(720, 460), style => Build(p, style));
    }

    public static Figure Build(SigmoidProbe p, FigureStyle style)
    {
        var probeColor = p.Positive ? LogisticColors.Green : LogisticColors.Red;
        var samples = Enumerable.Range(0, 201).Select(i => XMin + i * 0.1).Select(x => new Point2(x, p.Predict(x))).ToList();
        var probe = new Point2(p.X, p.P);
        var marks = new List<Mark2D>
        {
            new RuleMark(true, 0.5, LogisticColors.Threshold, 2, Dash.Dashed, "p = 0.5"),
            new LineMark(samples, LogisticColors.Curve, 4, Dash.Solid, "\u03c3(\u03b2\u2080 + \u03b2\u2081x)"),
            new SegmentsMark([(new Point2(p.X, YMin), probe), (new Point2(XMin, p.P), probe)], probeColor, 1.2, Dash.Dotted),
        };
        if (p.DecisionPoint is { } x0 && x0 is >= XMin and <= XMax)
        {
            marks.Add(new PointMark(new Point2(x0, 0.5), MarkerShape.Diamond, Palette.Optimum, 7, "decision point"));
            // A rising curve leaves the upper left of the point free, a falling one the upper right.
            var rising = p.B1 > 0;
            marks.Add(new TextMark(new Point2(x0, 0.5), $"x = {Fmt.Num(x0, 2)}", LogisticColors.Text, rising ? -10 : 10, -12, rising ? TextAnchor.End : TextAnchor.Start));
        }
        marks.Add(new PointMark(probe, MarkerShape.Circle, probeColor, 8, p.Positive ? "probe, class 1" : "probe, class 0"));
        var chart = new Chart2D(new Axis("Input value (x)", XMin, XMax), new Axis("Probability \u03c3(z)", YMin, YMax), marks, ShowLegend: true);
        var readouts = new[]
        {
            $"z = {Fmt.Num(p.Z, 2)}",
            $"p = \u03c3(z) = {Fmt.Num(p.P, 3)}",
            p.DecisionPoint is { } d ? $"decision point x = {Fmt.Num(d, 2)}" : "no decision point (\u03b2\u2081 = 0)",
        };
        var title = $"p = \u03c3({Fmt.Num(p.B0, 1)} {Fmt.Signed(p.B1, 1)}x)";
        return Figure.Single(style.Size.Width, style.Size.Height, style.Theme, new Panel(title, chart, readouts));
    }

    private static string Shape(SigmoidProbe p) => p.B1 switch
    {
        > 0 => $"rising from 0 to 1 and crossing 0.5 at x = {Fmt.Num(p.DecisionPoint!.Value, 2)}.",
        < 0 => $"falling from 1 to 0 and crossing 0.5 at x = {Fmt.Num(p.DecisionPoint!.Value, 2)}.",
        _ => $"flat at p = {Fmt.Num(p.P, 3)}.",
    };
}
