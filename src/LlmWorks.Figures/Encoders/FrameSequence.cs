using System.Globalization;

namespace LlmWorks.Figures.Encoders;

/// <summary>Names PNG frames for writing as a numbered image sequence (for video tools and CI artefacts).</summary>
public static class FrameSequence
{
    /// <summary>
    /// Pairs each frame with a file name <c>stem-0001.png</c>, <c>stem-0002.png</c>, ...: numbered from 1,
    /// zero-padded to the number of digits of the frame count, at least four.
    /// </summary>
    /// <param name="pngFrames">The encoded frames, in order.</param>
    /// <param name="stem">File name stem, without directory or extension.</param>
    public static IReadOnlyList<(string Name, byte[] Png)> Name(IReadOnlyList<byte[]> pngFrames, string stem)
    {
        ArgumentNullException.ThrowIfNull(pngFrames);
        ArgumentException.ThrowIfNullOrWhiteSpace(stem);
        if (stem.IndexOfAny(['/', '\\']) >= 0 || stem.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            throw new ArgumentException($"stem '{stem}' is not a plain file name", nameof(stem));
        var digits = Math.Max(4, pngFrames.Count.ToString(CultureInfo.InvariantCulture).Length);
        var format = new string('0', digits);
        return pngFrames
            .Select((png, i) => ($"{stem}-{(i + 1).ToString(format, CultureInfo.InvariantCulture)}.png", png))
            .ToList();
    }
}
