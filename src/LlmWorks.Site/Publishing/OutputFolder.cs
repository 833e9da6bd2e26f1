namespace LlmWorks.Site.Publishing;

/// <summary>
/// Writes a finished site into a temporary sibling folder and swaps it into place, so a failed
/// build never leaves a half-written output folder behind.
/// </summary>
public static class OutputFolder
{
    /// <summary>Replaces <paramref name="outDir"/> with exactly <paramref name="files"/>.</summary>
    public static void Replace(string outDir, IReadOnlyList<SiteFile> files)
    {
        var target = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Environment.ProcessId}");
        var old = Path.Combine(parent, $".{Path.GetFileName(target)}.old-{Environment.ProcessId}");
        DeleteIfExists(staging);
        DeleteIfExists(old);
        try
        {
            WriteAll(staging, files);
            // Keep a tracked .gitkeep, if the folder has one, so git sees no change.
            if (File.Exists(Path.Combine(target, ".gitkeep"))) File.WriteAllBytes(Path.Combine(staging, ".gitkeep"), []);
            if (Directory.Exists(target)) Directory.Move(target, old);
            Directory.Move(staging, target);
        }
        finally
        {
            DeleteIfExists(staging);
            DeleteIfExists(old);
        }
    }

    /// <summary>Writes <paramref name="files"/> under <paramref name="dir"/> (created fresh).</summary>
    public static void WriteAll(string dir, IReadOnlyList<SiteFile> files)
    {
        Directory.CreateDirectory(dir);
        foreach (var f in files)
        {
            var path = Path.Combine(dir, f.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, f.Bytes);
        }
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
