using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.LearningRate;

/// <summary>A polynomial written as on a page: "0.03w⁴ − 0.5w² − 0.6w + 6".</summary>
internal static class PolynomialText
{
    /// <summary>The terms, highest power first, zero terms left out, unit coefficients written as the bare power.</summary>
    public static string Write(Polynomial p, string variable = "w")
    {
        var terms = new List<string>();
        for (var i = p.Degree; i >= 0; i--)
        {
            var c = p.Coefficients[i];
            if (c == 0 && !(i == 0 && terms.Count == 0)) continue;
            var magnitude = Math.Abs(c) == 1 && i > 0 ? "" : Fmt.Short(Math.Abs(c));
            var power = i switch { 0 => "", 1 => variable, _ => variable + Fmt.Superscript(i) };
            var sign = c < 0 ? "\u2212" : "+";
            terms.Add(terms.Count == 0 ? (c < 0 ? "\u2212" : "") + magnitude + power : $"{sign} {magnitude}{power}");
        }
        return string.Join(" ", terms);
    }
}
