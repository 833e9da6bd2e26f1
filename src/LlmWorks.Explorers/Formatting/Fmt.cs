using System.Globalization;

namespace LlmWorks.Explorers.Formatting;

/// <summary>Numbers as people read them: fixed decimals, invariant culture, a true minus sign.</summary>
public static class Fmt
{
    /// <summary>Formats with <paramref name="decimals"/> places; negative values use U+2212; −0 prints as 0.</summary>
    public static string Num(double value, int decimals = 2)
    {
        var text = Math.Abs(value).ToString("F" + decimals, CultureInfo.InvariantCulture);
        var isZero = text.All(c => c is '0' or '.');
        return value < 0 && !isZero ? "\u2212" + text : text;
    }

    /// <summary>A coefficient with its sign as an operator: "+ 3.50" or "− 3.50".</summary>
    public static string Signed(double value, int decimals = 2) =>
        (value < 0 ? "\u2212 " : "+ ") + Num(Math.Abs(value), decimals);

    /// <summary>A short number for axis-range prose ("0 to 15"): up to 4 significant decimals, trailing zeros dropped.</summary>
    public static string Short(double value)
    {
        var text = Math.Abs(value).ToString("0.####", CultureInfo.InvariantCulture);
        return value < 0 && text != "0" ? "\u2212" + text : text;
    }

    /// <summary>Scientific form as on a page: "1.23 × 10⁸", "3.7 × 10⁻⁴" (mantissa with <paramref name="decimals"/> places).</summary>
    public static string Scientific(double value, int decimals)
    {
        if (value == 0 || !double.IsFinite(value))
            return Num(value, decimals);
        var exp = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var mantissa = value / Math.Pow(10, exp);
        if (Math.Abs(Math.Round(mantissa, decimals)) >= 10) { mantissa /= 10; exp++; }
        return $"{Num(mantissa, decimals)} \u00d7 10{Superscript(exp)}";
    }

    /// <summary>An integer in superscript digits: 4 → "⁴", −12 → "⁻¹²".</summary>
    public static string Superscript(int n) =>
        string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => c == '-' ? '\u207b' : "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"[c - '0']));
}
