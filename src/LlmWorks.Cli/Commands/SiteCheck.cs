using LlmWorks.Site.Publishing;

namespace LlmWorks.Cli.Commands;

/// <summary>
/// Compares a site built in memory with an output folder on disk, byte for byte, without writing anything.
/// </summary>
internal static class SiteCheck
{
    /// <summary>Files at the output's root that a build keeps but does not make.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { ".gitkeep" };

    /// <summary>
    /// One line per difference, sorted by path: <c>changed PATH</c> (bytes differ), <c>missing PATH</c>
    /// (the build makes it, the folder lacks it), <c>extra PATH</c> (the folder has it, the build does not make it).
    /// </summary>
    public static IReadOnlyList<string> Differences(IReadOnlyList<SiteFile> built, string outDir)
    {
        var onDisk = Directory.Exists(outDir)
            ? Directory.GetFiles(outDir, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(outDir, f).Replace('\\', '/'))
                .Where(p => !Ignored.Contains(p))
                .ToHashSet(StringComparer.Ordinal)
            : [];
        var lines = new List<(string Path, string Line)>();
        foreach (var file in built)
        {
            if (!onDisk.Remove(file.Path)) lines.Add((file.Path, "missing " + file.Path));
            else if (!SameBytes(Path.Combine(outDir, file.Path), file.Bytes)) lines.Add((file.Path, "changed " + file.Path));
        }
        lines.AddRange(onDisk.Select(p => (p, "extra " + p)));
        return lines.OrderBy(l => l.Path, StringComparer.Ordinal).Select(l => l.Line).ToList();
    }

    private static bool SameBytes(string path, byte[] expected)
    {
        var info = new FileInfo(path);
        return info.Length == expected.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(expected);
    }
}
