using LlmWorks.Figures.Model;

namespace LlmWorks.Figures.Themes;

/// <summary>Colour maps for surfaces: piecewise-linear RGB between equally spaced stops.</summary>
internal static class ColorMaps
{
    private static readonly Rgba[] Viridis =
        [new(68, 1, 84), new(59, 82, 139), new(33, 145, 140), new(94, 201, 98), new(253, 231, 37)];

    private static readonly Rgba[] Blues =
        [new(8, 48, 107), new(33, 113, 181), new(107, 174, 214), new(198, 219, 239), new(247, 251, 255)];

    private static readonly Rgba[] Reds =
        [new(103, 0, 13), new(203, 24, 29), new(251, 106, 74), new(252, 187, 161), new(255, 245, 240)];

    private static readonly Rgba[] Greens =
        [new(0, 68, 27), new(35, 139, 69), new(116, 196, 118), new(199, 233, 192), new(247, 252, 245)];

    /// <summary>The colour at <paramref name="t"/> (clamped to 0..1; low loss is the first stop).</summary>
    public static Rgba Sample(ColorMap map, double t)
    {
        var stops = map switch
        {
            ColorMap.Blues => Blues,
            ColorMap.Reds => Reds,
            ColorMap.Greens => Greens,
            _ => Viridis,
        };
        if (double.IsNaN(t))
            t = 0;
        var x = Math.Clamp(t, 0, 1) * (stops.Length - 1);
        var i = Math.Min((int)Math.Floor(x), stops.Length - 2);
        return SkiaColors.Mix(stops[i], stops[i + 1], x - i);
    }
}
