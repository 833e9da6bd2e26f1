using System.Globalization;
using LlmWorks.Explorers.Formatting;

namespace LlmWorks.Explorers.Tests;

/// <summary>Numbers as printed on pages and figures: scientific form read back must give the value.</summary>
public sealed class FmtTests
{
    [Theory]
    [InlineData(1.117e6, 3, "1.117 × 10⁶")]
    [InlineData(-54_000_000.0, 2, "−5.40 × 10⁷")]
    [InlineData(3.7e-4, 1, "3.7 × 10⁻⁴")]
    [InlineData(9.996e5, 2, "1.00 × 10⁶")]    // rounding the mantissa up to 10 moves the exponent
    [InlineData(1e-12, 1, "1.0 × 10⁻¹²")]
    public void Scientific_form(double value, int decimals, string expected) =>
        Assert.Equal(expected, Fmt.Scientific(value, decimals));

    [Theory]
    [InlineData(123456789.0)]
    [InlineData(-0.000314159)]
    [InlineData(6.02214076e23)]
    public void Scientific_form_reads_back_within_its_rounding(double value)
    {
        var text = Fmt.Scientific(value, 3);
        var parts = text.Split(" × 10");
        var mantissa = double.Parse(parts[0].Replace('\u2212', '-'), CultureInfo.InvariantCulture);
        var exponent = int.Parse(string.Concat(parts[1].Select(c => c == '\u207b' ? '-' : (char)('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c)))), CultureInfo.InvariantCulture);
        Assert.InRange(Math.Abs(mantissa), 1, 9.9995);
        Assert.Equal(value, mantissa * Math.Pow(10, exponent), Math.Abs(value) * 5e-4);
    }

    [Theory]
    [InlineData(0, "⁰")]
    [InlineData(4, "⁴")]
    [InlineData(-12, "⁻¹²")]
    [InlineData(1234567890, "¹²³⁴⁵⁶⁷⁸⁹⁰")]
    public void Superscript_digits(int n, string expected) => Assert.Equal(expected, Fmt.Superscript(n));
}
