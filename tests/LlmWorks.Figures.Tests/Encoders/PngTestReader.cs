using System.Buffers.Binary;
using System.Text;

namespace LlmWorks.Figures.Tests.Encoders;

/// <summary>Reads PNG/APNG chunks for the tests, checking every CRC with a bit-by-bit CRC-32 (no table, unlike the encoder).</summary>
internal static class PngTestReader
{
    public sealed record Chunk(string Type, byte[] Data);

    public static List<Chunk> Chunks(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = new List<Chunk>();
        var pos = 8;
        while (pos < png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos));
            var type = Encoding.ASCII.GetString(png, pos + 4, 4);
            var data = png[(pos + 8)..(pos + 8 + length)];
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8 + length));
            Assert.True(crc == BitwiseCrc(png.AsSpan(pos + 4, 4 + length)), $"bad CRC on chunk {chunks.Count} ({type})");
            chunks.Add(new Chunk(type, data));
            pos += 12 + length;
        }
        Assert.Equal(png.Length, pos);
        return chunks;
    }

    public static uint BitwiseCrc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
        }
        return ~crc;
    }

    public static uint U32(byte[] data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset));

    public static ushort U16(byte[] data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset));
}
