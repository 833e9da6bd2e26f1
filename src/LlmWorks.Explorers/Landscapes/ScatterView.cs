using LlmWorks.Explorers.Formatting;
using LlmWorks.Explorers.Presentation;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Landscapes;

/// <summary>The data with the scenario's model and each point's residual.</summary>
internal static class ScatterView
{
    public static FigureAsset Asset(LandscapeState s)
    {
        var d = s.Spec.Data;
        var lossName = ModelText.LossName(s.Spec.Loss);
        var equation = ModelText.Equation(s.Spec.Model, s.At);
        var caption = $"The data and the model {equation}; dashed segments are the residuals whose squares the loss adds up.";
        var alt = $"Scatter plot of {d.Count} points of {d.YName} against {d.XName}, with the line {equation}. " +
                  $"Its {lossName} is {Fmt.Num(s.Loss, ModelText.LossDecimals(s.Loss))}; the largest residual is " +
                  $"{Fmt.Num(LargestResidual(s), 2)} at {d.XName} = {Fmt.Short(d.X[LargestResidualIndex(s)])}.";
        return new FigureAsset("scatter", caption, alt, new FigureSize(720, 480), style => Build(s, style));
    }

    public static Figure Build(LandscapeState s, FigureStyle style)
    {
        var d = s.Spec.Data;
        var (xr, yr) = (s.Spec.PlotX ?? Pad(d.X), s.Spec.PlotY ?? Pad(d.Y));
        var points = d.X.Select((x, i) => new Point2(x, d.Y[i])).ToList();
        var residuals = d.X.Select((x, i) => (new Point2(x, d.Y[i]), new Point2(x, Predict(s, x)))).ToList();
        var marks = new List<Mark2D>
        {
            new SegmentsMark(residuals, Palette.Residual, 1.5, Dash.Dashed, "residual"),
            new LineMark(Curve(s, xr), Palette.Model, 3, Dash.Solid, "model"),
            new ScatterMark(points, Palette.Points, 6, Rgba.Hex("#ffffff"), "data"),
        };
        var chart = new Chart2D(new Axis(d.XName, xr.Min, xr.Max), new Axis(d.YName, yr.Min, yr.Max), marks, ShowLegend: true);
        var readouts = new[]
        {
            ModelText.Equation(s.Spec.Model, s.At),
            $"{ModelText.LossName(s.Spec.Loss)} = {Fmt.Num(s.Loss, ModelText.LossDecimals(s.Loss))}",
        };
        return Figure.Single(style.Size.Width, style.Size.Height, style.Theme, new Panel("Data and model", chart, readouts));
    }

    private static double Predict(LandscapeState s, double x) => Models.Predict(s.Spec.Model, s.At, x);

    private static List<Point2> Curve(LandscapeState s, (double Min, double Max) xr)
    {
        var n = s.Spec.Model == ModelKind.Linear ? 1 : 200;
        return Enumerable.Range(0, n + 1).Select(i => xr.Min + i * (xr.Max - xr.Min) / n).Select(x => new Point2(x, Predict(s, x))).ToList();
    }

    private static int LargestResidualIndex(LandscapeState s)
    {
        var d = s.Spec.Data;
        var best = 0;
        for (var i = 1; i < d.Count; i++)
            if (Math.Abs(d.Y[i] - Predict(s, d.X[i])) > Math.Abs(d.Y[best] - Predict(s, d.X[best]))) best = i;
        return best;
    }

    private static double LargestResidual(LandscapeState s)
    {
        var i = LargestResidualIndex(s);
        return s.Spec.Data.Y[i] - Predict(s, s.Spec.Data.X[i]);
    }

    /// <summary>A range around the values with 8% room on each side (or ±1 when all are equal).</summary>
    private static (double Min, double Max) Pad(double[] values)
    {
        var (lo, hi) = (values.Min(), values.Max());
        var room = hi > lo ? (hi - lo) * 0.08 : 1;
        return (lo - room, hi + room);
    }
}
