using System.Buffers.Binary;
using System.Text;

namespace LlmWorks.Figures.Encoders;

/// <summary>One PNG chunk: four-letter type and its data (length and CRC are implied).</summary>
internal readonly record struct PngChunk(string Type, ReadOnlyMemory<byte> Data);

/// <summary>Splits PNG files into chunks and writes chunks with their length and CRC.</summary>
internal static class PngChunks
{
    /// <summary>The eight-byte PNG file signature.</summary>
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The chunks of a PNG file, in order; throws <see cref="ArgumentException"/> on a malformed file.</summary>
    public static List<PngChunk> Read(byte[] png, string paramName)
    {
        ArgumentNullException.ThrowIfNull(png, paramName);
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(Signature))
            throw new ArgumentException("data is not a PNG file (bad signature)", paramName);
        var chunks = new List<PngChunk>();
        var pos = 8;
        while (pos < png.Length)
        {
            if (pos + 12 > png.Length)
                throw new ArgumentException("PNG file ends inside a chunk header", paramName);
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos));
            if (length > (uint)(png.Length - pos - 12))
                throw new ArgumentException("PNG chunk length runs past the end of the file", paramName);
            var type = Encoding.ASCII.GetString(png, pos + 4, 4);
            chunks.Add(new PngChunk(type, png.AsMemory(pos + 8, (int)length)));
            pos += 12 + (int)length;
            if (type == "IEND")
                break;
        }
        if (chunks.Count == 0 || chunks[0].Type != "IHDR" || chunks[0].Data.Length != 13)
            throw new ArgumentException("PNG file does not start with a 13-byte IHDR chunk", paramName);
        return chunks;
    }

    /// <summary>Writes one chunk: length, type, data, CRC over type and data.</summary>
    public static void Write(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, header[4..]);
        output.Write(header);
        output.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.Compute(header[4..], data));
        output.Write(crc);
    }
}
