using System.Globalization;

namespace LlmWorks.Figures.Axes;

/// <summary>Number formatting for tick labels: invariant culture, real minus sign.</summary>
internal static class TickFormat
{
    /// <summary>The minus sign U+2212 used in labels.</summary>
    public const char Minus = '\u2212';

    /// <summary><paramref name="value"/> with as many decimals as <paramref name="step"/> needs.</summary>
    public static string Format(double value, double step)
    {
        var d = NiceTicks.Decimals(step);
        var s = Math.Round(value, d).ToString("F" + d.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return Signed(s);
    }

    /// <summary>A power of ten: plain for moderate exponents, 10ⁿ otherwise.</summary>
    public static string PowerOfTen(int exponent)
    {
        if (exponent is >= -3 and <= 4)
            return Format(Math.Pow(10, exponent), Math.Pow(10, Math.Min(0, exponent)));
        const string sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var digits = Math.Abs(exponent).ToString(CultureInfo.InvariantCulture).Select(c => sup[c - '0']);
        return "10" + (exponent < 0 ? "⁻" : "") + string.Concat(digits);
    }

    private static string Signed(string s)
    {
        if (s.StartsWith('-'))
            s = s.TrimStart('-').Trim('0', '.').Length == 0 ? s[1..] : Minus + s[1..];
        return s;
    }
}
