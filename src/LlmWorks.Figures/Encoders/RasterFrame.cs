namespace LlmWorks.Figures.Encoders;

/// <summary>
/// One raster animation frame: straight (unpremultiplied) RGBA8888 pixels, row-major, no row padding.
/// </summary>
/// <param name="Width">Width in pixels (at least 1).</param>
/// <param name="Height">Height in pixels (at least 1).</param>
/// <param name="Rgba">Pixels, <c>Width * Height * 4</c> bytes, R, G, B, A per pixel.</param>
/// <param name="DelayCentiseconds">How long the frame is shown, in hundredths of a second.</param>
public sealed record RasterFrame(int Width, int Height, byte[] Rgba, int DelayCentiseconds)
{
    /// <summary>Throws <see cref="ArgumentException"/> when the pixel buffer does not match the size.</summary>
    internal void Validate(string paramName)
    {
        if (Width < 1 || Height < 1)
            throw new ArgumentException($"frame size {Width}x{Height} must be at least 1x1", paramName);
        ArgumentNullException.ThrowIfNull(Rgba, paramName);
        if (Rgba.Length != checked(Width * Height * 4))
            throw new ArgumentException($"frame of {Width}x{Height} needs {Width * Height * 4} RGBA bytes, got {Rgba.Length}", paramName);
        if (DelayCentiseconds < 0)
            throw new ArgumentException($"frame delay {DelayCentiseconds} cs is negative", paramName);
    }
}
