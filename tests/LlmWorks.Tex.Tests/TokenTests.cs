namespace LlmWorks.Tex.Tests;

public sealed class TokenTests
{
    [Theory]
    [InlineData("3", "mn:3")]
    [InlineData("12.5", "mn:12.5")]
    [InlineData("0.5x", "mn:0.5,mi:x")]
    public void Numbers_are_mn(string tex, string shape) => Assert.Equal(shape, MathMl.Shape(tex));

    [Fact]
    public void Single_letters_are_italic_identifiers()
    {
        var mi = MathMl.Single("x");
        Assert.Equal("mi", mi.Name.LocalName);
        Assert.Null(mi.Attribute("mathvariant"));
        Assert.Equal("mi:a,mi:b", MathMl.Shape("ab"));
    }

    [Theory]
    [InlineData("+", "+")]
    [InlineData("=", "=")]
    [InlineData("<", "<")]
    [InlineData(">", ">")]
    [InlineData(",", ",")]
    [InlineData(";", ";")]
    [InlineData("!", "!")]
    [InlineData(@"\le", "≤")]
    [InlineData(@"\leq", "≤")]
    [InlineData(@"\ge", "≥")]
    [InlineData(@"\geq", "≥")]
    [InlineData(@"\neq", "≠")]
    [InlineData(@"\approx", "≈")]
    [InlineData(@"\cdot", "⋅")]
    [InlineData(@"\times", "×")]
    [InlineData(@"\pm", "±")]
    [InlineData(@"\to", "→")]
    [InlineData(@"\rightarrow", "→")]
    [InlineData(@"\leftarrow", "←")]
    [InlineData(@"\Rightarrow", "⇒")]
    [InlineData(@"\in", "∈")]
    [InlineData(@"\ldots", "…")]
    [InlineData(@"\cdots", "⋯")]
    public void Operators_are_mo(string tex, string text)
    {
        var mo = MathMl.Row("a " + tex + " b").Elements().ElementAt(1);
        Assert.Equal("mo", mo.Name.LocalName);
        Assert.Equal(text, mo.Value);
    }

    [Fact]
    public void Hyphen_becomes_minus_sign_binary_and_prefix()
    {
        var row = MathMl.Row("a - b = -1").Elements().ToList();
        Assert.Equal("\u2212", row[1].Value);
        Assert.Null(row[1].Attribute("form"));
        Assert.Equal("\u2212", row[4].Value);
        Assert.Equal("prefix", (string?)row[4].Attribute("form"));
    }

    [Fact]
    public void Parentheses_and_brackets_are_non_stretchy_fences()
    {
        var row = MathMl.Row("(a)[b]|c|").Elements().ToList();
        Assert.Equal(["(", "a", ")", "[", "b", "]", "|", "c", "|"], row.Select(e => e.Value));
        Assert.Equal("prefix", (string?)row[0].Attribute("form"));
        Assert.Equal("postfix", (string?)row[2].Attribute("form"));
        Assert.All(row.Where(e => e.Name.LocalName == "mo"), mo => Assert.Equal("false", (string?)mo.Attribute("stretchy")));
    }

    [Fact]
    public void Primes_follow_the_base_and_join_the_script_base()
    {
        Assert.Equal("mi:f,mo:′,mo:(,mi:x,mo:)", MathMl.Shape("f'(x)"));
        Assert.Equal("mi:f,mo:′,mo:′", MathMl.Shape("f''"));
        Assert.Equal("msub(mrow(mi:f,mo:′),mi:i)", MathMl.Shape("f'_i"));
        Assert.Equal("msup(mrow(mi:f,mo:′),mn:2)", MathMl.Shape("f'^2"));
        var prime = MathMl.Row("f'").Elements().Last();
        Assert.Equal("0em", (string?)prime.Attribute("lspace"));
        Assert.Equal("0em", (string?)prime.Attribute("rspace"));
    }

    [Theory]
    [InlineData(@"\alpha", "α")]
    [InlineData(@"\beta", "β")]
    [InlineData(@"\epsilon", "ϵ")]
    [InlineData(@"\varepsilon", "ε")]
    [InlineData(@"\theta", "θ")]
    [InlineData(@"\vartheta", "ϑ")]
    [InlineData(@"\lambda", "λ")]
    [InlineData(@"\mu", "μ")]
    [InlineData(@"\pi", "π")]
    [InlineData(@"\sigma", "σ")]
    [InlineData(@"\phi", "ϕ")]
    [InlineData(@"\varphi", "φ")]
    [InlineData(@"\omega", "ω")]
    public void Lower_case_greek_is_italic_mi(string tex, string text)
    {
        var mi = MathMl.Single(tex);
        Assert.Equal("mi", mi.Name.LocalName);
        Assert.Equal(text, mi.Value);
        Assert.Null(mi.Attribute("mathvariant"));
    }

    [Fact]
    public void All_lower_case_greek_letters_are_supported()
    {
        var names = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon phi chi psi omega";
        var text = string.Concat(MathMl.Row(string.Join(" ", names.Split(' ').Select(n => "\\" + n))).Elements().Select(e => e.Value));
        Assert.Equal("αβγδϵζηθικλμνξπρστυϕχψω", text);
    }

    [Fact]
    public void Upper_case_greek_is_upright_mi()
    {
        var row = MathMl.Row(@"\Gamma \Delta \Theta \Lambda \Xi \Pi \Sigma \Upsilon \Phi \Psi \Omega").Elements().ToList();
        Assert.Equal("ΓΔΘΛΞΠΣΥΦΨΩ", string.Concat(row.Select(e => e.Value)));
        Assert.All(row, mi => Assert.Equal("normal", (string?)mi.Attribute("mathvariant")));
    }

    [Theory]
    [InlineData(@"\partial", "∂")]
    [InlineData(@"\nabla", "∇")]
    [InlineData(@"\infty", "∞")]
    public void Ordinary_symbols_are_mi(string tex, string text)
    {
        var mi = MathMl.Single(tex);
        Assert.Equal("mi", mi.Name.LocalName);
        Assert.Equal(text, mi.Value);
    }

    [Theory]
    [InlineData(@"a\,b", "0.1667em")]
    [InlineData(@"a\;b", "0.2778em")]
    [InlineData(@"a\quad b", "1em")]
    [InlineData(@"a\qquad b", "2em")]
    public void Spacing_commands_are_mspace(string tex, string width)
    {
        var space = MathMl.Row(tex).Elements().ElementAt(1);
        Assert.Equal("mspace", space.Name.LocalName);
        Assert.Equal(width, (string?)space.Attribute("width"));
    }

    [Fact]
    public void Negative_thin_space_uses_negative_margin()
    {
        var space = MathMl.Row(@"a\!b").Elements().ElementAt(1);
        Assert.Equal("mspace", space.Name.LocalName);
        Assert.Equal("margin-left:-0.1667em", (string?)space.Attribute("style"));
    }

    [Fact]
    public void Braces_group_into_mrow()
    {
        Assert.Equal("mrow(mi:a,mo:+,mi:b),mi:c", MathMl.Shape("{a+b}c"));
    }

    [Fact]
    public void Comments_are_ignored()
    {
        Assert.Equal("mi:a,mo:+,mi:b", MathMl.Shape("a + % comment\n b"));
    }
}
