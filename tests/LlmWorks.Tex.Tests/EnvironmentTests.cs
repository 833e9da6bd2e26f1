namespace LlmWorks.Tex.Tests;

public sealed class EnvironmentTests
{
    [Fact]
    public void Aligned_is_mtable_with_right_left_columns()
    {
        var table = MathMl.Single(@"\begin{aligned} a &= b + c \\ &= d \end{aligned}");
        Assert.Equal("mtable", table.Name.LocalName);
        Assert.Equal("true", (string?)table.Attribute("displaystyle"));
        Assert.Equal("mtable(mtr(mtd(mi:a),mtd(mrow(mo:=,mi:b,mo:+,mi:c))),mtr(mtd(mrow),mtd(mrow(mo:=,mi:d))))", MathMl.Shape(table));
        var styles = table.Elements().First().Elements().Select(td => (string?)td.Attribute("style")).ToList();
        Assert.StartsWith("text-align:right;", styles[0], StringComparison.Ordinal);
        Assert.StartsWith("text-align:left;", styles[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Aligned_minus_after_ampersand_is_binary()
    {
        var mo = MathMl.Single(@"\begin{aligned} a &- b \end{aligned}").Descendants(MathMl.Ns + "mo").Single();
        Assert.Null(mo.Attribute("form"));
    }

    [Fact]
    public void Trailing_line_break_does_not_add_a_row() =>
        Assert.Equal(2, MathMl.Single(@"\begin{aligned} a &= b \\ c &= d \\ \end{aligned}").Elements().Count());

    [Fact]
    public void Cases_is_left_brace_and_left_aligned_table()
    {
        var row = MathMl.Single(@"\begin{cases} 1 & \text{if } x \ge 0 \\ 0 & \text{otherwise} \end{cases}");
        Assert.Equal("mrow(mo:{,mtable(mtr(mtd(mn:1),mtd(mrow(mtext:if\u00A0,mi:x,mo:≥,mn:0))),mtr(mtd(mn:0),mtd(mtext:otherwise))))", MathMl.Shape(row));
        var brace = row.Elements().First();
        Assert.Equal("true", (string?)brace.Attribute("stretchy"));
        Assert.All(row.Descendants(MathMl.Ns + "mtd"), td => Assert.StartsWith("text-align:left;", (string?)td.Attribute("style"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pmatrix", "(", ")")]
    [InlineData("bmatrix", "[", "]")]
    public void Matrices_are_fenced_tables(string name, string open, string close)
    {
        var row = MathMl.Single($@"\begin{{{name}}} a & b \\ c & d \end{{{name}}}");
        Assert.Equal($"mrow(mo:{open},mtable(mtr(mtd(mi:a),mtd(mi:b)),mtr(mtd(mi:c),mtd(mi:d))),mo:{close})", MathMl.Shape(row));
    }
}
