using Markdig;

namespace LlmWorks.Site.Markdown;

/// <summary>Markdown body → HTML, with tables, footnotes-free CommonMark extensions, and TeX as MathML.</summary>
public static class MarkdownPage
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
        return writer.ToString();
    }
}
