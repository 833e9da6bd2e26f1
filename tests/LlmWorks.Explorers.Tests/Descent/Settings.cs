using LlmWorks.Explorers.Settings;

namespace LlmWorks.Explorers.Tests.Descent;

/// <summary>Builds front-matter settings in code: strings are scalars, arrays sequences, (key, value) tuples mappings; lines count up.</summary>
internal static class Settings
{
    public const string File = "content/test/gd.md";

    public static SettingsMap Map(params (string Key, object Value)[] entries)
    {
        var line = 1;
        return (SettingsMap)Node(entries, ref line);
    }

    private static SettingsNode Node(object value, ref int line)
    {
        var at = line++;
        switch (value)
        {
            case (string, object)[] map:
                var list = new List<KeyValuePair<string, SettingsNode>>();
                foreach (var (k, v) in map) list.Add(new(k, Node(v, ref line)));
                return new SettingsMap(File, at, list);
            case object[] items:
                var nodes = new List<SettingsNode>();
                foreach (var i in items) nodes.Add(Node(i, ref line));
                return new SettingsSequence(File, at, nodes);
            default:
                return new SettingsScalar(File, at, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
        }
    }
}
