using LlmWorks.Figures.Model;
using LlmWorks.Figures.Rendering;
using SkiaSharp;

namespace LlmWorks.Figures.Tests;

/// <summary>The legend keeps off the read-outs and the data; titles fit their cells.</summary>
public sealed class LegendAndTitleFitTests
{
    private static readonly Rgba Blue = Rgba.Hex("#2980b9");

    private static readonly TextKit Text = new(TextMode.Glyphs);

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
        var free = Legend.Place(Text, Theme.Light, marks, layout, 120, 50, null);
        Assert.True(free.IntersectsWith(readout), "the case is real: without the read-out the legend goes top-right");
        var placed = Legend.Place(Text, Theme.Light, marks, layout, 120, 50, readout);
        Assert.False(placed.IntersectsWith(readout));
    }

    [Fact]
    public void The_legend_prefers_a_side_to_hiding_a_data_point()
    {
        // Points in three corners (bottom-left, bottom-right, top-left); the read-out takes the top.
        var (layout, marks) = Chart(new Point2(0.5, 0.5), new Point2(1.2, 0.4), new Point2(9.5, 0.4), new Point2(0.5, 9.5));
        var p = layout.Plot;
        var readout = new SKRect(p.Left + 8, p.Top + 8, p.Right - 20, p.Top + 70);
        var box = Legend.Place(Text, Theme.Light, marks, layout, 120, 50, readout);
        Assert.False(box.IntersectsWith(readout));
        foreach (var pt in ((ScatterMark)marks[0]).Points)
            Assert.False(SKRect.Inflate(box, 6, 6).Contains(layout.Map(pt)), $"legend {box} hides the point {pt}");
    }

    [Fact]
    public void The_legend_keeps_off_a_label()
    {
        // A long label along the top right, where the legend would otherwise go.
        var label = new TextMark(new Point2(9.8, 9.6), "diverged at step 5, above the chart from step 4", Blue, 0, 0, TextAnchor.End);
        var chart = new Chart2D(new Axis("x", 0, 10), new Axis("y", 0, 10), [new ScatterMark([new Point2(1, 1)], Blue, 6, null, "data"), label], ShowLegend: true);
        var layout = ChartLayout.Compute(chart, new SKRect(0, 0, 600, 400), Theme.Light, Text);
        var card = ChartMarks.LabelBounds(Text, Theme.Light, label, layout).Card;
        var box = Legend.Place(Text, Theme.Light, chart.Marks, layout, 120, 50, null);
        Assert.False(box.IntersectsWith(card), $"legend {box} covers the label {card}");
    }

    [Fact]
    public void A_legend_below_takes_a_strip_under_the_axes_and_plots_in_a_row_end_level()
    {
        Mark2D Entry(string label) => new ScatterMark([new Point2(1, 1)], Blue, 4, null, label);
        Chart2D Chart(int entries) => new(new Axis("x", 0, 10), new Axis("y", 0, 10),
            [.. Enumerable.Range(0, entries).Select(i => Entry($"entry number {i}"))], ShowLegend: true, LegendBelow: true);
        var figure = new Figure(1000, 500, Theme.Light, [new Panel("many", Chart(7), []), new Panel("few", Chart(2), [])], Columns: 2);
        using var text = new TextKit(TextMode.Glyphs);
        var layout = FigureLayout.Compute(figure, text);
        Assert.True(layout.LegendHeights[0] > 0);
        Assert.Equal(layout.LegendHeights[0], layout.LegendHeights[1]);      // the shorter legend gets the taller strip
        var maps = Enumerable.Range(0, 2).Select(i => FigureRenderer.MapChart(figure, i)).ToList();
        Assert.Equal(maps[0].Bottom, maps[1].Bottom);
        // The plot ends above the strip, with room for tick labels and the axis label between.
        var area = layout.PlotAreas[0];
        Assert.True(maps[0].Bottom < area.Bottom - layout.LegendHeights[0] - 20);
        // A chart without the option keeps its legend inside: no strip.
        var inside = figure with { Panels = [new Panel("", Chart(2) with { LegendBelow = false }, [])], Columns = 1 };
        Assert.Equal(0, FigureLayout.Compute(inside, text).LegendHeights[0]);
    }

    [Fact]
    public void Column_weights_share_the_width_between_gaps()
    {
        var chart = new Chart2D(new Axis("x", 0, 1), new Axis("y", 0, 1), []);
        Panel P() => new("", chart, []);
        var equal = new Figure(1200, 400, Theme.Light, [P(), P(), P()], Columns: 3);
        var weighted = equal with { ColumnWeights = [1.5, 1, 1] };
        var (e, w) = (FigureLayout.Compute(equal, Text).Cells, FigureLayout.Compute(weighted, Text).Cells);
        Assert.Equal(e[0].Width, e[2].Width, 3);
        Assert.Equal(1.5, w[0].Width / w[1].Width, 4);
        Assert.Equal(w[1].Width, w[2].Width, 3);
        Assert.Equal(e[0].Left, w[0].Left);                 // same margins and gaps
        Assert.Equal(e[2].Right, w[2].Right, 3);
        Assert.Equal(e[1].Left - e[0].Right, w[1].Left - w[0].Right, 3);
        // Weights that do not fit the columns are ignored rather than guessed at.
        var wrong = FigureLayout.Compute(equal with { ColumnWeights = [2, 1] }, Text).Cells;
        Assert.Equal(e[0].Width, wrong[0].Width, 3);
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
