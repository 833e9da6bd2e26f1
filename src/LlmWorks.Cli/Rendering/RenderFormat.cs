namespace LlmWorks.Cli.Rendering;

/// <summary>An output format of <c>llmworks render</c>: its name, and whether it needs an animated view.</summary>
internal sealed record RenderFormat(string Name, bool Animated, string? Extension)
{
    public static readonly RenderFormat Png = new("png", false, ".png");
    public static readonly RenderFormat Svg = new("svg", false, ".svg");
    public static readonly RenderFormat Pdf = new("pdf", false, ".pdf");
    public static readonly RenderFormat Apng = new("apng", true, ".apng");
    public static readonly RenderFormat Gif = new("gif", true, ".gif");
    public static readonly RenderFormat Webp = new("webp", true, ".webp");
    public static readonly RenderFormat SvgAnimated = new("svg-animated", true, null);
    public static readonly RenderFormat Frames = new("frames", true, null);

    public static IReadOnlyList<RenderFormat> All { get; } = [Png, Svg, Pdf, Apng, Gif, Webp, SvgAnimated, Frames];

    public static string Names => string.Join("|", All.Select(f => f.Name));

    /// <summary>Formats that write rasters (scale and pixel limits apply).</summary>
    public bool IsRaster => this != Svg && this != Pdf && this != SvgAnimated;

    /// <summary>
    /// The format named by <paramref name="name"/>, else the one the output's extension names
    /// (<c>.png</c>, <c>.svg</c>, <c>.pdf</c>, <c>.apng</c>, <c>.gif</c>, <c>.webp</c>), else PNG.
    /// </summary>
    public static RenderFormat Resolve(string? name, string outPath)
    {
        if (name is not null)
            return All.FirstOrDefault(f => f.Name == name.ToLowerInvariant())
                ?? throw new UsageException($"unknown format '{name}' (expected one of: {string.Join(", ", All.Select(f => f.Name))})");
        var ext = Path.GetExtension(outPath).ToLowerInvariant();
        return All.FirstOrDefault(f => f.Extension == ext) ?? Png;
    }
}
