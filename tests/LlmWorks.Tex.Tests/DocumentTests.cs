namespace LlmWorks.Tex.Tests;

using System.Xml.Linq;

public sealed class DocumentTests
{
    [Theory]
    [InlineData(true, "block")]
    [InlineData(false, "inline")]
    public void Math_element_has_namespace_and_display(bool display, string expected)
    {
        var math = MathMl.Math("x", display);
        Assert.Equal(MathMl.Ns + "math", math.Name);
        Assert.Equal(expected, (string?)math.Attribute("display"));
    }

    [Fact]
    public void Semantics_wraps_row_and_tex_annotation()
    {
        var semantics = MathMl.Math(@"a < b \text{ \& c}").Elements().Single();
        Assert.Equal("semantics", semantics.Name.LocalName);
        Assert.Equal(["mrow", "annotation"], semantics.Elements().Select(e => e.Name.LocalName));
        var annotation = semantics.Element(MathMl.Ns + "annotation")!;
        Assert.Equal("application/x-tex", (string?)annotation.Attribute("encoding"));
        Assert.Equal(@"a < b \text{ \& c}", annotation.Value);
    }

    [Fact]
    public void Xml_special_characters_are_escaped()
    {
        var markup = TexToMathMl.Convert(@"a<b>c \text{x \& y}", display: false);
        Assert.Contains("<mo>&lt;</mo>", markup);
        Assert.Contains("<mo>&gt;</mo>", markup);
        Assert.Contains("<mtext>x\u00A0&amp;\u00A0y</mtext>", markup);
        Assert.Contains(@"a&lt;b&gt;c \text{x \&amp; y}", markup);
    }

    [Theory]
    [InlineData(@"\frac{a}{b}")]
    [InlineData(@"\sum_{i=1}^{n} x_i")]
    [InlineData(@"\left( \sqrt{x} \right)")]
    [InlineData(@"\begin{cases} 1 & \text{if } x \\ 0 & \text{otherwise} \end{cases}")]
    public void No_raw_tex_leaks_into_the_rendered_row(string tex)
    {
        var row = MathMl.Row(tex);
        Assert.DoesNotContain('\\', row.Value);
        Assert.DoesNotContain("frac", row.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("text", row.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        const string tex = @"\sigma(z) = \frac{1}{1+e^{-z}}";
        Assert.Equal(TexToMathMl.Convert(tex, true), TexToMathMl.Convert(tex, true));
    }

    [Fact]
    public void Output_parses_as_xml()
    {
        var doc = XDocument.Parse(TexToMathMl.Convert(@"\hat{y} = \begin{cases}1 & x \ge 0\\ 0 & x < 0\end{cases}", true));
        Assert.NotNull(doc.Root);
    }
}
