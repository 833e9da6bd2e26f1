using System.Text;
using System.Text.RegularExpressions;
using LlmWorks.Testing;
using SkiaSharp;

namespace LlmWorks.Cli.Tests;

public sealed class RenderCommandTests
{
    private static (int Exit, string Out, string Err) Render(params string[] args) =>
        CliRunner.Run(["render", SsePage.Path, "--content", RepoPaths.Content, .. args]);

    private static string Out(string name) => Path.Combine(RepoPaths.NewTempDir("llmworks-render"), name);

    private static (int W, int H) PngSize(string path)
    {
        using var codec = SKCodec.Create(path);
        return (codec.Info.Width, codec.Info.Height);
    }

    // Expected pixels: web = the surface's 720x540 on the site; slide = 1920x1080; print = 6.5 in at 300 dpi
    // = 1950 px wide, 1950 * 540/720 = 1462.5 tall (468 CSS px at 3.125, rounded half to even); thumbnail 480x320.
    [Theory]
    [InlineData("web", 720, 540)]
    [InlineData("slide", 1920, 1080)]
    [InlineData("print", 1950, 1462)]
    [InlineData("thumbnail", 480, 320)]
    public void Png_presets_have_their_pixel_sizes(string preset, int width, int height)
    {
        var path = Out("f.png");
        var r = Render("--view", "surface", "--preset", preset, "-o", path);
        Assert.True(r.Exit == 0, r.Err);
        Assert.Equal((width, height), PngSize(path));
        Assert.Contains($"{width}x{height} px", r.Out);
    }

    [Fact]
    public void Thumbnail_preset_draws_exactly_the_home_pages_thumbnail()
    {
        // The site's thumbnail of the SSE page is its first scenario's surface, first panel alone.
        var path = Out("thumb.png");
        var r = Render("--scenario", "start", "--view", "surface", "--preset", "thumbnail", "-o", path);
        Assert.True(r.Exit == 0, r.Err);
        var site = LlmWorks.Site.Publishing.SiteContent.Load(RepoPaths.Content).Find(SsePage.Path)!;
        var expected = LlmWorks.Figures.Writers.FigureExport.Png(LlmWorks.Site.Publishing.Thumbnail.Of(site.ThumbnailFigure!, LlmWorks.Figures.Model.Theme.Light), 1);
        Assert.Equal(expected, File.ReadAllBytes(path));
        // ...which is the surface without its title, subtitle or read-out box: the web preset's PNG differs.
        var web = Out("web.png");
        Assert.Equal(0, Render("--scenario", "start", "--view", "surface", "--size", "480x320", "-o", web).Exit);
        Assert.NotEqual(expected, File.ReadAllBytes(web));
    }

    [Fact]
    public void Render_runs_only_its_own_page_so_a_broken_page_elsewhere_does_not_stop_it_but_build_names_it()
    {
        var content = RepoPaths.NewTempDir("llmworks-content");
        RepoPaths.CopyTree(RepoPaths.Content, content);
        var other = Path.Combine(content, "logistic-regression", "gradient-descent.md");
        File.WriteAllText(other, File.ReadAllText(other).Replace("tolerance: 0.001", "tolerance: -1"));
        var path = Out("f.png");
        var r = CliRunner.Run(["render", SsePage.Path, "--content", content, "--view", "surface", "-o", path]);
        Assert.True(r.Exit == 0, r.Err);
        Assert.True(File.Exists(path));
        var b = CliRunner.Run(["build", "--content", content, "--templates", RepoPaths.Templates, "--out", Out("site")]);
        Assert.Equal(2, b.Exit);
        Assert.Contains("gradient-descent.md", b.Err);
        Assert.Contains("tolerance", b.Err);
    }

    [Fact]
    public void Size_and_scale_override_the_preset()
    {
        var path = Out("f.png");
        Assert.Equal(0, Render("--view", "scatter", "--preset", "print", "--size", "1280x720", "--scale", "1.5", "-o", path).Exit);
        Assert.Equal((1920, 1080), PngSize(path));
    }

    [Fact]
    public void Print_svg_and_pdf_are_six_and_a_half_inches_wide()
    {
        var svg = Out("f.svg");
        Assert.Equal(0, Render("--view", "surface", "--preset", "print", "-o", svg).Exit);
        var root = System.Xml.Linq.XDocument.Load(svg).Root!;
        Assert.Equal("624", root.Attribute("width")?.Value);
        Assert.Equal("468", root.Attribute("height")?.Value);

        var pdf = Out("f.pdf");
        Assert.Equal(0, Render("--view", "surface", "--preset", "print", "-o", pdf).Exit);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        // 6.5 in = 468 pt wide; 468 * 540/720 = 351 pt tall.
        Assert.Matches(@"/MediaBox\s*\[\s*0 0 468 351\s*\]", text);

        // The site's size, 720x540 CSS px, is exactly 540x405 pt.
        var web = Out("w.pdf");
        Assert.Equal(0, Render("--view", "surface", "-o", web).Exit);
        Assert.Matches(@"/MediaBox\s*\[\s*0 0 540 405\s*\]", Encoding.Latin1.GetString(File.ReadAllBytes(web)));
    }

    [Fact]
    public void Format_comes_from_the_option_else_the_extension()
    {
        var pdf = Out("figure.pdf");
        Assert.Equal(0, Render("-o", pdf).Exit);
        Assert.StartsWith("%PDF", Encoding.Latin1.GetString(File.ReadAllBytes(pdf)[..4]), StringComparison.Ordinal);
        var svgNamedOdd = Out("figure.out");
        Assert.Equal(0, Render("--format", "svg", "-o", svgNamedOdd).Exit);
        Assert.Equal("svg", System.Xml.Linq.XDocument.Load(svgNamedOdd).Root!.Name.LocalName);
        var unknownExt = Out("figure.img");
        Assert.Equal(0, Render("-o", unknownExt).Exit);
        Assert.Equal((720, 480), PngSize(unknownExt)); // png by default; the scatter (first view) is 720x480
    }

    [Fact]
    public void Pdf_and_svg_are_byte_identical_across_runs_and_carry_fixed_dates()
    {
        foreach (var ext in new[] { "pdf", "svg", "png" })
        {
            var (a, b) = (Out("a." + ext), Out("b." + ext));
            Assert.Equal(0, Render("--view", "surface", "--preset", "slide", "-o", a).Exit);
            Assert.Equal(0, Render("--view", "surface", "--preset", "slide", "-o", b).Exit);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        }
        var pdf = Out("c.pdf");
        Assert.Equal(0, Render("-o", pdf).Exit);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        var dates = Regex.Matches(text, @"/(CreationDate|ModDate)\s*\(([^)]*)\)").Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(2, dates.Count);
        Assert.All(dates, d => Assert.StartsWith("D:20000101000000", d, StringComparison.Ordinal));
        var svgPath = Out("d.svg");
        Assert.Equal(0, Render("-o", svgPath).Exit);
        var svg = File.ReadAllText(svgPath);
        Assert.DoesNotMatch(@"\b(19|20)\d\d-\d\d-\d\d", svg);
        Assert.DoesNotMatch(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}", svg); // no GUID-like ids
    }

    [Fact]
    public void Dark_theme_and_transparent_background()
    {
        var dark = Out("dark.png");
        Assert.Equal(0, Render("--theme", "dark", "-o", dark).Exit);
        using (var bmp = SKBitmap.Decode(dark))
            Assert.Equal(new SKColor(0x1e, 0x23, 0x29), bmp.GetPixel(1, 1));
        var clear = Out("clear.png");
        Assert.Equal(0, Render("--transparent", "-o", clear).Exit);
        using (var bmp = SKBitmap.Decode(clear))
            Assert.Equal(0, bmp.GetPixel(1, 1).Alpha);
    }

    [Fact]
    public void Writing_is_atomic_and_overwrites_whole_files()
    {
        var path = Out("f.png");
        File.WriteAllText(path, "an older file");
        Assert.Equal(0, Render("-o", path).Exit);
        Assert.Equal((720, 480), PngSize(path));
        Assert.Equal(["f.png"], Directory.GetFileSystemEntries(Path.GetDirectoryName(path)!).Select(Path.GetFileName));

        var before = File.ReadAllBytes(path);
        CliRunner.AssertUserError(Render("--view", "nope", "-o", path));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["f.png"], Directory.GetFileSystemEntries(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    public static TheoryData<string[], string> BadInputs => new()
    {
        { ["--view", "contour"], "has no view 'contour' (views: scatter, surface, surface-raw, surface-log)" },
        { ["--scenario", "finish"], "has no scenario 'finish' (scenarios: start, optimum)" },
        { ["--format", "tiff"], "unknown format 'tiff' (expected one of: png, svg, pdf, apng, gif, webp, svg-animated, frames)" },
        { ["--preset", "poster"], "unknown preset 'poster' (expected one of: web, slide, print, thumbnail)" },
        { ["--theme", "sepia"], "unknown theme 'sepia'" },
        { ["--size", "big"], "--size must be WIDTHxHEIGHT" },
        { ["--size", "10x10"], "--size must be WIDTHxHEIGHT" },
        { ["--scale", "0"], "--scale must be" },
        { ["--scale", "NaN"], "--scale must be" },
        { ["--frames", "0"], "--frames must be from 1 to 2000" },
        { ["--fps", "-3"], "--fps must be" },
        { ["--size", "8000x8000", "--scale", "4"], "at most 16384 px a side" },
        { ["--view", "surface", "--format", "gif"], "view 'surface' of 'linear-regression/sse' is not animated, so it has no gif (animated views here: none" },
        { ["--format", "frames"], "is not animated, so it has no frames" },
        { ["--scale", "two"], "llmworks render: error:" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_inputs_are_one_line_with_exit_2_and_write_nothing(string[] args, string expected)
    {
        var path = Out("f.png");
        var line = CliRunner.AssertUserError(Render([.. args, "-o", path]));
        Assert.Contains(expected, line);
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Unknown_page_lists_the_pages_with_figures()
    {
        var line = CliRunner.AssertUserError(CliRunner.Run("render", "linear-regression/nope", "--content", RepoPaths.Content, "-o", Out("x.png")));
        Assert.Contains("unknown page 'linear-regression/nope' (pages with figures: linear-regression/sse, linear-regression/mse", line);
        CliRunner.AssertUserError(CliRunner.Run("render", SsePage.Path, "--content", RepoPaths.Content));
        CliRunner.AssertUserError(CliRunner.Run("render", "--content", RepoPaths.Content, "-o", Out("x.png")));
    }

    [Fact]
    public void Output_that_is_a_folder_is_one_line()
    {
        var dir = RepoPaths.NewTempDir("llmworks-render-dir");
        Assert.Contains("is a folder", CliRunner.AssertUserError(Render("--format", "png", "-o", dir)));
    }
}
