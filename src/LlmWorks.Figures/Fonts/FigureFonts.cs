using SkiaSharp;

namespace LlmWorks.Figures.Fonts;

/// <summary>
/// The bundled DejaVu Sans faces, loaded once from embedded resources. Figures never use system
/// fonts, so the same figure measures and draws identically on every machine.
/// </summary>
internal static class FigureFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));

    /// <summary>DejaVu Sans.</summary>
    public static SKTypeface Regular => RegularFace.Value;

    /// <summary>DejaVu Sans Bold.</summary>
    public static SKTypeface Bold => BoldFace.Value;

    private static SKTypeface Load(string file)
    {
        var name = "LlmWorks.Figures.Fonts." + file;
        using var resource = typeof(FigureFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded font '{name}' is missing");
        var bytes = new byte[resource.Length];
        resource.ReadExactly(bytes);
        // Skia takes ownership of the managed stream, so it is not disposed here.
        return SKTypeface.FromStream(new MemoryStream(bytes, writable: false))
            ?? throw new InvalidOperationException($"embedded font '{name}' could not be read");
    }
}
