using System.Text.RegularExpressions;

namespace LlmWorks.Cli.Rendering;

/// <summary>
/// Writes render output so that a reader never sees a half-written file: each file is written
/// under a temporary name in the same folder and then moved over the target in one step.
/// </summary>
internal static class AtomicOutput
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> (temp file + move).</summary>
    public static void WriteFile(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new UsageException($"-o '{path}' is a folder; give a file name (a folder is only for --format frames)");
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>
    /// Writes a numbered frame sequence into folder <paramref name="dir"/>: every frame is staged first,
    /// then each moved into place; older frames of the same stem beyond the new count are removed.
    /// Other files in the folder are left alone.
    /// </summary>
    public static void WriteFrames(string dir, string stem, IReadOnlyList<(string Name, byte[] Bytes)> frames)
    {
        var full = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(full))
            throw new UsageException($"-o '{dir}' is a file; --format frames writes a folder of PNGs");
        var staging = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.frames-{Environment.ProcessId}");
        try
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
            foreach (var (name, bytes) in frames)
                File.WriteAllBytes(Path.Combine(staging, name), bytes);
            Directory.CreateDirectory(full);
            foreach (var (name, _) in frames)
                File.Move(Path.Combine(staging, name), Path.Combine(full, name), overwrite: true);
            var keep = frames.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            var numbered = new Regex("^" + Regex.Escape(stem) + @"-\d{4,}\.png$", RegexOptions.CultureInvariant);
            foreach (var old in Directory.GetFiles(full).Select(Path.GetFileName).Where(n => numbered.IsMatch(n!) && !keep.Contains(n!)))
                File.Delete(Path.Combine(full, old!));
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }
}
