using System.Text.RegularExpressions;
using LlmWorks.Explorers.Settings;
using Markdig;

namespace LlmWorks.Site.Markdown;

/// <summary>Markdown body → HTML, with tables, footnotes-free CommonMark extensions, and TeX as MathML.</summary>
public static partial class MarkdownPage
{
    /// <summary>Renders <paramref name="body"/>, whose first line is file line <paramref name="bodyLine"/>.</summary>
    public static string ToHtml(string file, string body, int bodyLine)
    {
        var pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoIdentifiers()
            .UseMathematics()
            .Build();
        // Markdig's lines are 0-based; bodyLine is the 1-based file line of the body's first line.
        var math = new MathMlExtension(file, bodyLine);
        var document = Markdig.Markdown.Parse(body, pipeline);
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        pipeline.Setup(renderer);
        math.Setup(pipeline, renderer);
        renderer.Render(document);
        writer.Flush();
        var html = writer.ToString();
        RejectStrayTex(file, body, bodyLine, html);
        return html;
    }

    /// <summary>
    /// A TeX command left in the text (outside MathML and code) means a formula Markdig did not see as
    /// math, e.g. one broken across lines: never ship raw TeX, point at the line instead.
    /// </summary>
    private static void RejectStrayTex(string file, string body, int bodyLine, string html)
    {
        var text = Hidden().Replace(html, "");
        if (StrayCommand().Match(text) is not { Success: true } stray) return;
        var at = body.IndexOf(stray.Value, StringComparison.Ordinal);
        var line = bodyLine + (at < 0 ? 0 : body[..at].Count(c => c == '\n'));
        throw new ContentException(file, line, $"TeX '{stray.Value}' outside a formula: a $…$ formula must not break across lines, and $$…$$ blocks stand on lines of their own");
    }

    [GeneratedRegex(@"<math\b.*?</math>|<code\b.*?</code>|<pre\b.*?</pre>", RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"\\[a-zA-Z]{2,}")]
    private static partial Regex StrayCommand();
}
