using LlmWorks.Explorers.Convexity;
using LlmWorks.Explorers.Settings;
using LlmWorks.Testing;

namespace LlmWorks.Explorers.Tests;

/// <summary>A loss-comparison page built node by node (with line numbers), over a temp content folder holding the data.</summary>
internal static class ComparisonPage
{
    public const string File = "why-not-mse.md";

    public static SettingsScalar S(int line, string v) => new(File, line, v);

    public static SettingsMap M(int line, params (string Key, SettingsNode Value)[] entries) =>
        new(File, line, entries.Select(e => new KeyValuePair<string, SettingsNode>(e.Key, e.Value)).ToList());

    public static SettingsSequence Q(int line, params SettingsNode[] items) => new(File, line, items);

    public static SettingsSequence Nums(int line, params double[] v) =>
        Q(line, v.Select(x => (SettingsNode)S(line, x.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray());

    /// <summary>The original window, as on the page; <paramref name="lr"/> and <paramref name="windowExtra"/> let a test break it.</summary>
    public static PageContext Context(string lr = "0.5", (string, SettingsNode)? windowExtra = null, int steps = 4000)
    {
        var root = RepoPaths.NewTempDir("whynot");
        Directory.CreateDirectory(Path.Combine(root, "data"));
        System.IO.File.WriteAllText(Path.Combine(root, "data", "e.csv"), "x,y\n-5,1\n-1,0\n1,0\n5,1\n");
        var window = new List<(string, SettingsNode)> { ("b1", Nums(30, -1.5, 1.5)), ("b0", Nums(31, -6, 2)), ("cells", S(32, "50")) };
        if (windowExtra is { } extra) window.Add(extra);
        var settings = M(1,
            ("data", S(5, "data/e.csv")),
            ("descent", M(10, ("steps", S(11, steps.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                ("mse", M(12, ("lr", S(12, lr)), ("stop-below", S(12, "0.0025")))),
                ("logloss", M(13, ("lr", S(13, "0.5")), ("stop-below", S(13, "0.0025")))))),
            ("valley-scales", Nums(15, 1, 2, 4, 8, 16)),
            ("views", Q(16, S(16, "surfaces"), S(16, "maps"))),
            ("scenarios", Q(20, M(21,
                ("id", S(21, "original-window")),
                ("title", S(22, "Original window")),
                ("window", M(29, window.ToArray())),
                ("starts", M(33, ("b1", Nums(33, -1.2, 1.2)), ("b0", Nums(33, -5, 1)), ("count", S(33, "5")))),
                ("highlight", Q(34, M(35, ("b1", S(35, "-0.8")), ("b0", S(35, "-2")))))))));
        return new PageContext(Path.Combine(root, File), root, settings);
    }

    public static ComparisonScenario Scenario()
    {
        var spec = ComparisonSpec.Read(Context());
        return new ComparisonScenario(spec, spec.Scenarios[0]);
    }
}
