using System.Globalization;
using LlmWorks.Explorers.Landscapes;
using LlmWorks.Explorers.Settings;
using LlmWorks.Site.Content;
using LlmWorks.Testing;

namespace LlmWorks.Explorers.Tests;

/// <summary>Runs the loss-landscape explorer on a real content page, or on a page's text with edits.</summary>
internal static class Pages
{
    public static ExplorerResult Run(string page) => Run(page, File.ReadAllText(Path.Combine(RepoPaths.Content, page)));

    public static ExplorerResult Run(string page, string text)
    {
        var (settings, _, _) = FrontMatter.Split(page, text);
        return new LossLandscapeExplorer().Run(new PageContext(page, RepoPaths.Content, settings));
    }

    public static string Text(string page) => File.ReadAllText(Path.Combine(RepoPaths.Content, page)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The page's text with one line replaced; returns the text and the 1-based line number of the new line.</summary>
    public static (string Text, int Line) ReplaceLine(string page, string startsWith, string replacement)
    {
        var lines = Text(page).Split('\n');
        var i = Array.FindIndex(lines, l => l.StartsWith(startsWith, StringComparison.Ordinal));
        Assert.True(i >= 0, $"no line starting with '{startsWith}' in {page}");
        lines[i] = replacement;
        return (string.Join('\n', lines), i + 1);
    }

    public static ContentException Fails(string page, string text) => Assert.Throws<ContentException>(() => Run(page, text));

    public static string Fact(ExplorerResult r, string label) => r.Facts.Single(f => f.Label == label).Value;

    public static string Readout(ScenarioResult s, string label) => s.Readouts.Single(f => f.Label == label).Value;

    /// <summary>A number as the site prints it (U+2212 minus), back to a double.</summary>
    public static double Number(string text) =>
        double.Parse(text.Replace('\u2212', '-'), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Decimals shown in a formatted number.</summary>
    public static int Decimals(string text) => text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
}
