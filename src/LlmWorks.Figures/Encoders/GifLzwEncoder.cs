namespace LlmWorks.Figures.Encoders;

/// <summary>
/// GIF's variable-code-size LZW (GIF89a appendix F): codes grow from min+1 to 12 bits, a clear code
/// starts a new table when 4096 codes are used, output is packed LSB-first into sub-blocks of at most
/// 255 bytes. The string table is a small open-addressing hash table (5003 slots, double hashing, as in
/// the classic compress/GIF encoders) that stays in the CPU cache.
/// </summary>
internal sealed class GifLzwEncoder
{
    private const int MaxCodes = 4096;
    private const int TableSize = 5003; // prime, about 120% of MaxCodes
    private readonly int[] keys = new int[TableSize]; // (index << 12 | prefix), -1 = empty
    private readonly short[] codes = new short[TableSize];
    private readonly byte[] block = new byte[256];
    private int blockLength;
    private ulong bits;
    private int bitCount;

    /// <summary>Writes the minimum code size byte, the data sub-blocks and the block terminator.</summary>
    public void Encode(ReadOnlySpan<byte> indices, int minCodeSize, Stream output)
    {
        output.WriteByte((byte)minCodeSize);
        int clear = 1 << minCodeSize, end = clear + 1;
        var next = end + 1;
        var size = minCodeSize + 1;
        Reset();
        Emit(clear, size, output);
        int current = indices[0];
        for (var i = 1; i < indices.Length; i++)
        {
            int k = indices[i];
            var key = (k << 12) | current;
            var slot = (k << 4) ^ current; // < TableSize for k < 256, current < 4096
            if (keys[slot] == key)
            {
                current = codes[slot];
                continue;
            }
            if (keys[slot] >= 0)
            {
                var step = slot == 0 ? 1 : TableSize - slot;
                do
                {
                    slot -= step;
                    if (slot < 0)
                        slot += TableSize;
                }
                while (keys[slot] >= 0 && keys[slot] != key);
                if (keys[slot] == key)
                {
                    current = codes[slot];
                    continue;
                }
            }
            Emit(current, size, output);
            if (next == MaxCodes)
            {
                Emit(clear, size, output);
                Reset();
                next = end + 1;
                size = minCodeSize + 1;
            }
            else
            {
                if (next >= 1 << size)
                    size++;
                keys[slot] = key;
                codes[slot] = (short)next++;
            }
            current = k;
        }
        Emit(current, size, output);
        Emit(end, size, output);
        Flush(output);
    }

    private void Emit(int code, int size, Stream output)
    {
        bits |= (ulong)code << bitCount;
        bitCount += size;
        while (bitCount >= 8)
        {
            Put((byte)bits, output);
            bits >>= 8;
            bitCount -= 8;
        }
    }

    private void Put(byte value, Stream output)
    {
        block[++blockLength] = value;
        if (blockLength == 255)
            WriteBlock(output);
    }

    private void WriteBlock(Stream output)
    {
        block[0] = (byte)blockLength;
        output.Write(block, 0, blockLength + 1);
        blockLength = 0;
    }

    private void Flush(Stream output)
    {
        if (bitCount > 0)
            Put((byte)bits, output);
        (bits, bitCount) = (0, 0);
        if (blockLength > 0)
            WriteBlock(output);
        output.WriteByte(0); // block terminator
    }

    private void Reset() => Array.Fill(keys, -1);
}
