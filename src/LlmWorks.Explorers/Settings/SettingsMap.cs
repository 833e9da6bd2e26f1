namespace LlmWorks.Explorers.Settings;

/// <summary>A mapping of names to settings, in the author's order.</summary>
public sealed record SettingsMap(string File, int Line, IReadOnlyList<KeyValuePair<string, SettingsNode>> Entries)
    : SettingsNode(File, Line)
{
    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public SettingsNode? Find(string key) =>
        Entries.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>The value of <paramref name="key"/>; a content error at this mapping when absent.</summary>
    public SettingsNode Get(string key) => Find(key) ?? throw Error($"missing '{key}'");

    /// <summary>A string value, or <paramref name="fallback"/> when absent.</summary>
    public string String(string key, string fallback) => Find(key)?.AsString(key) ?? fallback;

    /// <summary>A required string value.</summary>
    public string String(string key) => Get(key).AsString(key);

    /// <summary>The page's <c>views</c>: at least one, each once, each one of <paramref name="known"/>.</summary>
    public IReadOnlyList<string> Views(IReadOnlyList<string> known)
    {
        var views = Get("views").AsList("views").Select(n =>
        {
            var view = n.AsString("a view");
            return known.Contains(view) ? view : throw n.Error($"unknown view '{view}' (expected one of: {string.Join(", ", known)})");
        }).ToList();
        if (views.Count == 0 || views.Distinct().Count() != views.Count)
            throw Get("views").Error("views must list at least one view, each once");
        return views;
    }

    /// <summary>Rejects keys that are not in <paramref name="allowed"/>, so a typo is an error, not a silent default.</summary>
    public void OnlyKeys(params string[] allowed)
    {
        foreach (var (key, node) in Entries)
            if (!allowed.Contains(key))
                throw node.Error($"unknown setting '{key}' (expected one of: {string.Join(", ", allowed)})");
    }
}
