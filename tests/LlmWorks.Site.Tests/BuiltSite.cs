using LlmWorks.Site.Publishing;
using LlmWorks.Testing;

namespace LlmWorks.Site.Tests;

/// <summary>The repository's whole site, built once per test run for the tests that read every page.</summary>
internal static class BuiltSite
{
    private static readonly Lazy<string> Site = new(() =>
    {
        var site = Path.Combine(RepoPaths.NewTempDir("llmworks-site"), "site");
        SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, site));
        return site;
    });

    public static string Folder => Site.Value;

    /// <summary>Every HTML page of the site, in path order.</summary>
    public static IReadOnlyList<string> Pages =>
        Directory.GetFiles(Folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
}
