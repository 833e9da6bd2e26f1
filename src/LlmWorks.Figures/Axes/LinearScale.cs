namespace LlmWorks.Figures.Axes;

/// <summary>Maps a data interval onto a pixel interval (pixels may run backwards, as on a Y axis).</summary>
/// <param name="DataMin">Data value at <paramref name="PixelMin"/>.</param>
/// <param name="DataMax">Data value at <paramref name="PixelMax"/>.</param>
/// <param name="PixelMin">Pixel of <paramref name="DataMin"/>.</param>
/// <param name="PixelMax">Pixel of <paramref name="DataMax"/>.</param>
internal readonly record struct LinearScale(double DataMin, double DataMax, double PixelMin, double PixelMax)
{
    /// <summary>The pixel of a data value.</summary>
    public float Map(double v)
    {
        var span = DataMax - DataMin;
        var t = span == 0 ? 0.5 : (v - DataMin) / span;
        return (float)(PixelMin + t * (PixelMax - PixelMin));
    }
}
