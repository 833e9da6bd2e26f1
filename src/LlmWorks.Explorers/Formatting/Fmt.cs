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
}
