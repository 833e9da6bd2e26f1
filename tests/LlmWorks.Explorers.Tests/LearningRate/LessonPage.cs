using LlmWorks.Explorers.LearningRate;
using LlmWorks.Site.Content;
using LlmWorks.Testing;

namespace LlmWorks.Explorers.Tests.LearningRate;

/// <summary>The learning-rate page as the site reads it, and edited copies of its front matter.</summary>
internal static class LessonPage
{
    public static string File => Path.Combine(RepoPaths.Content, "learning-rate", "learning-rate.md");

    public static string Text => System.IO.File.ReadAllText(File);

    /// <summary>The page's context parsed from <paramref name="text"/> (the real page by default).</summary>
    public static PageContext Context(string? text = null)
    {
        var (settings, _, _) = FrontMatter.Split("learning-rate.md", text ?? Text);
        return new PageContext("learning-rate.md", RepoPaths.Content, settings);
    }

    public static ExplorerResult Run(string? text = null) => new LearningRateExplorer().Run(Context(text));

    internal static LessonState State(string? text = null) => new(LearningRateSpec.Read(Context(text)));

    /// <summary>The page with one exact piece of text replaced (which must occur).</summary>
    public static string Edited(string find, string replace)
    {
        Assert.Contains(find, Text);
        return Text.Replace(find, replace);
    }

    /// <summary>The 1-based line of the page that is exactly <paramref name="text"/>, else the first containing it; <paramref name="nth"/> counts from 1.</summary>
    public static int LineOf(string page, string text, int nth = 1)
    {
        var lines = page.Split('\n');
        var exact = lines.Select((l, i) => (l, i)).Where(x => x.l == text).ToList();
        var hits = exact.Count > 0 ? exact : lines.Select((l, i) => (l, i)).Where(x => x.l.Contains(text, StringComparison.Ordinal)).ToList();
        return hits[nth - 1].i + 1;
    }
}
