using LlmWorks.Figures.Fonts;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>
/// Measures and draws text with the bundled fonts. One instance per render (fonts are cached
/// per size and weight and are not shared between threads).
/// </summary>
internal sealed class TextKit(TextMode mode) : IDisposable
{
    private readonly Dictionary<(float Size, bool Bold), SKFont> fonts = [];

    /// <summary>How text is emitted.</summary>
    public TextMode Mode => mode;

    /// <summary>The font of a size and weight.</summary>
    public SKFont Font(double size, bool bold = false)
    {
        var key = ((float)size, bold);
        if (!fonts.TryGetValue(key, out var font))
        {
            font = new SKFont(bold ? FigureFonts.Bold : FigureFonts.Regular, key.Item1)
            {
                Subpixel = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
                LinearMetrics = true,
            };
            fonts[key] = font;
        }
        return font;
    }

    /// <summary>Advance width of <paramref name="text"/>.</summary>
    public float Width(string text, double size, bool bold = false) => Font(size, bold).MeasureText(text);

    /// <summary>Line box height (ascent + descent) of a size.</summary>
    public float LineHeight(double size, bool bold = false)
    {
        var m = Font(size, bold).Metrics;
        return -m.Ascent + m.Descent;
    }

    /// <summary>Draws a line with its baseline at <paramref name="y"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float y, double size, SKColor color, HAlign align = HAlign.Left, bool bold = false)
    {
        if (text.Length == 0)
            return;
        var font = Font(size, bold);
        var w = font.MeasureText(text);
        var left = align switch { HAlign.Center => x - w / 2, HAlign.Right => x - w, _ => x };
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        if (mode == TextMode.Paths)
        {
            using var path = font.GetTextPath(text, new SKPoint(left, y));
            canvas.DrawPath(path, paint);
        }
        else
        {
            canvas.DrawText(text, left, y, SKTextAlign.Left, font, paint);
        }
    }

    /// <summary>Draws a line centred (both ways) on a point, optionally rotated 90° counter-clockwise.</summary>
    public void DrawCentered(SKCanvas canvas, string text, float cx, float cy, double size, SKColor color, bool bold = false, bool rotated = false)
    {
        var font = Font(size, bold);
        var m = font.Metrics;
        var baseline = (-m.Ascent - m.Descent) / 2;
        if (!rotated)
        {
            Draw(canvas, text, cx, cy + baseline, size, color, HAlign.Center, bold);
            return;
        }
        canvas.Save();
        canvas.Translate(cx, cy);
        canvas.RotateDegrees(-90);
        Draw(canvas, text, 0, baseline, size, color, HAlign.Center, bold);
        canvas.Restore();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var f in fonts.Values)
            f.Dispose();
        fonts.Clear();
    }
}
