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

    /// <summary>The same PNG with its image data split over IDAT chunks of at most <paramref name="size"/> bytes.</summary>
    public static byte[] SplitIdat(byte[] png, int size)
    {
        var chunks = Chunks(png);
        var data = chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray();
        using var output = new MemoryStream();
        output.Write(png, 0, 8);
        var wroteIdat = false;
        foreach (var chunk in chunks)
        {
            if (chunk.Type != "IDAT")
            {
                WriteChunk(output, chunk.Type, chunk.Data);
            }
            else if (!wroteIdat)
            {
                foreach (var piece in data.Chunk(size))
                    WriteChunk(output, "IDAT", piece);
                wroteIdat = true;
            }
        }
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        var buffer = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(buffer, 4);
        data.CopyTo(buffer, 8);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(8 + data.Length), BitwiseCrc(buffer.AsSpan(4, 4 + data.Length)));
        output.Write(buffer);
    }
}
