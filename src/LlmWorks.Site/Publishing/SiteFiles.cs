using System.Collections.Concurrent;

namespace LlmWorks.Site.Publishing;

/// <summary>
/// The site being built, in memory: relative path → bytes, with where each file came from.
/// Filled from many threads; read in ordinal path order so the result never depends on timing.
/// </summary>
public sealed class SiteFiles
{
    private readonly ConcurrentDictionary<string, SiteFile> _files = new(StringComparer.Ordinal);

    /// <summary>Adds a file; a path may be written only once.</summary>
    public void Add(string path, byte[] bytes, string source)
    {
        if (!_files.TryAdd(path, new SiteFile(path, bytes, source)))
            throw new InvalidOperationException($"two outputs claim '{path}'");
    }

    /// <summary>Every file, sorted by path.</summary>
    public IReadOnlyList<SiteFile> All => _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    /// <summary>Whether a path has been written.</summary>
    public bool Contains(string path) => _files.ContainsKey(path);
}

/// <summary>One output file: its site-relative path (with '/'), bytes, and what made it.</summary>
public sealed record SiteFile(string Path, byte[] Bytes, string Source);
