using LlmWorks.Figures.Model;
using LlmWorks.Figures.Rendering;
using SkiaSharp;

namespace LlmWorks.Figures.Tests;

/// <summary>The legend keeps off the read-outs and the data; titles fit their cells.</summary>
public sealed class LegendAndTitleFitTests
{
    private static readonly Rgba Blue = Rgba.Hex("#2980b9");

    private static (ChartLayout Layout, IReadOnlyList<Mark2D> Marks) Chart(params Point2[] points)
    {
        var marks = new Mark2D[] { new ScatterMark(points, Blue, 6, null, "data") };
        var chart = new Chart2D(new Axis("x", 0, 10), new Axis("y", 0, 10), marks, ShowLegend: true);
        using var text = new TextKit(TextMode.Glyphs);
        return (ChartLayout.Compute(chart, new SKRect(0, 0, 600, 400), Theme.Light, text), marks);
    }

    [Fact]
    public void A_wide_readout_box_pushes_the_legend_off_the_top_right()
    {
        var (layout, marks) = Chart(new Point2(1, 1));
        var p = layout.Plot;
        var readout = new SKRect(p.Left + 8, p.Top + 8, p.Right - 20, p.Top + 90);   // as wide as the plot, as on a slide
        var free = Legend.Place(marks, layout, 120, 50, null);
        Assert.True(free.IntersectsWith(readout), "the case is real: without the read-out the legend goes top-right");
        var placed = Legend.Place(marks, layout, 120, 50, readout);
        Assert.False(placed.IntersectsWith(readout));
    }

    [Fact]
    public void The_legend_prefers_a_side_to_hiding_a_data_point()
    {
        // Points in three corners (bottom-left, bottom-right, top-left); the read-out takes the top.
        var (layout, marks) = Chart(new Point2(0.5, 0.5), new Point2(1.2, 0.4), new Point2(9.5, 0.4), new Point2(0.5, 9.5));
        var p = layout.Plot;
        var readout = new SKRect(p.Left + 8, p.Top + 8, p.Right - 20, p.Top + 70);
        var box = Legend.Place(marks, layout, 120, 50, readout);
        Assert.False(box.IntersectsWith(readout));
        foreach (var pt in ((ScatterMark)marks[0]).Points)
            Assert.False(SKRect.Inflate(box, 6, 6).Contains(layout.Map(pt)), $"legend {box} hides the point {pt}");
    }

    [Theory]
    [InlineData("short", 14)]
    [InlineData("normalized: axes and height scaled to a cube, and a good deal more words than fit", 14)]
    public void A_title_is_drawn_at_its_size_or_smaller_to_fit_its_cell(string title, double size)
    {
        using var text = new TextKit(TextMode.Glyphs);
        const float cell = 300;
        var fitted = FigureLayout.Fit(text, title, size, true, cell);
        Assert.True(fitted <= size);
        Assert.True(text.Width(title, fitted, true) <= cell + 0.5, $"{text.Width(title, fitted, true)} > {cell}");
        if (text.Width(title, size, true) <= cell) Assert.Equal(size, fitted);
    }
}
