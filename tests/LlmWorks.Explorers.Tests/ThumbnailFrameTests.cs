using LlmWorks.Figures.Model;

namespace LlmWorks.Explorers.Tests;

/// <summary>The thumbnail preset keeps the first panel's picture and drops every kind of text inside it.</summary>
public sealed class ThumbnailFrameTests
{
    private static readonly Rgba Ink = Rgba.Hex("#2c3e50");

    [Fact]
    public void A_thumbnail_keeps_the_first_panel_without_titles_readouts_or_labels()
    {
        var line = new LineMark([new Point2(0, 0), new Point2(1, 1)], Ink);
        var label = new TextMark(new Point2(0.5, 0.5), "local maximum", Ink);
        var chart = new Chart2D(new Axis("x", 0, 1), new Axis("y", 0, 1), [line, label]);
        var figure = new Figure(800, 400, Theme.Light, [new Panel("A", chart, ["L = 1"], "sub"), new Panel("B", chart, [])], Columns: 2,
            Title: "title", ColumnWeights: [2, 1]);

        var thumb = FigurePreset.Thumbnail.Frame(figure);

        var panel = Assert.Single(thumb.Panels);
        Assert.Equal(("", null, 0), (panel.Title, panel.Subtitle, panel.Readouts.Count));
        Assert.Equal([line], ((Chart2D)panel.Plot).Marks);
        Assert.Equal((1, null, null), (thumb.Columns, thumb.Title, thumb.ColumnWeights));
        Assert.Same(figure, FigurePreset.Web.Frame(figure));

        var frame = new FrameOverlay([new PanelOverlay([line, label], [], ["step 3"]), PanelOverlay.Empty]);
        var animation = FigurePreset.Thumbnail.Frame(new Animation(figure, [frame]));
        var overlay = Assert.Single(Assert.Single(animation.Frames).Panels);
        Assert.Equal([line], overlay.Marks2D);
        Assert.Empty(overlay.Readouts!);
    }
}
