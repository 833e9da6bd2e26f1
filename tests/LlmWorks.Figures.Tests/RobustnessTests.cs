using System.Text.Json;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Rendering;
using LlmWorks.Figures.Writers;

namespace LlmWorks.Figures.Tests;

public sealed class RobustnessTests
{
    public static TheoryData<string> Cases => ["empty-figure", "flat-axis", "nan-surface", "one-row", "zero-loss-log", "no-labels"];

    private static Figure Make(string name)
    {
        Panel Surf(double[] u, double[] v, double[,] loss, SurfaceGeometry g = SurfaceGeometry.Normalized, string label = "u") =>
            new("s", new Surface3D(u, v, loss, label, label, label, g, new Camera(), [new BallMark(new Point3(0, 0, 0), SampleFigures.Red)]), ["r"]);
        return name switch
        {
            "empty-figure" => new Figure(300, 200, Theme.Light, []),
            "flat-axis" => Figure.Single(300, 200, Theme.Light, new Panel("", new Chart2D(new Axis("x", 1, 1), new Axis("y", 0, 0), [new ScatterMark([new(1, 0)], SampleFigures.Blue)]), [])),
            "nan-surface" => Figure.Single(300, 200, Theme.Light, Surf([0, 1], [0, 1], new[,] { { double.NaN, double.NaN }, { double.NaN, double.NaN } })),
            "one-row" => Figure.Single(300, 200, Theme.Light, Surf([0], [0, 1, 2], new double[,] { { 1, 2, 3 } })),
            "zero-loss-log" => Figure.Single(300, 200, Theme.Light, Surf([0, 1], [0, 1], new double[,] { { 0, 1 }, { 10, 100 } }, SurfaceGeometry.RawLogHeight)),
            _ => Figure.Single(120, 90, Theme.Light, Surf([0, 1], [0, 1], new double[,] { { 0, 1 }, { 1, 2 } }, label: "")),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Degenerate_figures_render_in_every_format(string name)
    {
        var f = Make(name);
        Assert.NotEmpty(FigureExport.Png(f));
        Assert.NotEmpty(FigureExport.Svg(f));
        Assert.NotEmpty(FigureExport.Pdf(f));
    }

    [Fact]
    public void Mappings_are_plain_data_that_serialise()
    {
        var surface = FigureRenderer.Project(SampleFigures.TwoPanels(), 1);
        var json = JsonSerializer.Serialize(surface);
        Assert.Contains("\"AzimuthDeg\":-37", json, StringComparison.Ordinal);
        Assert.Equal(surface, JsonSerializer.Deserialize<LlmWorks.Figures.Projection.SurfaceProjection>(json));

        var chart = FigureRenderer.MapChart(SampleFigures.TwoPanels(), 0);
        var (x, y) = chart.ToScreen(new Point2(0, 40));
        Assert.Equal(chart.Left, x, 9);
        Assert.Equal(chart.Top, y, 9);
        Assert.Throws<ArgumentException>(() => FigureRenderer.MapChart(SampleFigures.TwoPanels(), 1));
    }
}
