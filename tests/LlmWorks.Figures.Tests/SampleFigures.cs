using LlmWorks.Figures.Model;

namespace LlmWorks.Figures.Tests;

/// <summary>The SSE-landscape figures of seed page 1, built by hand for tests and visual checks.</summary>
internal static class SampleFigures
{
    public static readonly double[] Xs = [1, 1.5, 2, 2.3, 2.5, 2.7, 2.8, 3, 3.2, 3.5];
    public static readonly double[] Ys = [10, 15, 18, 22, 23, 26, 25, 30, 31, 33];

    public static readonly Rgba Red = Rgba.Hex("#e74c3c");
    public static readonly Rgba Blue = Rgba.Hex("#2980b9");
    public static readonly Rgba OptimumBlue = Rgba.Hex("#3498db");

    public static double Sse(double a, double b) => Xs.Zip(Ys, (x, y) => Math.Pow(y - (a * x + b), 2)).Sum();

    public static Panel Scatter(double a = 6.5, double b = 3.5)
    {
        var points = Xs.Zip(Ys, (x, y) => new Point2(x, y)).ToList();
        var residuals = points.Select(p => (p, new Point2(p.X, a * p.X + b))).ToList();
        var chart = new Chart2D(new Axis("x", 0, 4), new Axis("y", 0, 40),
        [
            new SegmentsMark(residuals, Red.WithOpacity(0.55), 1, Dash.Dashed, "residual"),
            new LineMark([new(0, b), new(4, 4 * a + b)], Red, 3, Legend: "model ŷ = 6.5x + 3.5"),
            new ScatterMark(points, Blue, 7, Legend: "data"),
        ], ShowLegend: true);
        return new Panel("Data & Model", chart, [$"SSE = {Sse(a, b):F2}", "y = 6.50x + 3.50"]);
    }

    public static Surface3D Surface(SurfaceGeometry geometry, int n = 31, Camera? camera = null)
    {
        var u = Enumerable.Range(0, n).Select(i => 15.0 * i / (n - 1)).ToArray();
        var v = Enumerable.Range(0, n).Select(j => -5 + 25.0 * j / (n - 1)).ToArray();
        var loss = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                loss[i, j] = Sse(u[i], v[j]);
        return new Surface3D(u, v, loss, "slope a", "intercept b", "SSE", geometry, camera ?? new Camera(),
        [
            new OptimumMark(new Point3(9.4058, 0.2559, 7.698), OptimumBlue, 7),
            new BallMark(new Point3(6.5, 3.5, Sse(6.5, 3.5)), Red, 7),
        ]);
    }

    public static Panel SurfacePanel(SurfaceGeometry geometry, int n = 31) => new(
        geometry == SurfaceGeometry.Normalized ? "Normalized Loss Landscape" : "Raw Loss Surface",
        Surface(geometry, n),
        [$"SSE = {Sse(6.5, 3.5):F2}"],
        geometry switch
        {
            SurfaceGeometry.Normalized => "symmetric bowl for intuition",
            SurfaceGeometry.Raw => "true proportions, linear height",
            _ => "true proportions, log10 height",
        });

    /// <summary>A descent path over the bowl and a ball hidden behind a ridge (occlusion made visible).</summary>
    public static Figure Occlusion()
    {
        var path = new List<Point3>();
        var (a, b) = (0.5, 18.0);
        for (var k = 0; k < 40; k++)
        {
            path.Add(new Point3(a, b, Sse(a, b)));
            var ga = Xs.Zip(Ys, (x, y) => -2 * x * (y - (a * x + b))).Sum();
            var gb = Xs.Zip(Ys, (x, y) => -2 * (y - (a * x + b))).Sum();
            (a, b) = (a - 0.012 * ga, b - 0.012 * gb);
        }
        var bowl = Surface(SurfaceGeometry.Normalized) is var s0 ? s0 with
        {
            Marks = [new PathMark(path, Rgba.Hex("#ef4444"), 2.5), .. s0.Marks, new BallMark(path[^1], Rgba.Hex("#ef4444"), 7, "step 40")],
        } : null!;
        const int n = 41;
        var axis = Enumerable.Range(0, n).Select(i => (double)i / (n - 1)).ToArray();
        var loss = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                loss[i, j] = 100 * Math.Exp(-Math.Pow((axis[i] - axis[j]) / 0.1, 2)) + 20 * Math.Pow(axis[i] - 0.5, 2);
        var ridge = new Surface3D(axis, axis, loss, "u", "v", "loss", SurfaceGeometry.Normalized, new Camera(),
        [
            new PathMark([new(0.9, 0.1, loss[36, 4]), new(0.5, 0.5, 100), new(0.15, 0.85, loss[6, 34])], Rgba.Hex("#e67e22"), 2.5),
            new BallMark(new Point3(0.15, 0.85, loss[6, 34]), Red, 7, "hidden"),
            new BallMark(new Point3(0.9, 0.1, loss[36, 4]), Red, 7, "visible"),
        ], ColorMap.Blues);
        return new Figure(1100, 480, Theme.Light, [new Panel("Descent path", bowl, ["40 steps"]), new Panel("Ridge", ridge, [])], Columns: 2);
    }

    /// <summary>Every 2D mark kind, negative axes, dotted and dashed strokes.</summary>
    public static Figure AllMarks()
    {
        var curve = Enumerable.Range(0, 61).Select(i => -3 + i * 0.1).Select(x => new Point2(x, x * x - 4)).ToList();
        var chart = new Chart2D(new Axis("parameter w", -3, 3), new Axis("loss L(w)", -5, 6),
        [
            new LineMark(curve, Rgba.Hex("#2980b9"), 2.5, Legend: "L(w) = w² − 4"),
            new LineMark([new(-3, -1), new(3, 5)], Rgba.Hex("#27ae60"), 2, Dash.Dotted, "tangent"),
            new RuleMark(true, 0, Rgba.Hex("#7f8c8d"), 1, Dash.Dashed, "L = 0"),
            new RuleMark(false, 1.5, Rgba.Hex("#8e44ad"), 1.5, Dash.Solid, "w = 1.5"),
            new PointMark(new Point2(0, -4), MarkerShape.Diamond, OptimumBlue, 7, "minimum"),
            new PointMark(new Point2(-2, 0), MarkerShape.Square, Rgba.Hex("#f39c12"), 6, "probe"),
            new PointMark(new Point2(1.5, 1.5 * 1.5 - 4), MarkerShape.Circle, Red, 7, "current"),
            new TextMark(new Point2(0, -4), "w* = 0", Rgba.Hex("#2c3e50"), 10, 16),
        ], ShowLegend: true);
        return Figure.Single(560, 400, Theme.Light, new Panel("Every mark", chart, ["L(1.5) = −1.75"], "dotted tangent, dashed rule"));
    }

    public static Figure ScatterFigure() => Figure.Single(640, 440, Theme.Light, Scatter());

    public static Figure SurfaceFigure(SurfaceGeometry g, int w = 640, int h = 480) => Figure.Single(w, h, Theme.Light, SurfacePanel(g));

    public static Figure TwoPanels() => new(1100, 460, Theme.Light, [Scatter(), SurfacePanel(SurfaceGeometry.Normalized)], Columns: 2,
        Title: "Fitting a line: data and loss landscape");
}
