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
        geometry == SurfaceGeometry.Normalized ? "symmetric bowl for intuition" : "true proportions, linear height");

    public static Figure ScatterFigure() => Figure.Single(640, 440, Theme.Light, Scatter());

    public static Figure SurfaceFigure(SurfaceGeometry g, int w = 640, int h = 480) => Figure.Single(w, h, Theme.Light, SurfacePanel(g));

    public static Figure TwoPanels() => new(1100, 460, Theme.Light, [Scatter(), SurfacePanel(SurfaceGeometry.Normalized)], Columns: 2,
        Title: "Fitting a line: data and loss landscape");
}
