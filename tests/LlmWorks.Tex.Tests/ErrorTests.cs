namespace LlmWorks.Tex.Tests;

public sealed class ErrorTests
{
    [Theory]
    [InlineData(@"a + \foo", 4, @"Unsupported command '\foo'")]
    [InlineData(@"\frac{a}{\bogus{b}}", 9, @"'\bogus'")]
    [InlineData(@"x + {a", 4, "never closed")]
    [InlineData(@"\frac{a}{b", 8, "never closed")]
    [InlineData(@"a}", 1, "unexpected '}'")]
    [InlineData(@"\left( a + b", 0, @"'\left' without matching '\right'")]
    [InlineData(@"x = \left( a } \right)", 4, @"'\left' without matching '\right'")]
    [InlineData(@"a \right)", 2, @"'\right' without matching '\left'")]
    [InlineData(@"\left x \right)", 0, @"invalid delimiter after '\left'")]
    [InlineData(@"x^", 1, "Missing argument for '^'")]
    [InlineData(@"x_{i}_j", 5, "Double subscript")]
    [InlineData(@"\frac{a}", 0, @"Missing argument for '\frac'")]
    [InlineData(@"1 + \sqrt", 4, @"Missing argument for '\sqrt'")]
    [InlineData(@"\hat", 0, @"Missing argument for '\hat'")]
    [InlineData(@"\text", 0, @"Missing argument for '\text'")]
    [InlineData(@"\begin{foo} a \end{foo}", 0, "Unknown environment 'foo'")]
    [InlineData(@"\begin{aligned} a &= b \end{cases}", 23, @"Mismatched '\end{cases}'")]
    [InlineData(@"\begin{cases} a & b", 0, @"Missing '\end{cases}'")]
    [InlineData(@"a \end{cases}", 2, @"'\end' without matching '\begin'")]
    [InlineData(@"a & b", 2, "Unexpected '&'")]
    [InlineData(@"a \\ b", 2, @"Unexpected '\\'")]
    [InlineData(@"\text{a \foo b}", 8, @"Unsupported command '\foo' inside '\text'")]
    [InlineData(@"x # y", 2, "Unsupported character '#'")]
    [InlineData(@"x \limits", 2, @"'\limits' must follow an operator")]
    [InlineData(@"\sqrt[3{x}", 5, "Missing ']'")]
    [InlineData("a\\", 1, "lone backslash")]
    public void Malformed_input_throws_with_offset(string tex, int offset, string message)
    {
        var error = Assert.Throws<TexException>(() => TexToMathMl.Convert(tex, display: true));
        Assert.Equal(offset, error.Offset);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_throws_instead_of_overflowing()
    {
        var tex = new string('{', 5000) + "x" + new string('}', 5000);
        var error = Assert.Throws<TexException>(() => TexToMathMl.Convert(tex, display: true));
        Assert.Contains("nested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moderate_nesting_is_fine() =>
        Assert.NotNull(TexToMathMl.Convert(new string('{', 50) + "x" + new string('}', 50), display: true));

    [Fact]
    public void Errors_are_raised_in_inline_mode_too() =>
        Assert.Throws<TexException>(() => TexToMathMl.Convert(@"\unknown", display: false));

    [Fact]
    public void Null_input_is_rejected() => Assert.Throws<ArgumentNullException>(() => TexToMathMl.Convert(null!, true));
}
