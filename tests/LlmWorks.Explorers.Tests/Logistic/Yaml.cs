using LlmWorks.Explorers;
using LlmWorks.Explorers.Settings;

namespace LlmWorks.Explorers.Tests.Logistic;

/// <summary>Builds settings trees by hand (the YAML reader lives in the site), giving each node a line number.</summary>
internal static class Yaml
{
    public const string FileName = "test.md";

    public static SettingsScalar S(object value, int line = 1) =>
        new(FileName, line, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);

    public static SettingsSequence L(int line, params SettingsNode[] items) => new(FileName, line, items);

    public static SettingsSequence Nums(int line, params double[] values) => L(line, values.Select(v => (SettingsNode)S(v, line)).ToArray());

    public static SettingsMap M(int line, params (string Key, SettingsNode Value)[] entries) =>
        new(FileName, line, entries.Select(e => new KeyValuePair<string, SettingsNode>(e.Key, e.Value)).ToList());

    public static PageContext Page(SettingsMap settings) => new(FileName, Path.GetTempPath(), settings);
}
