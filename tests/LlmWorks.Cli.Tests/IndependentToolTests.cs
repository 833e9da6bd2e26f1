using System.Globalization;
using LlmWorks.Cli.Rendering;
using LlmWorks.Explorers;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Tests.Encoders;
using LlmWorks.Testing;
using Xunit.Abstractions;

namespace LlmWorks.Cli.Tests;

/// <summary>
/// Every render format opened by tools that share no code with ours: ffmpeg/ffprobe and ImageMagick for
/// animations (every frame), poppler and qpdf for PDF, librsvg for SVG. Under CI a missing tool fails.
/// </summary>
public sealed class IndependentToolTests(ITestOutputHelper output)
{
    private const int Frames = 12;
    private static readonly Lazy<SsePage> Sse = new(() => SsePage.Load(RepoPaths.Content));

    private static string Temp(string name) => Path.Combine(RepoPaths.NewTempDir("llmworks-tools"), name);

    /// <summary>The descent-like animation through the render command's own pipeline, at 480x270 CSS px.</summary>
    private static string RenderAnimated(RenderFormat format, string name, bool transparent = false)
    {
        var theme = Theme.Light with { Transparent = transparent };
        var settings = new RenderSettings(format, new FigureStyle(new FigureSize(480, 270), theme), 1, new AnimationTiming(Frames, 10), 2);
        var asset = Sse.Value.DescentLike;
        var result = FigureRendering.Render(asset, settings, "start-descent-like");
        Assert.Equal(Frames, result.Frames);
        var path = Temp(name);
        if (format == RenderFormat.Frames) AtomicOutput.WriteFrames(path, "start-descent-like", result.Files);
        else AtomicOutput.WriteFile(path, result.Files[0].Bytes);
        return path;
    }

    private static string RenderStatic(string name, params string[] args)
    {
        var path = Temp(name);
        var r = CliRunner.Run(["render", SsePage.Path, "--content", RepoPaths.Content, .. args, "-o", path]);
        Assert.True(r.Exit == 0, r.Err);
        return path;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Gif_every_frame_in_ffprobe_and_imagemagick(bool transparent)
    {
        var gif = RenderAnimated(RenderFormat.Gif, "a.gif", transparent);
        if (IndependentDecoders.FfprobeFrameCount(output, gif) is { } n) Assert.Equal(Frames, n);
        if (IndependentDecoders.ImageMagickFrameCount(output, gif) is { } m) Assert.Equal(Frames, m);
        if (IndependentDecoders.FfmpegRgbaFrames(output, gif, 480, 270) is { } frames) Assert.Equal(Frames, frames.Count);
    }

    [Fact]
    public void Apng_every_frame_in_ffprobe_and_imagemagick()
    {
        var apng = RenderAnimated(RenderFormat.Apng, "a.apng");
        if (IndependentDecoders.FfprobeFrameCount(output, apng) is { } n) Assert.Equal(Frames, n);
        if (IndependentDecoders.ImageMagickFrameCount(output, "apng:" + apng) is { } m) Assert.Equal(Frames, m);
    }

    [Fact]
    public void Webp_every_frame_in_imagemagick()
    {
        var webp = RenderAnimated(RenderFormat.Webp, "a.webp");
        if (IndependentDecoders.ImageMagickFrameCount(output, webp) is { } m) Assert.Equal(Frames, m);
    }

    [Fact]
    public void Frames_are_numbered_pngs_ffmpeg_reads_as_a_sequence()
    {
        var dir = RenderAnimated(RenderFormat.Frames, "frames");
        var names = Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, Frames).Select(i => $"start-descent-like-{i.ToString("0000", CultureInfo.InvariantCulture)}.png"), names);
        if (IndependentDecoders.FfprobeFrameCount(output, Path.Combine(dir, "start-descent-like-%04d.png")) is { } n) Assert.Equal(Frames, n);
        if (IndependentDecoders.ImageMagickFrameCount(output, Path.Combine(dir, "*.png")) is { } m) Assert.Equal(Frames, m);
    }

    [Fact]
    public void Animated_svg_and_static_svg_render_in_librsvg()
    {
        var rsvg = ExternalTools.Require(output, "librsvg2-bin", "rsvg-convert");
        if (rsvg is null) return;
        foreach (var (svg, w, h) in new[] { (RenderAnimated(RenderFormat.SvgAnimated, "a.svg"), 480, 270), (RenderStatic("s.svg", "--view", "surface"), 720, 540) })
        {
            var png = svg + ".png";
            var r = ExternalTools.Run(rsvg, "-o", png, svg);
            Assert.True(r.ExitCode == 0, $"rsvg-convert failed: {r.Stderr}");
            using var codec = SkiaSharp.SKCodec.Create(png);
            Assert.Equal((w, h), (codec.Info.Width, codec.Info.Height));
        }
    }

    [Fact]
    public void Pdf_opens_in_poppler_and_passes_qpdf_check()
    {
        var pdf = RenderStatic("p.pdf", "--view", "surface", "--preset", "print");
        var pdfinfo = ExternalTools.Require(output, "poppler-utils", "pdfinfo");
        if (pdfinfo is not null)
        {
            var info = ExternalTools.Run(pdfinfo, pdf);
            Assert.True(info.ExitCode == 0, info.Stderr);
            Assert.Matches(@"Pages:\s+1\b", info.Stdout);
            Assert.Matches(@"Page size:\s+468 x 351 pts", info.Stdout);
            Assert.Matches(@"CreationDate:.*2000", info.Stdout);
        }
        var pdftoppm = ExternalTools.Require(output, "poppler-utils", "pdftoppm");
        if (pdftoppm is not null)
        {
            // 72 dpi: one PDF point per pixel.
            var r = ExternalTools.Run(pdftoppm, "-r", "72", "-png", "-singlefile", pdf, pdf);
            Assert.True(r.ExitCode == 0 && string.IsNullOrWhiteSpace(r.Stderr), r.Stderr);
            using var codec = SkiaSharp.SKCodec.Create(pdf + ".png");
            Assert.Equal((468, 351), (codec.Info.Width, codec.Info.Height));
        }
        var qpdf = ExternalTools.Require(output, "qpdf", "qpdf");
        if (qpdf is not null)
        {
            var r = ExternalTools.Run(qpdf, "--check", pdf);
            Assert.True(r.ExitCode == 0, $"qpdf --check: {r.Stdout} {r.Stderr}");
            Assert.Contains("No syntax or stream encoding errors", r.Stdout);
        }
    }

    [Fact]
    public void Png_opens_in_imagemagick_with_its_size()
    {
        var png = RenderStatic("p.png", "--view", "surface", "--preset", "slide");
        var identify = ExternalTools.Require(output, "imagemagick", "identify");
        if (identify is null) return;
        var r = ExternalTools.Run(identify, "-format", "%w %h %m", png);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("1920 1080 PNG", r.Stdout.Trim());
    }
}
