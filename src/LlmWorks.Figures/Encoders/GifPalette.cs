using System.Runtime.InteropServices;

namespace LlmWorks.Figures.Encoders;

/// <summary>
/// The one global colour table of a GIF animation and the mapping from pixels to its indices:
/// exact when the animation has few enough colours, median cut otherwise; nearest colour, no dithering.
/// </summary>
internal sealed class GifPalette
{
    private const uint TransparentKey = 0xFF000000u; // never an RGB key (those are below 2^24)
    private const int FastBits = 14;
    private readonly Dictionary<uint, byte> cache;
    private readonly uint[] fastKeys = new uint[1 << FastBits]; // direct-mapped cache in front of the dictionary
    private readonly byte[] fastIndices = new byte[1 << FastBits];
    private readonly bool transparent;
    private uint lastKey = uint.MaxValue;
    private byte lastIndex;

    private GifPalette(int[] colors, int transparentIndex, bool transparent, bool exact)
    {
        Colors = colors;
        TransparentIndex = transparentIndex;
        IsExact = exact;
        this.transparent = transparent;
        cache = new Dictionary<uint, byte>(Math.Max(colors.Length, 256) * 2);
        for (var i = 0; i < colors.Length; i++)
            cache[(uint)colors[i]] = (byte)i;
        if (transparentIndex >= 0)
            cache[TransparentKey] = (byte)transparentIndex;
        Array.Fill(fastKeys, uint.MaxValue);
    }

    /// <summary>Palette colours (<c>R | G &lt;&lt; 8 | B &lt;&lt; 16</c>), without the transparent slot.</summary>
    public int[] Colors { get; }

    /// <summary>Index of the transparent slot (after the colours), or -1 when there is none.</summary>
    public int TransparentIndex { get; }

    /// <summary>Whether every colour of the animation is in the palette unchanged.</summary>
    public bool IsExact { get; }

    /// <summary>Entries in use, the transparent slot included.</summary>
    public int Count => Colors.Length + (TransparentIndex >= 0 ? 1 : 0);

    /// <summary>Bits per index of the colour table: the table holds <c>2^Bits</c> entries (1..8).</summary>
    public int Bits => Math.Max(1, 32 - int.LeadingZeroCount(Count - 1));

    /// <summary>
    /// Builds the palette from the colours in <paramref name="regions"/>: frame 0 whole and, for each later
    /// frame, the area that changed; together they hold every colour the animation shows.
    /// </summary>
    public static GifPalette Build(IReadOnlyList<RasterFrame> frames, IReadOnlyList<PixelRect?> regions, bool transparent)
    {
        var histogram = new Dictionary<int, long>();
        var anyTransparent = false;
        for (var f = 0; f < frames.Count; f++)
        {
            if (regions[f] is { } rect)
                anyTransparent |= CountColors(frames[f], rect, transparent, histogram);
        }
        var slots = anyTransparent ? 255 : 256;
        var exact = histogram.Count <= slots;
        int[] colors;
        if (exact)
        {
            colors = [.. histogram.Keys];
            Array.Sort(colors);
        }
        else
        {
            colors = MedianCut.Reduce(histogram, slots);
        }
        if (colors.Length == 0)
            colors = [0]; // all transparent: still needs one real colour
        return new GifPalette(colors, anyTransparent ? colors.Length : -1, transparent, exact);
    }

    /// <summary>Writes the palette index of every pixel of <paramref name="rect"/> into <paramref name="indices"/>.</summary>
    public void Map(RasterFrame frame, PixelRect rect, Span<byte> indices)
    {
        var pixels = MemoryMarshal.Cast<byte, uint>(frame.Rgba.AsSpan());
        var o = 0;
        for (var y = rect.Y; y < rect.Y + rect.Height; y++)
        {
            var row = pixels.Slice(y * frame.Width + rect.X, rect.Width);
            foreach (var px in row)
                indices[o++] = IndexOf(Key(px, transparent));
        }
    }

    private byte IndexOf(uint key)
    {
        if (key == lastKey)
            return lastIndex;
        var slot = (int)((key * 0x9E3779B1u) >> (32 - FastBits));
        byte index;
        if (fastKeys[slot] == key)
        {
            index = fastIndices[slot];
        }
        else
        {
            if (!cache.TryGetValue(key, out index))
            {
                index = Nearest(key);
                cache[key] = index;
            }
            (fastKeys[slot], fastIndices[slot]) = (key, index);
        }
        (lastKey, lastIndex) = (key, index);
        return index;
    }

    private byte Nearest(uint key)
    {
        int r = (int)(key & 0xFF), g = (int)((key >> 8) & 0xFF), b = (int)((key >> 16) & 0xFF);
        var best = 0;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < Colors.Length; i++)
        {
            var c = Colors[i];
            int dr = r - (c & 0xFF), dg = g - ((c >> 8) & 0xFF), db = b - ((c >> 16) & 0xFF);
            var d = dr * dr + dg * dg + db * db;
            if (d < bestDistance)
                (best, bestDistance) = (i, d);
        }
        return (byte)best;
    }

    private static uint Key(uint px, bool transparent) =>
        transparent && (px >> 24) < 128 ? TransparentKey : px & 0xFFFFFFu; // little-endian RGBA: R in the low byte

    private static bool CountColors(RasterFrame frame, PixelRect rect, bool transparent, Dictionary<int, long> histogram)
    {
        var pixels = MemoryMarshal.Cast<byte, uint>(frame.Rgba.AsSpan());
        var anyTransparent = false;
        for (var y = rect.Y; y < rect.Y + rect.Height; y++)
        {
            var row = pixels.Slice(y * frame.Width + rect.X, rect.Width);
            var x = 0;
            while (x < row.Length)
            {
                var key = Key(row[x], transparent);
                var run = 1;
                while (x + run < row.Length && Key(row[x + run], transparent) == key)
                    run++;
                x += run;
                if (key == TransparentKey)
                    anyTransparent = true;
                else
                    CollectionsMarshal.GetValueRefOrAddDefault(histogram, (int)key, out _) += run;
            }
        }
        return anyTransparent;
    }
}
