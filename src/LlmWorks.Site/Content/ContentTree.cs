using LlmWorks.Explorers.Settings;

namespace LlmWorks.Site.Content;

/// <summary>The whole content folder: the home page, modules in order, and their pages in order.</summary>
public sealed record ContentTree(string Root, SourcePage Home, IReadOnlyList<Module> Modules)
{
    /// <summary>Every page of every module, in site order.</summary>
    public IEnumerable<SourcePage> Pages => Modules.SelectMany(m => m.Pages);
}

/// <summary>A module (a folder of pages) with its own <c>_index.md</c>.</summary>
public sealed record Module(string Slug, SourcePage Index, IReadOnlyList<SourcePage> Pages)
{
    /// <summary>The module's title.</summary>
    public string Title => Index.Title;
}

/// <summary>One Markdown file: front matter settings, body, and where it goes in the site.</summary>
/// <param name="File">Path relative to the content root, for messages.</param>
/// <param name="SitePath">Path in the site without extension (e.g. <c>linear-regression/sse</c>); empty for home.</param>
/// <param name="Settings">The front matter.</param>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="BodyLine">The file line where the body starts (1-based).</param>
public sealed record SourcePage(string File, string SitePath, SettingsMap Settings, string Body, int BodyLine)
{
    /// <summary>The page title (required).</summary>
    public string Title => Settings.String("title");

    /// <summary>The sort key within its module.</summary>
    public int Order => Settings.Find("order")?.AsInt("order", 0, 10_000) ?? 1000;

    /// <summary>The explorer kind, or null for a prose-only page.</summary>
    public string? Explorer => Settings.Find("explorer")?.AsString("explorer");
}
