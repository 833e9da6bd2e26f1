using LlmWorks.Explorers.Settings;
using LlmWorks.Tex;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace LlmWorks.Site.Markdown;

/// <summary>
/// Renders Markdig's <c>$…$</c> and <c>$$…$$</c> as MathML at build time, so pages need no script.
/// A formula the converter cannot handle is a build error naming the file and line.
/// </summary>
internal sealed class MathMlExtension(string file, int bodyLine) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.ReplaceOrAdd<HtmlMathInlineRenderer>(new InlineRenderer(this));
        html.ObjectRenderers.ReplaceOrAdd<HtmlMathBlockRenderer>(new BlockRenderer(this));
    }

    private string Convert(string tex, bool display, int markdownLine)
    {
        try
        {
            return TexToMathMl.Convert(tex, display);
        }
        catch (TexException e)
        {
            var line = bodyLine + markdownLine + tex[..Math.Min(e.Offset, tex.Length)].Count(c => c == '\n');
            throw new ContentException(file, line, $"formula ${tex.Trim()}$: {e.Message}");
        }
    }

    private sealed class InlineRenderer(MathMlExtension owner) : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline math) =>
            renderer.Write(owner.Convert(math.Content.ToString(), math.DelimiterCount > 1, math.Line));
    }

    private sealed class BlockRenderer(MathMlExtension owner) : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock math)
        {
            var tex = string.Join("\n", math.Lines.Lines.Take(math.Lines.Count).Select(l => l.Slice.ToString()));
            renderer.Write("<div class=\"math-display\">")
                .Write(owner.Convert(tex, display: true, math.Line + 1))
                .Write("</div>\n");
        }
    }
}
