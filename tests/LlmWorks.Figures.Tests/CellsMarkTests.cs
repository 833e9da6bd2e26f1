using LlmWorks.Figures.Model;
using LlmWorks.Figures.Rendering;
using LlmWorks.Figures.Writers;

namespace LlmWorks.Figures.Tests;

public sealed class CellsMarkTests
{
    private static readonly Rgba Fill = Rgba.Hex("#c0392b");

    private static Figure Map() => Figure.Single(400, 300, Theme.Light, new Panel("cells", new Chart2D(new Axis("u", 0, 10), new Axis("v", 0, 10),
        [new CellsMark([new(2, 2), new(3, 2), new(7, 5)], 1, 1, Fill, "flagged")], ShowLegend: true), []));

    [Fact]
    public void Cells_fill_their_data_rectangles_and_nothing_else()
    {
        var f = Map();
        var m = FigureRenderer.MapChart(f, 0);
        using var bitmap = FigureExport.Raster(f);
        (int, int) Px(double x, double y)
        {
            var (sx, sy) = m.ToScreen(new Point2(x, y));
            return ((int)Math.Round(sx), (int)Math.Round(sy));
        }

        foreach (var (x, y) in new[] { (2.0, 2.0), (3.0, 2.0), (2.5, 2.0), (7.0, 5.0), (7.3, 5.3) })
        {
            var (px, py) = Px(x, y);
            var c = bitmap.GetPixel(px, py);
            Assert.Equal((Fill.R, Fill.G, Fill.B), (c.Red, c.Green, c.Blue));
        }

        foreach (var (x, y) in new[] { (2.0, 3.0), (5.0, 5.0), (7.0, 6.0), (3.8, 2.0) })
        {
            var (px, py) = Px(x, y);
            Assert.NotEqual(Fill.R, bitmap.GetPixel(px, py).Red);
        }
    }

    [Fact]
    public void Cells_render_as_vectors_with_a_legend_swatch()
    {
        var svg = System.Text.Encoding.UTF8.GetString(FigureExport.Svg(Map()));
        Assert.Contains(Fill.ToHex(), svg, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(FigureExport.Pdf(Map()));
    }
}
