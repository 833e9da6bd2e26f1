using LlmWorks.Figures.Model;
using SkiaSharp;

namespace LlmWorks.Figures.Themes;

/// <summary>Conversions from model colours and dash styles to Skia.</summary>
internal static class SkiaColors
{
    /// <summary>The Skia colour of <paramref name="c"/>.</summary>
    public static SKColor ToSk(this Rgba c) => new(c.R, c.G, c.B, c.A);

    /// <summary>Linear blend from <paramref name="a"/> (t = 0) to <paramref name="b"/> (t = 1), alpha included.</summary>
    public static Rgba Mix(Rgba a, Rgba b, double t)
    {
        byte L(byte x, byte y) => (byte)Math.Round(x + (y - x) * Math.Clamp(t, 0, 1));
        return new Rgba(L(a.R, b.R), L(a.G, b.G), L(a.B, b.B), L(a.A, b.A));
    }

    /// <summary>A dash effect for a stroke of <paramref name="width"/>, or null for solid.</summary>
    public static SKPathEffect? DashEffect(Dash dash, double width)
    {
        var w = (float)Math.Max(1, width);
        return dash switch
        {
            Dash.Dashed => SKPathEffect.CreateDash([4 * w + 2, 3 * w + 1], 0),
            Dash.Dotted => SKPathEffect.CreateDash([0.01f, 2 * w + 1.5f], 0),
            _ => null,
        };
    }
}
