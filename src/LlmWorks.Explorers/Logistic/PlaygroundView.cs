using LlmWorks.Explorers.Formatting;
using LlmWorks.Explorers.Presentation;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Logistic;

/// <summary>One playground state: the points in class colours, the model's sigmoid, the 0.5 threshold and each point's residual.</summary>
internal static class PlaygroundView
{
    public const string Name = "fit";

    private static readonly Axis XAxis = new("Input (x)", PlaygroundEdit.XMin, PlaygroundEdit.XMax);
    private static readonly Axis YAxis = new("Probability (y)", -0.1, 1.1);

    public static FigureAsset Asset(PlaygroundState s)
    {
        var model = s.HasModel ? $"the {(s.Fitted ? "fitted" : "unfitted")} curve {Curve(s)}" : "no curve (there is no finite fit)";
        var caption = $"{s.Points.Count} points (green pass, red fail) with {model}; dashed segments join each point to its predicted probability.";
        var alt = $"Scatter of {s.Points.Count(p => p.Label == 0)} fail points at y = 0 and {s.Points.Count(p => p.Label == 1)} pass points at y = 1 over x from 0 to 8, " +
                  (s.HasModel ? $"with {model}; J = {Fmt.Num(s.J, 4)}." : "and no curve: " + s.Note);
        return new FigureAsset(Name, caption, alt, new FigureSize(720, 440), style => Build(s, style));
    }

    /// <summary>The state's figure; its numbers go in the subtitle, since a read-out box would hide points at y = 1.</summary>
    public static Figure Build(PlaygroundState s, FigureStyle style) => Empty(style, Marks(s, false), [], Summary(s));

    /// <summary>The chart with only the threshold; states are laid over it.</summary>
    public static Figure Empty(FigureStyle style, IReadOnlyList<Mark2D> marks, IReadOnlyList<string> readouts, string? subtitle)
    {
        List<Mark2D> all = [new RuleMark(true, 0.5, Palette.Threshold, 2, Dash.Dotted, "p = 0.5"), .. marks];
        var chart = new Chart2D(XAxis, YAxis, all, ShowLegend: true);
        return Figure.Single(style.Size.Width, style.Size.Height, style.Theme, new Panel("Data points and the logistic fit", chart, readouts, subtitle));
    }

    /// <summary>"w = 3.5318, b = −9.8271, J = 0.1286, boundary x = 2.78".</summary>
    public static string Summary(PlaygroundState s) => s.HasModel
        ? $"w = {Fmt.Num(s.W!.Value, 4)}, b = {Fmt.Num(s.B!.Value, 4)}, J = {Fmt.Num(s.J, 4)}, {Boundary(s)}"
        : $"no finite fit for these {s.Points.Count} point{(s.Points.Count == 1 ? "" : "s")}";

    /// <summary>Everything that changes from state to state; <paramref name="previousCurve"/> adds the curve before the edit, dashed grey.</summary>
    public static IReadOnlyList<Mark2D> Marks(PlaygroundState s, bool previousCurve)
    {
        var marks = new List<Mark2D>();
        if (previousCurve && s.Previous is { HasModel: true } prev)
            marks.Add(new LineMark(Samples(prev), Palette.Threshold, 2, Dash.Dashed, prev.Fitted ? "before the edit" : "before fitting"));
        if (s.HasModel && !previousCurve)
        {
            foreach (var label in new[] { 0, 1 })
            {
                var segments = Enumerable.Range(0, s.Points.Count).Where(i => s.Points[i].Label == label)
                    .Select(i => (new Point2(s.Points[i].X, label), new Point2(s.Points[i].X, s.YHat(i)))).ToList();
                if (segments.Count > 0) marks.Add(new SegmentsMark(segments, ClassColor(label).WithOpacity(0.6), 1.5, Dash.Dashed));
            }
            marks.Add(new LineMark(Samples(s), Palette.Sigmoid, 3, Dash.Solid, s.Fitted ? "fitted \u03c3(wx + b)" : "\u03c3(wx + b), not fitted"));
        }
        if (s.Highlight is { } h)
            marks.Add(new ScatterMark([new Point2(s.Points[h - 1].X, s.Points[h - 1].Label)], Rgba.Hex("#00000000"), 13, LogisticColors.Text));
        foreach (var label in new[] { 0, 1 })
        {
            var pts = s.Points.Where(p => p.Label == label).Select(p => new Point2(p.X, p.Label)).ToList();
            if (pts.Count > 0) marks.Add(new ScatterMark(pts, ClassColor(label), 8, Rgba.Hex("#ffffff"), label == 1 ? "pass (y = 1)" : "fail (y = 0)"));
        }
        for (var i = 0; i < s.Points.Count; i++)
        {
            var p = s.Points[i];
            marks.Add(new TextMark(new Point2(p.X, p.Label), (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), LogisticColors.Text, 0, p.Label == 1 ? -14 : 24, TextAnchor.Middle));
        }
        return marks;
    }

    private static string Boundary(PlaygroundState s)
    {
        if (s.W == 0) return "no decision boundary (w = 0)";
        return $"boundary x = \u2212b/w = {Fmt.Num(-s.B!.Value / s.W!.Value, 2)}";
    }

    private static string Curve(PlaygroundState s) => ModelText.Equation(ModelKind.Logistic, s.Theta, 4);

    private static List<Point2> Samples(PlaygroundState s) =>
        Enumerable.Range(0, 161).Select(i => i * 0.05).Select(x => new Point2(x, Models.Predict(ModelKind.Logistic, s.Theta, x))).ToList();

    internal static Rgba ClassColor(int label) => label == 1 ? Palette.Pass : Palette.Fail;
}
