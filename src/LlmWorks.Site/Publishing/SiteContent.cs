using LlmWorks.Explorers;
using LlmWorks.Site.Content;

namespace LlmWorks.Site.Publishing;

/// <summary>The content tree with every explorer page's scenarios run: all numbers, no pixels yet.</summary>
public sealed record SiteContent(ContentTree Tree, IReadOnlyList<SitePage> Pages)
{
    /// <summary>
    /// Loads the content folder and runs each page's explorer, in page order (so the first bad page is the one reported).
    /// With <paramref name="runAll"/> false an explorer runs only when its page's <see cref="SitePage.Result"/> is first
    /// read: rendering one figure then costs one page's numbers, not the whole site's.
    /// </summary>
    public static SiteContent Load(string contentDir, bool runAll = true)
    {
        var tree = ContentLoader.Load(contentDir);
        var pages = tree.Modules.SelectMany(m => m.Pages.Select(p => new SitePage(p, () => RunExplorer(tree, p), m.Title))).ToList();
        if (runAll)
            foreach (var page in pages)
                _ = page.Result;
        return new SiteContent(tree, pages);
    }

    /// <summary>The page at <paramref name="sitePath"/>, or null.</summary>
    public SitePage? Find(string sitePath) => Pages.FirstOrDefault(p => p.Source.SitePath == sitePath.Trim('/'));

    private static ExplorerResult? RunExplorer(ContentTree tree, SourcePage page)
    {
        if (page.Explorer is not { } kind) return null;
        var explorer = ExplorerRegistry.Find(kind)
            ?? throw page.Settings.Get("explorer").Error($"unknown explorer '{kind}' (expected one of: {string.Join(", ", ExplorerRegistry.Kinds)})");
        return explorer.Run(new PageContext(page.File, tree.Root, page.Settings));
    }
}

/// <summary>A page, its module's title and, for explorer pages, its computed scenarios.</summary>
public sealed class SitePage(SourcePage source, Func<ExplorerResult?> run, string moduleTitle)
{
    private readonly Lazy<ExplorerResult?> result = new(run);

    /// <summary>The page's source.</summary>
    public SourcePage Source { get; } = source;

    /// <summary>The explorer's scenarios (run on first read), or null for a prose page.</summary>
    public ExplorerResult? Result => result.Value;

    /// <summary>The title of the page's module.</summary>
    public string ModuleTitle { get; } = moduleTitle;

    /// <summary>The figure used as the page's thumbnail on the home page: the first scenario's first surface, else its first figure.</summary>
    public FigureAsset? ThumbnailFigure =>
        Result?.Scenarios.FirstOrDefault()?.Figures is { Count: > 0 } figs
            ? figs.FirstOrDefault(f => f.View.StartsWith("surface", StringComparison.Ordinal)) ?? figs[0]
            : null;
}
