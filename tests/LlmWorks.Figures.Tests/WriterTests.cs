using System.Text;
using System.Xml.Linq;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;
using SkiaSharp;

namespace LlmWorks.Figures.Tests;

public sealed class WriterTests
{
    public static TheoryData<string> Formats => ["png", "svg", "pdf"];

    private static byte[] Export(string format, Figure f) => format switch
    {
        "png" => FigureExport.Png(f),
        "svg" => FigureExport.Svg(f),
        _ => FigureExport.Pdf(f),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Same_figure_gives_identical_bytes_sequentially_and_in_parallel(string format)
    {
        var first = Export(format, SampleFigures.TwoPanels());
        Assert.Equal(first, Export(format, SampleFigures.TwoPanels()));
        var results = new byte[6][];
        Parallel.For(0, results.Length, i => results[i] = Export(format, SampleFigures.TwoPanels()));
        Assert.All(results, r => Assert.Equal(first, r));
    }

    [Fact]
    public void Svg_is_well_formed_has_size_and_no_text_elements()
    {
        var bytes = FigureExport.Svg(SampleFigures.TwoPanels());
        var svg = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("<text", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family", svg, StringComparison.Ordinal);
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Assert.Equal("1100", root.Attribute("width")?.Value);
        Assert.Equal("460", root.Attribute("height")?.Value);
        Assert.Equal("0 0 1100 460", root.Attribute("viewBox")?.Value);
    }

    [Fact]
    public void Pdf_has_header_and_fixed_dates()
    {
        var pdf = FigureExport.Pdf(SampleFigures.ScatterFigure());
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF", text, StringComparison.Ordinal);
        Assert.Contains("/CreationDate (D:20000101000000", text, StringComparison.Ordinal);
        Assert.Contains("/ModDate (D:20000101000000", text, StringComparison.Ordinal);
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Png_has_scaled_size_and_theme_background()
    {
        var f = SampleFigures.ScatterFigure();
        using var bmp = SKBitmap.Decode(FigureExport.Png(f, 2));
        Assert.Equal(f.Width * 2, bmp.Width);
        Assert.Equal(f.Height * 2, bmp.Height);
        Assert.Equal(new SKColor(255, 255, 255, 255), bmp.GetPixel(2, 2));
        Assert.Equal(new SKColor(255, 255, 255, 255), bmp.GetPixel(bmp.Width - 3, bmp.Height - 3));
    }

    [Fact]
    public void Dark_theme_background_and_transparent_theme_alpha()
    {
        var dark = SampleFigures.ScatterFigure() with { Theme = Theme.Dark };
        using (var bmp = SKBitmap.Decode(FigureExport.Png(dark)))
            Assert.Equal(new SKColor(0x1e, 0x23, 0x29), bmp.GetPixel(1, 1));
        var clear = SampleFigures.ScatterFigure() with { Theme = Theme.Light with { Transparent = true } };
        using var raster = FigureExport.Raster(clear);
        Assert.Equal(SKAlphaType.Unpremul, raster.AlphaType);
        Assert.Equal(0, raster.GetPixel(1, 1).Alpha);
    }

    [Fact]
    public void Scale_2_keeps_the_layout()
    {
        var f = SampleFigures.SurfaceFigure(SurfaceGeometry.Normalized);
        using var one = FigureExport.Raster(f);
        using var two = FigureExport.Raster(f, 2);
        using var down = two.Resize(new SKImageInfo(one.Width, one.Height, one.ColorType, one.AlphaType), new SKSamplingOptions(SKFilterMode.Linear));
        var diff = 0L;
        for (var y = 0; y < one.Height; y += 4)
            for (var x = 0; x < one.Width; x += 4)
            {
                var (a, b) = (one.GetPixel(x, y), down.GetPixel(x, y));
                diff += Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);
            }
        var mean = diff / (3.0 * (one.Width / 4) * (one.Height / 4));
        Assert.True(mean < 8, $"mean channel difference {mean}");
    }

    [Fact]
    public void Svg_overlay_holds_only_the_frame_marks()
    {
        var surface = SampleFigures.Surface(SurfaceGeometry.Normalized) with { Marks = [] };
        var baseFigure = new Figure(900, 420, Theme.Light, [SampleFigures.Scatter(), new Panel("Loss", surface, ["SSE = 203.32"])], Columns: 2);
        var overlay = new FrameOverlay(
        [
            new PanelOverlay([new PointMark(new Point2(2, 20), MarkerShape.Circle, SampleFigures.Red)], []),
            new PanelOverlay([], [new BallMark(new Point3(6.5, 3.5, SampleFigures.Sse(6.5, 3.5)), SampleFigures.Red)], ["SSE = 1.00"]),
        ]);
        var animation = new Animation(baseFigure, [overlay]);
        var svg = Encoding.UTF8.GetString(FigureExport.SvgOverlay(animation, 0));
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("900", root.Attribute("width")?.Value);
        Assert.DoesNotContain("<rect fill=\"white\" width=\"900\"", svg, StringComparison.Ordinal);
        Assert.True(svg.Length < FigureExport.Svg(baseFigure).Length / 5, "overlay should be much smaller than the base");
        Assert.Contains("radialGradient", svg, StringComparison.Ordinal);
        var baseSvg = Encoding.UTF8.GetString(FigureExport.SvgAnimationBase(animation));
        Assert.True(XDocument.Parse(baseSvg).Root is not null);
    }
}
