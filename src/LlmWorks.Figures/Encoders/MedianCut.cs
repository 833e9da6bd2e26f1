namespace LlmWorks.Figures.Encoders;

/// <summary>
/// Deterministic median-cut colour quantisation over a weighted colour histogram.
/// Colours are packed as <c>R | G &lt;&lt; 8 | B &lt;&lt; 16</c>.
/// </summary>
internal static class MedianCut
{
    private readonly record struct Box(int Start, int End, long Population, int Range, int Channel);

    /// <summary>At most <paramref name="maxColors"/> representative colours for the histogram.</summary>
    public static int[] Reduce(IReadOnlyDictionary<int, long> histogram, int maxColors)
    {
        var colors = histogram.Keys.ToArray();
        Array.Sort(colors); // dictionary order must not leak into the result
        var counts = colors.Select(c => histogram[c]).ToArray();
        var boxes = new List<Box> { Measure(colors, counts, 0, colors.Length) };
        while (boxes.Count < maxColors)
        {
            var pick = -1;
            long bestScore = 0;
            for (var i = 0; i < boxes.Count; i++)
            {
                var score = boxes[i].Range * boxes[i].Population;
                if (boxes[i].Range > 0 && score > bestScore)
                    (pick, bestScore) = (i, score);
            }
            if (pick < 0)
                break;
            var box = boxes[pick];
            SortByChannel(colors, counts, box);
            var split = MedianSplit(counts, box);
            boxes[pick] = Measure(colors, counts, box.Start, split);
            boxes.Add(Measure(colors, counts, split, box.End));
        }
        return boxes.Select(b => Mean(colors, counts, b)).ToArray();
    }

    private static Box Measure(int[] colors, long[] counts, int start, int end)
    {
        Span<int> min = [255, 255, 255];
        Span<int> max = [0, 0, 0];
        long population = 0;
        for (var i = start; i < end; i++)
        {
            population += counts[i];
            for (var c = 0; c < 3; c++)
            {
                var v = (colors[i] >> (8 * c)) & 0xFF;
                min[c] = Math.Min(min[c], v);
                max[c] = Math.Max(max[c], v);
            }
        }
        var channel = 0;
        for (var c = 1; c < 3; c++)
        {
            if (max[c] - min[c] > max[channel] - min[channel])
                channel = c;
        }
        return new Box(start, end, Math.Max(1, population), max[channel] - min[channel], channel);
    }

    private static void SortByChannel(int[] colors, long[] counts, Box box)
    {
        var shift = 8 * box.Channel;
        var keys = new long[box.End - box.Start];
        for (var i = 0; i < keys.Length; i++)
        {
            var color = colors[box.Start + i];
            keys[i] = ((long)((color >> shift) & 0xFF) << 32) | (uint)color; // total order: channel, then colour
        }
        var items = new (int Color, long Count)[keys.Length];
        for (var i = 0; i < items.Length; i++)
            items[i] = (colors[box.Start + i], counts[box.Start + i]);
        Array.Sort(keys, items);
        for (var i = 0; i < items.Length; i++)
            (colors[box.Start + i], counts[box.Start + i]) = items[i];
    }

    private static int MedianSplit(long[] counts, Box box)
    {
        long half = box.Population / 2, sum = 0;
        for (var i = box.Start; i < box.End - 1; i++)
        {
            sum += counts[i];
            if (sum >= half)
                return i + 1;
        }
        return box.End - 1;
    }

    private static int Mean(int[] colors, long[] counts, Box box)
    {
        double r = 0, g = 0, b = 0, n = 0;
        for (var i = box.Start; i < box.End; i++)
        {
            var w = (double)counts[i];
            r += w * (colors[i] & 0xFF);
            g += w * ((colors[i] >> 8) & 0xFF);
            b += w * ((colors[i] >> 16) & 0xFF);
            n += w;
        }
        int R(double v) => (int)Math.Clamp(Math.Round(v / n, MidpointRounding.AwayFromZero), 0, 255);
        return R(r) | (R(g) << 8) | (R(b) << 16);
    }
}
