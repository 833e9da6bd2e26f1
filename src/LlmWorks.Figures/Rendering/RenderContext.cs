using LlmWorks.Figures.Model;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>What one drawing pass needs: canvas, theme, text and which layers to draw.</summary>
internal sealed class RenderContext(SKCanvas canvas, Theme theme, TextKit text, bool overlayOnly)
{
    /// <summary>The target canvas, in CSS pixels.</summary>
    public SKCanvas Canvas => canvas;

    /// <summary>Colours and type sizes.</summary>
    public Theme Theme => theme;

    /// <summary>Text measuring and drawing.</summary>
    public TextKit Text => text;

    /// <summary>True when only the animated overlay (marks, read-outs) is drawn, not the base.</summary>
    public bool OverlayOnly => overlayOnly;

    /// <summary>A fresh antialiased paint.</summary>
    public static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    /// <summary>A fresh antialiased stroke paint.</summary>
    public static SKPaint Stroke(SKColor color, double width, SKPathEffect? effect = null) => new()
    {
        Color = color,
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = (float)width,
        PathEffect = effect,
        StrokeCap = SKStrokeCap.Butt,
        StrokeJoin = SKStrokeJoin.Round,
    };
}
