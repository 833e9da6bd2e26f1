namespace LlmWorks.Tex.Tests;

public sealed class LayoutTests
{
    [Fact]
    public void Frac_is_mfrac() => Assert.Equal("mfrac(mi:a,mi:b)", MathMl.Shape(@"\frac{a}{b}"));

    [Fact]
    public void Frac_accepts_single_token_arguments() => Assert.Equal("mfrac(mn:1,mn:2)", MathMl.Shape(@"\frac12"));

    [Theory]
    [InlineData(@"\dfrac{a}{b}", "true")]
    [InlineData(@"\tfrac{a}{b}", "false")]
    public void Dfrac_and_tfrac_force_display_style(string tex, string displayStyle)
    {
        var style = MathMl.Single(tex);
        Assert.Equal("mstyle(mfrac(mi:a,mi:b))", MathMl.Shape(style));
        Assert.Equal(displayStyle, (string?)style.Attribute("displaystyle"));
        Assert.Equal("0", (string?)style.Attribute("scriptlevel"));
    }

    [Fact]
    public void Sqrt_is_msqrt() => Assert.Equal("msqrt(mi:x)", MathMl.Shape(@"\sqrt{x}"));

    [Fact]
    public void Sqrt_with_index_is_mroot() => Assert.Equal("mroot(mi:x,mi:n)", MathMl.Shape(@"\sqrt[n]{x}"));

    [Theory]
    [InlineData("x_i", "msub(mi:x,mi:i)")]
    [InlineData("x^2", "msup(mi:x,mn:2)")]
    [InlineData("x_i^2", "msubsup(mi:x,mi:i,mn:2)")]
    [InlineData("x^2_i", "msubsup(mi:x,mi:i,mn:2)")]
    [InlineData("x^{10}", "msup(mi:x,mn:10)")]
    [InlineData("x^10", "msup(mi:x,mn:1),mn:0")]
    [InlineData("e^{-z}", "msup(mi:e,mrow(mo:−,mi:z))")]
    [InlineData("{}_i", "msub(mrow,mi:i)")]
    public void Scripts(string tex, string shape) => Assert.Equal(shape, MathMl.Shape(tex));

    [Theory]
    [InlineData("(a-b)^2", "msup(mrow(mo:(,mi:a,mo:−,mi:b,mo:)),mn:2)")]
    [InlineData("x(-a)_i", "mi:x,msub(mrow(mo:(,mo:−,mi:a,mo:)),mi:i)")]
    [InlineData("f(x))^2", "mi:f,mo:(,mi:x,mo:),msup(mo:),mn:2)")]
    [InlineData(")^2", "msup(mo:),mn:2)")]
    public void Scripts_on_a_closing_fence_take_the_whole_group(string tex, string shape) => Assert.Equal(shape, MathMl.Shape(tex));

    [Theory]
    [InlineData(@"x_2 + \cdots + x_p")]
    [InlineData(@"1 + \ldots + n")]
    [InlineData(@"a - \cdots - b")]
    public void A_sign_after_an_ellipsis_is_binary(string tex)
    {
        var signs = MathMl.Row(tex).Elements(MathMl.Ns + "mo").Where(m => m.Value is "+" or "\u2212").ToList();
        Assert.Equal(2, signs.Count);
        Assert.All(signs, m => Assert.Null(m.Attribute("form")));
    }

    [Fact]
    public void Minus_in_exponent_is_prefix() =>
        Assert.Equal("prefix", (string?)MathMl.Single("e^{-z}").Descendants(MathMl.Ns + "mo").Single().Attribute("form"));

    [Theory]
    [InlineData(@"\sum", "∑")]
    [InlineData(@"\prod", "∏")]
    public void Big_operators_use_under_over_in_display_mode(string tex, string op)
    {
        var script = MathMl.Row(tex + "_{i=1}^{n} x_i").Elements().First();
        Assert.Equal($"munderover(mo:{op},mrow(mi:i,mo:=,mn:1),mi:n)", MathMl.Shape(script));
        Assert.Equal("false", (string?)script.Elements().First().Attribute("movablelimits"));
    }

    [Fact]
    public void Big_operators_use_subsup_inline()
    {
        var script = MathMl.Row(@"\sum_{i=1}^{n} x_i", display: false).Elements().First();
        Assert.Equal("msubsup(mo:∑,mrow(mi:i,mo:=,mn:1),mi:n)", MathMl.Shape(script));
    }

    [Fact]
    public void Big_operators_in_a_display_fraction_use_subsup() =>
        Assert.StartsWith("mfrac(mrow(msub(mo:∑", MathMl.Shape(@"\frac{\sum_i x_i}{n}"), StringComparison.Ordinal);

    [Fact]
    public void Limits_and_nolimits_override()
    {
        Assert.Equal("munder(mo:∑,mi:i)", MathMl.Shape(@"\sum\limits_i", display: false));
        Assert.Equal("msub(mo:∑,mi:i)", MathMl.Shape(@"\sum\nolimits_i"));
    }

    [Theory]
    [InlineData(@"\hat{y}", "ˆ")]
    [InlineData(@"\bar{x}", "‾")]
    [InlineData(@"\tilde{x}", "~")]
    [InlineData(@"\vec{v}", "→")]
    public void Accents_are_mover(string tex, string accent)
    {
        var mover = MathMl.Single(tex);
        Assert.Equal("mover", mover.Name.LocalName);
        Assert.Equal("true", (string?)mover.Attribute("accent"));
        Assert.Equal(accent, mover.Elements().Last().Value);
        Assert.Equal("false", (string?)mover.Elements().Last().Attribute("stretchy"));
    }

    [Fact]
    public void Accent_with_subscript() => Assert.Equal("msub(mover(mi:y,mo:ˆ),mi:i)", MathMl.Shape(@"\hat{y}_i"));

    [Theory]
    [InlineData("log")]
    [InlineData("ln")]
    [InlineData("exp")]
    [InlineData("sin")]
    [InlineData("cos")]
    [InlineData("arg")]
    public void Functions_are_upright_with_function_application(string name)
    {
        Assert.Equal($"mi:{name},mo:\u2061,mspace,mi:x", MathMl.Shape($@"\{name} x"));
        Assert.Equal($"mi:{name},mo:\u2061,mo:(,mi:x,mo:)", MathMl.Shape($@"\{name}(x)"));
    }

    [Theory]
    [InlineData(@"y_i \log x", "msub(mi:y,mi:i),mspace,mi:log,mo:\u2061,mspace,mi:x")]
    [InlineData(@"(1-y)\log(x)", "mo:(,mn:1,mo:−,mi:y,mo:),mspace,mi:log,mo:\u2061,mo:(,mi:x,mo:)")]
    [InlineData(@"= \log x", "mo:=,mi:log,mo:\u2061,mspace,mi:x")]
    public void Functions_after_an_ordinary_get_a_thin_space(string tex, string shape) => Assert.Equal(shape, MathMl.Shape(tex));

    [Theory]
    [InlineData(true, "munder(mi:min,mi:x)")]
    [InlineData(false, "msub(mi:min,mi:x)")]
    public void Min_and_max_take_limits_in_display_mode(bool display, string shape) =>
        Assert.Equal(shape + ",mo:\u2061,mspace,mi:f", MathMl.Shape(@"\min_x f", display));

    [Fact]
    public void Left_right_makes_stretchy_fences()
    {
        var row = MathMl.Single(@"\left( \frac{a}{b} \right)");
        Assert.Equal("mrow(mo:(,mfrac(mi:a,mi:b),mo:))", MathMl.Shape(row));
        var fences = row.Elements(MathMl.Ns + "mo").ToList();
        Assert.All(fences, mo => Assert.Equal("true", (string?)mo.Attribute("stretchy")));
        Assert.All(fences, mo => Assert.Equal("true", (string?)mo.Attribute("fence")));
        Assert.Equal("prefix", (string?)fences[0].Attribute("form"));
        Assert.Equal("postfix", (string?)fences[1].Attribute("form"));
    }

    [Theory]
    [InlineData(@"\left[ x \right]", "mrow(mo:[,mi:x,mo:])")]
    [InlineData(@"\left\{ x \right\}", "mrow(mo:{,mi:x,mo:})")]
    [InlineData(@"\left| x \right|", "mrow(mo:|,mi:x,mo:|)")]
    [InlineData(@"\left. x \right|", "mrow(mi:x,mo:|)")]
    [InlineData(@"\left( x \middle| y \right)", "mrow(mo:(,mi:x,mo:|,mi:y,mo:))")]
    public void Left_right_delimiters(string tex, string shape) => Assert.Equal(shape, MathMl.Shape(tex));

    [Fact]
    public void Text_is_mtext_preserving_spaces()
    {
        var mtext = MathMl.Row(@"\text{if } x").Elements().First();
        Assert.Equal("mtext", mtext.Name.LocalName);
        Assert.Equal("if\u00A0", mtext.Value);
        Assert.Equal("\u00A0a\u00A0\u00A0b\u00A0", MathMl.Single(@"\text{ a {} b }").Value);
    }

    [Fact]
    public void Operatorname_is_an_upright_function()
    {
        Assert.Equal("mi:softmax,mo:\u2061,mo:(,mi:z,mo:)", MathMl.Shape(@"\operatorname{softmax}(z)"));
        Assert.Equal("munder(mi:argmin,mi:w),mo:\u2061,mspace,mi:J", MathMl.Shape(@"\operatorname*{argmin}_w J"));
    }

    [Fact]
    public void Mathrm_is_upright()
    {
        var d = MathMl.Row(@"\mathrm{d}x").Elements().First();
        Assert.Equal("normal", (string?)d.Attribute("mathvariant"));
        Assert.Equal("mi:MSE,mo:=,mn:0", MathMl.Shape(@"\mathrm{MSE} = 0"));
    }

    [Fact]
    public void Mathbf_uses_bold_math_alphanumerics() => Assert.Equal("mi:𝐰,mo:⋅,mi:𝐱", MathMl.Shape(@"\mathbf{w} \cdot \mathbf{x}"));

    [Fact]
    public void Mathbb_uses_double_struck_letters() => Assert.Equal("mi:ℝ,mo:∈,msup(mi:ℝ,mi:n)", MathMl.Shape(@"\mathbb{R} \in \mathbb{R}^n"));
}
