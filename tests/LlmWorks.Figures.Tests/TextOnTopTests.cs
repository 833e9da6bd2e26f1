using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;

namespace LlmWorks.Figures.Tests;

/// <summary>A label stays legible where a line drawn after it crosses it: text marks are drawn last, on a halo.</summary>
public sealed class TextOnTopTests
{
    [Fact]
    public void A_label_is_drawn_over_a_line_that_comes_later_in_the_marks()
    {
        var black = new Rgba(0, 0, 0);
        var marks = new Mark2D[]
        {
            new TextMark(new Point2(5, 5), "MMMMMM", black, 0, 5, TextAnchor.Middle),
            new LineMark([new Point2(0, 5), new Point2(10, 5)], Rgba.Hex("#e74c3c"), 30),   // wide enough to cover the text
        };
        var chart = new Chart2D(new Axis("x", 0, 10), new Axis("y", 0, 10), marks);
        using var bitmap = FigureExport.Raster(Figure.Single(300, 240, Theme.Light, new Panel("", chart, [])));
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red < 60 && c.Green < 60 && c.Blue < 60) dark++;
            }
        Assert.True(dark > 60, $"only {dark} dark pixels: the line covers the label");
    }
}
