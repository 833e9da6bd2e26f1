using LlmWorks.Explorers.Settings;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers;

/// <summary>
/// Turns one page's settings (its scenarios) into numbers and figures as plain data. An explorer
/// never draws or writes files: renderers and the site do that downstream.
/// </summary>
public interface IExplorer
{
    /// <summary>The name authors write as <c>explorer:</c> in front matter.</summary>
    string Kind { get; }

    /// <summary>Runs every scenario of the page.</summary>
    ExplorerResult Run(PageContext page);
}

/// <summary>What an explorer is given: the page's file, the content root (to resolve data paths) and its settings.</summary>
public sealed record PageContext(string File, string ContentRoot, SettingsMap Settings)
{
    /// <summary>Resolves a path written in the page relative to the content root, refusing to leave it.</summary>
    public string ResolveContentPath(SettingsNode node, string what)
    {
        var relative = node.AsString(what);
        var root = Path.GetFullPath(ContentRoot);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw node.Error($"{what} '{relative}' must lie inside the content folder");
        if (!System.IO.File.Exists(full))
            throw node.Error($"{what} '{relative}' does not exist");
        return full;
    }

    /// <summary>Loads the page's <c>data</c> CSV, picking the columns named by <c>x</c> and <c>y</c> (default: the first two).</summary>
    public Dataset LoadData()
    {
        var full = ResolveContentPath(Settings.Get("data"), "data");
        var shown = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(ContentRoot))!, full);
        return CsvDataset.Parse(System.IO.File.ReadAllText(full), shown, Settings.Find("x")?.AsString("x"), Settings.Find("y")?.AsString("y"));
    }
}
