using System.Globalization;

namespace LlmWorks.Figures.Model;

/// <summary>An sRGB colour with straight (non-premultiplied) alpha.</summary>
public readonly record struct Rgba(byte R, byte G, byte B, byte A = 255)
{
    /// <summary>Parses <c>#rrggbb</c> or <c>#rrggbbaa</c>.</summary>
    public static Rgba Hex(string hex)
    {
        var s = hex.TrimStart('#');
        if (s.Length is not (6 or 8))
            throw new FormatException($"colour '{hex}' is not #rrggbb or #rrggbbaa");
        byte At(int i) => byte.Parse(s.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new Rgba(At(0), At(2), At(4), s.Length == 8 ? At(6) : (byte)255);
    }

    /// <summary>The same colour with alpha scaled to <paramref name="opacity"/> (0..1).</summary>
    public Rgba WithOpacity(double opacity) => this with { A = (byte)Math.Round(Math.Clamp(opacity, 0, 1) * 255) };

    /// <summary>Lower-case <c>#rrggbb</c> (alpha dropped).</summary>
    public string ToHex() => $"#{R:x2}{G:x2}{B:x2}";
}
