using System.Text;

namespace LlmWorks.Figures.Tests.Encoders;

/// <summary>
/// A minimal GIF89a reader written for the tests, independent of the encoder: parses the blocks,
/// LZW-decodes every image and composites frames onto a canvas the way players do (disposal 1 and 2).
/// </summary>
internal sealed class GifTestDecoder
{
    public sealed record Frame(int X, int Y, int Width, int Height, int DelayCs, int Disposal, int TransparentIndex, byte[] Indices);

    public int Width { get; private set; }
    public int Height { get; private set; }
    public int GlobalTableSize { get; private set; }
    public byte[] GlobalTable { get; private set; } = [];
    public int BackgroundIndex { get; private set; }
    /// <summary>NETSCAPE2.0 repeat count, or null when the block is absent.</summary>
    public int? LoopCount { get; private set; }
    public List<Frame> Frames { get; } = [];

    public static GifTestDecoder Decode(byte[] gif)
    {
        var d = new GifTestDecoder();
        Assert.Equal("GIF89a", Encoding.ASCII.GetString(gif, 0, 6));
        d.Width = gif[6] | (gif[7] << 8);
        d.Height = gif[8] | (gif[9] << 8);
        var packed = gif[10];
        Assert.True((packed & 0x80) != 0, "global colour table flag must be set");
        d.GlobalTableSize = 2 << (packed & 7);
        d.BackgroundIndex = gif[11];
        var pos = 13;
        d.GlobalTable = gif[pos..(pos + 3 * d.GlobalTableSize)];
        pos += 3 * d.GlobalTableSize;
        int delay = 0, disposal = 0, transparent = -1;
        while (true)
        {
            var introducer = gif[pos++];
            if (introducer == 0x3B)
                break;
            if (introducer == 0x21)
            {
                var label = gif[pos++];
                var first = ReadSubBlocks(gif, ref pos);
                if (label == 0xF9)
                {
                    Assert.Equal(4, first[0].Length);
                    disposal = (first[0][0] >> 2) & 7;
                    delay = first[0][1] | (first[0][2] << 8);
                    transparent = (first[0][0] & 1) != 0 ? first[0][3] : -1;
                }
                else if (label == 0xFF && Encoding.ASCII.GetString(first[0]) == "NETSCAPE2.0")
                {
                    Assert.Equal(3, first[1].Length);
                    Assert.Equal(1, first[1][0]);
                    d.LoopCount = first[1][1] | (first[1][2] << 8);
                }
                continue;
            }
            Assert.Equal(0x2C, introducer);
            int x = gif[pos] | (gif[pos + 1] << 8), y = gif[pos + 2] | (gif[pos + 3] << 8);
            int w = gif[pos + 4] | (gif[pos + 5] << 8), h = gif[pos + 6] | (gif[pos + 7] << 8);
            Assert.Equal(0, gif[pos + 8] & 0xC0); // no local table, not interlaced
            pos += 9;
            var minCodeSize = gif[pos++];
            var data = ReadSubBlocks(gif, ref pos).SelectMany(b => b).ToArray();
            var indices = Lzw(data, minCodeSize, w * h);
            Assert.True(x + w <= d.Width && y + h <= d.Height, "frame rectangle must lie inside the screen");
            d.Frames.Add(new Frame(x, y, w, h, delay, disposal, transparent, indices));
            (delay, disposal, transparent) = (0, 0, -1);
        }
        return d;
    }

    /// <summary>The RGBA canvas after each frame, as a player shows it (transparent = alpha 0, rgb 0).</summary>
    public List<byte[]> Composite()
    {
        var canvas = new byte[Width * Height * 4];
        var result = new List<byte[]>();
        foreach (var f in Frames)
        {
            for (var row = 0; row < f.Height; row++)
            {
                for (var col = 0; col < f.Width; col++)
                {
                    int index = f.Indices[row * f.Width + col];
                    if (index == f.TransparentIndex)
                        continue;
                    Assert.True(index < GlobalTableSize, $"index {index} outside the colour table");
                    var o = ((f.Y + row) * Width + f.X + col) * 4;
                    canvas[o] = GlobalTable[3 * index];
                    canvas[o + 1] = GlobalTable[3 * index + 1];
                    canvas[o + 2] = GlobalTable[3 * index + 2];
                    canvas[o + 3] = 255;
                }
            }
            result.Add((byte[])canvas.Clone());
            if (f.Disposal == 2)
            {
                for (var row = 0; row < f.Height; row++)
                    Array.Clear(canvas, ((f.Y + row) * Width + f.X) * 4, f.Width * 4);
            }
        }
        return result;
    }

    private static List<byte[]> ReadSubBlocks(byte[] gif, ref int pos)
    {
        var blocks = new List<byte[]>();
        while (gif[pos] != 0)
        {
            var n = gif[pos];
            blocks.Add(gif[(pos + 1)..(pos + 1 + n)]);
            pos += 1 + n;
        }
        pos++;
        return blocks;
    }

    /// <summary>Textbook GIF LZW decoder (a dictionary of byte strings), deliberately unlike the encoder.</summary>
    internal static byte[] Lzw(byte[] data, int minCodeSize, int expected)
    {
        int clear = 1 << minCodeSize, end = clear + 1;
        var dict = new List<byte[]>();
        void ResetDict()
        {
            dict.Clear();
            for (var i = 0; i < clear; i++)
                dict.Add([(byte)i]);
            dict.Add([]);
            dict.Add([]);
        }
        ResetDict();
        var output = new List<byte>(expected);
        var size = minCodeSize + 1;
        long bitPos = 0;
        byte[]? previous = null;
        var sawEnd = false;
        while (bitPos + size <= data.Length * 8L)
        {
            var code = 0;
            for (var b = 0; b < size; b++, bitPos++)
                code |= ((data[bitPos >> 3] >> (int)(bitPos & 7)) & 1) << b;
            if (code == clear)
            {
                ResetDict();
                size = minCodeSize + 1;
                previous = null;
                continue;
            }
            if (code == end)
            {
                sawEnd = true;
                break;
            }
            byte[] entry;
            if (code < dict.Count)
                entry = dict[code];
            else
            {
                Assert.True(code == dict.Count && previous is not null, $"LZW code {code} out of sequence (table {dict.Count})");
                entry = [.. previous!, previous![0]];
            }
            output.AddRange(entry);
            if (previous is not null && dict.Count < 4096)
                dict.Add([.. previous, entry[0]]);
            if (dict.Count == 1 << size && size < 12)
                size++;
            previous = entry;
        }
        Assert.True(sawEnd, "LZW stream has no end-of-information code");
        Assert.Equal(expected, output.Count);
        return [.. output];
    }
}
