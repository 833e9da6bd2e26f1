using LlmWorks.Figures.Encoders;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace LlmWorks.Figures.Tests.Encoders;

/// <summary>Frames drawn with SkiaSharp for the encoder tests.</summary>
internal static class TestFrames
{
    /// <summary>A red circle moving left to right on a white canvas, anti-aliased off so colours stay few.</summary>
    public static List<RasterFrame> MovingCircle(int count = 8, int width = 160, int height = 90, bool antialias = false, int delayCs = 5)
    {
        return Enumerable.Range(0, count).Select(i => Draw(width, height, delayCs, canvas =>
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = new SKColor(0xD6, 0x27, 0x28), IsAntialias = antialias };
            canvas.DrawCircle(20 + i * (width - 40f) / Math.Max(1, count - 1), height / 2f, 12, paint);
            using var dot = new SKPaint { Color = new SKColor(0x1F, 0x77, 0xB4), IsAntialias = antialias };
            canvas.DrawRect(4, 4, 10 + i, 6, dot);
        })).ToList();
    }

    /// <summary>A circle moving on a fully transparent canvas.</summary>
    public static List<RasterFrame> TransparentCircle(int count = 6, int width = 160, int height = 90)
    {
        return Enumerable.Range(0, count).Select(i => Draw(width, height, 4, canvas =>
        {
            canvas.Clear(SKColors.Transparent);
            using var paint = new SKPaint { Color = new SKColor(0x2C, 0xA0, 0x2C), IsAntialias = false };
            canvas.DrawCircle(20 + i * 20, height / 2f, 15, paint);
        })).ToList();
    }

    private static readonly SKColor[] Viridis =
        [new(0x44, 0x01, 0x54), new(0x3B, 0x52, 0x8B), new(0x21, 0x91, 0x8C), new(0x5E, 0xC9, 0x62), new(0xFD, 0xE7, 0x25)];

    /// <summary>
    /// A viridis background with a ball rolling over it. With <paramref name="bands"/> &gt; 0 the background is that many
    /// solid vertical bands (about that many colours); with 0 it is a smooth gradient (thousands of colours).
    /// </summary>
    public static List<RasterFrame> ViridisScene(int count, int width, int height, bool antialias = true, int bands = 0)
    {
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, 0), Viridis, SKShaderTileMode.Clamp);
        return Enumerable.Range(0, count).Select(i => Draw(width, height, 4, canvas =>
        {
            if (bands > 0)
            {
                for (var b = 0; b < bands; b++)
                {
                    using var band = new SKPaint { Color = ViridisAt(b / (float)Math.Max(1, bands - 1)) };
                    canvas.DrawRect(SKRect.Create(width * b / (float)bands, 0, width / (float)bands + 1, height), band);
                }
            }
            else
            {
                using var background = new SKPaint { Shader = shader, IsDither = false };
                canvas.DrawRect(0, 0, width, height, background);
            }
            using var ball = new SKPaint { Color = SKColors.White, IsAntialias = antialias };
            var t = i / (float)Math.Max(1, count - 1);
            canvas.DrawCircle(width * (0.1f + 0.8f * t), height * (0.2f + 0.6f * t * t), height / 20f, ball);
        })).ToList();
    }

    private static SKColor ViridisAt(float t)
    {
        var x = Math.Clamp(t, 0, 1) * (Viridis.Length - 1);
        var k = Math.Min((int)x, Viridis.Length - 2);
        var f = x - k;
        byte Lerp(byte a, byte b) => (byte)Math.Round(a + (b - a) * f);
        return new SKColor(Lerp(Viridis[k].Red, Viridis[k + 1].Red), Lerp(Viridis[k].Green, Viridis[k + 1].Green), Lerp(Viridis[k].Blue, Viridis[k + 1].Blue));
    }

    /// <summary>Every frame as a PNG encoded by SkiaSharp.</summary>
    public static List<byte[]> Png(IEnumerable<RasterFrame> frames) => frames.Select(ToPng).ToList();

    public static byte[] ToPng(RasterFrame frame)
    {
        using var bitmap = ToBitmap(frame);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static SKBitmap ToBitmap(RasterFrame frame)
    {
        var bitmap = new SKBitmap(new SKImageInfo(frame.Width, frame.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        frame.Rgba.AsSpan().CopyTo(bitmap.GetPixelSpan());
        return bitmap;
    }

    /// <summary>Number of distinct RGB colours over all frames.</summary>
    public static int DistinctColours(IEnumerable<RasterFrame> frames)
    {
        var set = new HashSet<int>();
        foreach (var f in frames)
        {
            for (var p = 0; p < f.Rgba.Length; p += 4)
                set.Add(f.Rgba[p] | (f.Rgba[p + 1] << 8) | (f.Rgba[p + 2] << 16));
        }
        return set.Count;
    }

    private static RasterFrame Draw(int width, int height, int delayCs, Action<SKCanvas> draw)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
            draw(canvas);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var rgba = new byte[width * height * 4];
        var handle = GCHandle.Alloc(rgba, GCHandleType.Pinned);
        try
        {
            if (!bitmap.PeekPixels().ReadPixels(info, handle.AddrOfPinnedObject(), width * 4, 0, 0))
                throw new InvalidOperationException("could not read pixels");
        }
        finally
        {
            handle.Free();
        }
        return new RasterFrame(width, height, rgba, delayCs);
    }
}
