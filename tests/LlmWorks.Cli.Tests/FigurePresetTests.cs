using LlmWorks.Explorers;
using LlmWorks.Figures.Model;
using LlmWorks.Site.Publishing;
using LlmWorks.Testing;

namespace LlmWorks.Cli.Tests;

public sealed class FigurePresetTests
{
    private static readonly Lazy<SsePage> Sse = new(() => SsePage.Load(RepoPaths.Content));

    [Fact]
    public void Sizes_follow_the_preset_and_the_assets_aspect_ratio()
    {
        var surface = Sse.Value.Surface; // 720x540 on the site
        Assert.Equal(surface.DefaultSize, FigurePreset.Web.SizeFor(surface));
        Assert.Equal(new FigureSize(960, 540), FigurePreset.Slide.SizeFor(surface));
        Assert.Equal(new FigureSize(624, 468), FigurePreset.Print.SizeFor(surface)); // 624 * 540/720
        Assert.Equal(new FigureSize(624, 416), FigurePreset.Print.SizeFor(Sse.Value.Scatter)); // 624 * 480/720
        Assert.Equal(SiteBuilder.ThumbnailSize, FigurePreset.Thumbnail.SizeFor(surface));
        Assert.Equal(new FigureSize(480, 320), SiteBuilder.ThumbnailSize);
    }

    [Fact]
    public void Slide_is_1920_by_1080_device_pixels_and_print_is_300_dpi_at_six_and_a_half_inches()
    {
        Assert.Equal(1920, FigurePreset.Slide.Width * FigurePreset.Slide.RasterScale);
        Assert.Equal(1080, FigurePreset.Slide.Height * FigurePreset.Slide.RasterScale);
        Assert.Equal(6.5, FigurePreset.Print.Width!.Value * FigurePreset.PointsPerPixel / 72, 12);
        Assert.Equal(6.5 * 300, FigurePreset.Print.Width!.Value * FigurePreset.Print.RasterScale, 9);
    }

    [Theory]
    [InlineData("web", 1.0)]
    [InlineData("slide", 1.3)]
    [InlineData("print", 0.9)]
    [InlineData("thumbnail", 1.8)]
    public void Type_scales_in_the_built_figure(string name, double factor)
    {
        var preset = FigurePreset.Find(name)!;
        var figure = Sse.Value.Surface.Build(preset.Style(Sse.Value.Surface, Theme.Dark));
        Assert.Equal(Theme.Dark.TitleSize * factor, figure.Theme.TitleSize, 12);
        Assert.Equal(Theme.Dark.LabelSize * factor, figure.Theme.LabelSize, 12);
        Assert.Equal(Theme.Dark.TickSize * factor, figure.Theme.TickSize, 12);
        Assert.Equal(Theme.Dark.Background, figure.Theme.Background);
        Assert.Equal(preset.SizeFor(Sse.Value.Surface), new FigureSize(figure.Width, figure.Height));
    }

    [Fact]
    public void Slide_type_is_readable_from_the_back_of_a_room()
    {
        // On a 1080-line projector image, tick labels at least 2.5 % of the height (27 device px).
        var theme = FigurePreset.Slide.Style(Sse.Value.Surface, Theme.Light).Theme;
        Assert.True(theme.TickSize * FigurePreset.Slide.RasterScale >= 27, theme.TickSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // On paper, tick labels between 7 and 9 pt and titles at most 12 pt.
        var print = FigurePreset.Print.Style(Sse.Value.Surface, Theme.Light).Theme;
        Assert.InRange(print.TickSize * FigurePreset.PointsPerPixel, 7, 9);
        Assert.InRange(print.TitleSize * FigurePreset.PointsPerPixel, 10, 12);
    }

    [Fact]
    public void Size_override_wins_and_names_are_unique()
    {
        var style = FigurePreset.Slide.Style(Sse.Value.Surface, Theme.Light, new FigureSize(1280, 720));
        Assert.Equal(new FigureSize(1280, 720), style.Size);
        Assert.Equal(FigurePreset.All.Count, FigurePreset.All.Select(p => p.Name).Distinct().Count());
        Assert.Null(FigurePreset.Find("poster"));
    }
}
