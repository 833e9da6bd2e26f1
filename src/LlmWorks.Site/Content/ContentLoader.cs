using LlmWorks.Explorers.Settings;

namespace LlmWorks.Site.Content;

/// <summary>Reads the content folder: <c>_index.md</c> at the root, one folder per module with its own <c>_index.md</c>.</summary>
public static class ContentLoader
{
    /// <summary>Loads and checks the tree; a mistake raises a <see cref="ContentException"/> naming file and line.</summary>
    public static ContentTree Load(string root)
    {
        if (!Directory.Exists(root)) throw new ContentException(Path.GetFullPath(root), 0, "content folder does not exist (run from the project folder or pass --content DIR)");
        var home = Read(root, Path.Combine(root, "_index.md"), "");
        var modules = new List<Module>();
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileName(dir);
            if (slug == "data" || slug.StartsWith('.') || slug.StartsWith('_')) continue;
            var index = Read(root, Path.Combine(dir, "_index.md"), slug);
            var pages = Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal)
                .Where(f => Path.GetFileName(f) != "_index.md")
                .Select(f => Read(root, f, $"{slug}/{Path.GetFileNameWithoutExtension(f)}"))
                .OrderBy(p => p.Order).ThenBy(p => p.SitePath, StringComparer.Ordinal)
                .ToList();
            modules.Add(new Module(slug, index, pages));
        }
        return new ContentTree(root, home, modules.OrderBy(m => m.Index.Order).ThenBy(m => m.Slug, StringComparer.Ordinal).ToList());
    }

    private static SourcePage Read(string root, string path, string sitePath)
    {
        var rel = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(root))!, path);
        if (!File.Exists(path)) throw new ContentException(rel, 0, "file is missing");
        var (settings, body, bodyLine) = FrontMatter.Split(rel, File.ReadAllText(path));
        var page = new SourcePage(rel, sitePath, settings, body, bodyLine);
        _ = page.Title; // a title is required: fail here, with the line, rather than in a template
        _ = page.Order;
        return page;
    }
}
