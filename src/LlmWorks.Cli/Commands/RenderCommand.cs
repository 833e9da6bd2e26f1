using System.CommandLine;
using System.Globalization;
using LlmWorks.Cli.Rendering;
using LlmWorks.Explorers;
using LlmWorks.Figures.Model;
using LlmWorks.Site.Publishing;

namespace LlmWorks.Cli.Commands;

/// <summary><c>llmworks render</c>: one figure of one page, in any format, sized for the web, a slide, print or a thumbnail.</summary>
internal static class RenderCommand
{
    private const string Help =
        "Render one figure of a page for slides, print or CI, in any format.\n\n" +
        "PAGE is the page's site path as 'llmworks list' shows it; the scenario and view default to the page's first.\n" +
        "The format defaults to the one -o's extension names (.png .svg .pdf .apng .gif .webp), else png.\n" +
        "Presets: web = the figure's size on the site; slide = 1920x1080 px (960x540 at 2x) with type 1.3x;\n" +
        "print = 6.5 in wide (624 px = 468 pt) with type 0.9x, PNG at 300 dpi; thumbnail = 480x320 as on the home page.\n" +
        "--size sets the layout size in CSS px (SVG/PDF size; PDF is 0.75 pt per px), --scale the device pixels per CSS px.\n" +
        "Animated formats (apng, gif, webp, svg-animated, frames) need an animated view; frames writes NAME-0001.png ... into the -o folder.\n\n" +
        "Examples:\n" +
        "  llmworks render linear-regression/sse --view surface --preset slide -o sse-surface.png\n" +
        "  llmworks render linear-regression/sse --scenario optimum --view scatter --preset print -o fig1.pdf\n" +
        "  llmworks render linear-regression/sse --view surface --theme dark --transparent --size 1280x720 -o dark.png\n" +
        "  llmworks render PAGE --view VIEW --format gif --preset slide --frames 60 --fps 20 -o descent.gif\n" +
        "  llmworks render PAGE --view VIEW --format frames -o frames/   (then: ffmpeg -i frames/SCENARIO-VIEW-%04d.png out.mp4)";

    /// <summary>Largest side of an output, in device pixels.</summary>
    internal const int MaxPixels = 16384;

    public static Command Create(TextWriter stdout)
    {
        var page = new Argument<string>("PAGE") { Description = "The page's site path, e.g. linear-regression/sse." };
        var scenario = new Option<string?>("--scenario") { Description = "Scenario id (default: the page's first)." };
        var view = new Option<string?>("--view") { Description = "View name (default: the page's first)." };
        var format = new Option<string?>("--format") { Description = $"{RenderFormat.Names} (default: from -o's extension, else png)." };
        var preset = new Option<string>("--preset") { Description = $"{FigurePreset.Names}.", DefaultValueFactory = _ => "web" };
        var size = new Option<string?>("--size") { Description = "Layout size WxH in CSS px, overriding the preset's (e.g. 1280x720)." };
        var scale = new Option<double?>("--scale") { Description = "Device pixels per CSS px for rasters, overriding the preset's." };
        var frames = new Option<int>("--frames") { Description = "Frames of an animation.", DefaultValueFactory = _ => 60 };
        var fps = new Option<double>("--fps") { Description = "Frames per second of an animation.", DefaultValueFactory = _ => 20 };
        var theme = new Option<string>("--theme") { Description = "light | dark.", DefaultValueFactory = _ => "light" };
        var transparent = new Option<bool>("--transparent") { Description = "No background (PNG, APNG, GIF, WebP, frames; SVG and PDF too)." };
        var content = new Option<string>("--content") { Description = "Content folder.", DefaultValueFactory = _ => "content" };
        var output = new Option<string>("--out", "-o") { Description = "Output file (a folder for --format frames), written atomically.", Required = true };
        var command = new Command("render", Help) { page, scenario, view, format, preset, size, scale, frames, fps, theme, transparent, content, output };
        command.SetAction(r =>
        {
            var outPath = r.GetValue(output)!;
            var fmt = RenderFormat.Resolve(r.GetValue(format), outPath);
            var p = FigurePreset.Find(r.GetValue(preset)!)
                ?? throw new UsageException($"unknown preset '{r.GetValue(preset)}' (expected one of: {FigurePreset.Names})");
            var timing = Timing(r.GetValue(frames), r.GetValue(fps));
            var baseTheme = Theme(r.GetValue(theme)!) with { Transparent = r.GetValue(transparent) };
            var customSize = r.GetValue(size) is { } s ? ParseSize(s) : (FigureSize?)null;
            var rasterScale = r.GetValue(scale) ?? p.RasterScale;
            if (!double.IsFinite(rasterScale) || rasterScale <= 0 || rasterScale > 16)
                throw new UsageException($"--scale must be a number above 0 and at most 16, not {rasterScale.ToString(CultureInfo.InvariantCulture)}");

            var site = SiteContent.Load(r.GetValue(content)!, runAll: false);
            var target = FigureTarget.Find(site, r.GetValue(page)!, r.GetValue(scenario), r.GetValue(view));
            target.RequireAnimation(site, fmt);
            var settings = new RenderSettings(fmt, p.Style(target.Asset, baseTheme, customSize), rasterScale, timing, Environment.ProcessorCount, p);
            var (w, h) = (FigureRendering.Pixels(settings.Style.Size.Width, settings), FigureRendering.Pixels(settings.Style.Size.Height, settings));
            if (w > MaxPixels || h > MaxPixels)
                throw new UsageException($"the output would be {w}x{h} px; at most {MaxPixels} px a side (lower --size or --scale)");

            var result = FigureRendering.Render(target.Asset, settings, target.Stem);
            if (fmt == RenderFormat.Frames) AtomicOutput.WriteFrames(outPath, target.Stem, result.Files);
            else AtomicOutput.WriteFile(outPath, result.Files[0].Bytes);
            stdout.WriteLine(Summary(target, fmt, result, outPath));
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>Parses "WxH" (also "W×H") with whole numbers from 16 to 8192.</summary>
    internal static FigureSize ParseSize(string text)
    {
        var parts = text.Trim().ToLowerInvariant().Replace('×', 'x').Split('x');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && w is >= 16 and <= 8192 && h is >= 16 and <= 8192)
            return new FigureSize(w, h);
        throw new UsageException($"--size must be WIDTHxHEIGHT in whole CSS pixels from 16 to 8192, e.g. 1280x720, not '{text}'");
    }

    private static AnimationTiming Timing(int frames, double fps)
    {
        if (frames is < 1 or > 2000) throw new UsageException($"--frames must be from 1 to 2000, not {frames.ToString(CultureInfo.InvariantCulture)}");
        if (!double.IsFinite(fps) || fps <= 0 || fps > 100)
            throw new UsageException($"--fps must be above 0 and at most 100, not {fps.ToString(CultureInfo.InvariantCulture)}");
        return new AnimationTiming(frames, fps);
    }

    private static Theme Theme(string name) => name.ToLowerInvariant() switch
    {
        "light" => Figures.Model.Theme.Light,
        "dark" => Figures.Model.Theme.Dark,
        _ => throw new UsageException($"unknown theme '{name}' (expected light or dark)"),
    };

    private static string Summary(FigureTarget t, RenderFormat fmt, RenderedFigure r, string outPath)
    {
        var bytes = r.Files.Sum(f => (long)f.Bytes.Length);
        var frames = fmt.Animated ? $", {r.Frames} frames" : "";
        var what = fmt == RenderFormat.Frames ? $"{r.Files.Count} PNG frames into {outPath}" : outPath;
        return string.Create(CultureInfo.InvariantCulture,
            $"wrote {what} ({t.Page} {t.Scenario}/{t.Asset.View}, {fmt.Name}, {r.Width}x{r.Height}{(fmt.IsRaster ? " px" : " CSS px")}{frames}, {bytes / 1024.0:F0} KiB)");
    }
}
