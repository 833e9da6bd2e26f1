using LlmWorks.Explorers.Formatting;
using LlmWorks.Explorers.Presentation;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Descent;

/// <summary>The data, with each frame's model: a line, or a sigmoid with its 0.5 decision boundary.</summary>
internal static class DataPanel
{
    public static Panel Base(DescentPage page)
    {
        var spec = page.Spec;
        var d = spec.Data;
        var (xr, yr) = Ranges(spec);
        var marks = new List<Mark2D>();
        if (spec.Model == ModelKind.Logistic)
        {
            marks.Add(new RuleMark(true, 0.5, Palette.Threshold, 1, Dash.Dashed, "0.5"));
            marks.Add(new ScatterMark(Points(d, 1), Palette.Pass, 6, Rgba.Hex("#ffffff"), $"{d.YName} = 1"));
            marks.Add(new ScatterMark(Points(d, 0), Palette.Fail, 6, Rgba.Hex("#ffffff"), $"{d.YName} = 0"));
        }
        else
        {
            marks.Add(new ScatterMark(Points(d, null), Palette.Points, 6, Rgba.Hex("#ffffff"), "data"));
        }
        var chart = new Chart2D(new Axis(d.XName, xr.Min, xr.Max), new Axis(d.YName, yr.Min, yr.Max), marks, ShowLegend: spec.Model == ModelKind.Logistic);
        return new Panel("Data and model", chart, []);
    }

    public static PanelOverlay Overlay(DescentRun run, int step)
    {
        var spec = run.Spec;
        var p = run.Step(step).Values;
        if (!p.All(double.IsFinite)) return new PanelOverlay([], [], ["the parameters overflowed"]);
        var (xr, _) = Ranges(spec);
        var equation = ModelText.Equation(spec.Model, p);
        if (spec.Model != ModelKind.Logistic)
            return new PanelOverlay([new LineMark([new(xr.Min, Models.Predict(spec.Model, p, xr.Min)), new(xr.Max, Models.Predict(spec.Model, p, xr.Max))], Palette.Model, 3)], [], [equation]);

        const int n = 120;
        var curve = Enumerable.Range(0, n + 1).Select(i => xr.Min + i * (xr.Max - xr.Min) / n).Select(x => new Point2(x, Models.Predict(spec.Model, p, x))).ToList();
        var marks = new List<Mark2D> { new LineMark(curve, Palette.Sigmoid, 3) };
        var readouts = new List<string> { equation };
        if (p[1] != 0)
        {
            var b = -p[0] / p[1];
            if (b > xr.Min && b < xr.Max) marks.Insert(0, new RuleMark(false, b, Palette.Sigmoid.WithOpacity(0.7), 1.2, Dash.Dashed));
            readouts.Add($"\u0177 = 0.5 at {spec.Data.XName} = {Fmt.Num(b, 2)}");
        }
        readouts.Add($"{Misclassified(spec.Data, p)} of {spec.Data.Count} misclassified");
        return new PanelOverlay(marks, [], readouts);
    }

    /// <summary>Points on the wrong side of the 0.5 threshold.</summary>
    public static int Misclassified(Dataset d, double[] p) =>
        Enumerable.Range(0, d.Count).Count(i => (Models.Predict(ModelKind.Logistic, p, d.X[i]) >= 0.5 ? 1.0 : 0.0) != d.Y[i]);

    private static List<Point2> Points(Dataset d, double? label) =>
        Enumerable.Range(0, d.Count).Where(i => label is not { } l || d.Y[i] == l).Select(i => new Point2(d.X[i], d.Y[i])).ToList();

    private static ((double Min, double Max), (double Min, double Max)) Ranges(DescentSpec spec)
    {
        var d = spec.Data;
        var x = spec.PlotX ?? Pad(d.X.Min(), d.X.Max());
        var y = spec.PlotY ?? (spec.Model == ModelKind.Logistic ? (-0.1, 1.1) : Pad(d.Y.Min(), d.Y.Max()));
        return (x, y);
    }

    private static (double, double) Pad(double lo, double hi)
    {
        var room = hi > lo ? (hi - lo) * 0.08 : 1;
        return (lo - room, hi + room);
    }
}
