using System.Xml.Linq;

namespace LlmWorks.Site.Tests;

/// <summary>
/// The part of a MathML formula that shows on the page — which layout schemata nest how, and which tokens they hold —
/// with the markup two correct converters may legitimately write differently taken out, so LlmWorks' MathML can be
/// compared with Temml's. Each rule below names the difference it removes and why ours is a fair choice.
/// </summary>
internal static class MathMlSkeleton
{
    /// <summary>Elements whose children form a row, so an <c>mrow</c> inside them only groups and can be spliced.</summary>
    private static readonly HashSet<string> RowLike = ["math", "mrow", "mtd", "msqrt", "mstyle", "mphantom", "menclose"];

    /// <summary>
    /// Characters whose token kind follows TeX's class conventions, on which converters differ: Temml writes the
    /// ordinary "/" and "." as <c>mi</c> and <c>\nabla</c> as <c>mo</c>; we write <c>mo</c>, <c>mo</c> and <c>mi</c>
    /// (∇ is an ordinary symbol in TeX, so no operator spacing). <c>\mid</c> is U+2223 here and "|" in Temml.
    /// </summary>
    private static readonly HashSet<string> AnyKind = ["∇", ".", "/", "|", "∣"];

    /// <summary>Invisible operators (function application, invisible times and separator) and empty fences.</summary>
    private static readonly HashSet<string> Invisible = ["", "\u2061", "\u2062", "\u2063"];

    /// <summary>The skeleton of a <c>&lt;math&gt;</c> element, e.g. <c>math(mfrac(mi:a,mi:b))</c>.</summary>
    public static string Of(XElement math) => Show(Normalize(math) ?? new Node("math", "", []));

    /// <summary>Parses MathML as Temml or LlmWorks write it (HTML's <c>&amp;nbsp;</c> included).</summary>
    public static XElement Parse(string mathMl) => XElement.Parse(mathMl.Replace("&nbsp;", "&#160;", StringComparison.Ordinal));

    private sealed record Node(string Name, string Text, List<Node> Kids);

    private static Node? Normalize(XElement e)
    {
        var name = e.Name.LocalName;
        if (name is "annotation" or "mspace") return null;  // the TeX source; spacing is not structure
        if (name is "mpadded" or "semantics") name = "mrow"; // Temml pads multi-letter identifiers; we annotate the TeX
        if (!e.HasElements) return Token(name, e.Value.Trim());

        var kids = new List<Node>();
        foreach (var child in e.Elements())
        {
            if (Normalize(child) is not { } n) continue;
            if (n.Name == "mrow" && RowLike.Contains(name)) kids.AddRange(n.Kids);
            else kids.Add(n);
        }

        // Temml writes f' as msup(f, ′) like TeX's f^{\prime}; we write the prime inline, because U+2032 is already a
        // raised glyph and Chromium does not apply the font's script-size prime, so a superscripted one floats too high.
        if (name == "msup" && kids.Count == 2 && IsPrimes(kids[1]))
            return new Node("mrow", "", [kids[0], .. kids[1].Name == "mrow" ? kids[1].Kids : [kids[1]]]);
        return name == "mrow" && kids.Count == 1 ? kids[0] : new Node(name, "", kids);
    }

    private static Node? Token(string name, string text)
    {
        if (name == "mtext" && text.Replace('\u00a0', ' ').Trim().Length == 0) return null;  // "\ " as text vs space
        if (name == "mo" && Invisible.Contains(text)) return null;
        if (name is "mi" or "mo" && AnyKind.Contains(text)) return new Node("tok", text == "∣" ? "|" : text, []);
        // \operatorname{arg\,min}: Temml writes one mi with a thin space inside, we write two mi around an mspace.
        if (name == "mi" && text.Split([' ', '\u2009', '\u00a0'], StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words)
            return new Node("mrow", "", [.. words.Select(w => new Node("mi", w, []))]);
        // "= 0.22." ends a sentence: Temml reads the final period into the number, we keep it punctuation.
        if (name == "mn" && text.Length > 1 && text.EndsWith('.'))
            return new Node("mrow", "", [new Node("mn", text[..^1], []), new Node("tok", ".", [])]);
        return new Node(name, text, []);
    }

    private static bool IsPrimes(Node n) =>
        n.Name == "mrow" ? n.Kids.Count > 0 && n.Kids.All(IsPrimes) : n.Name == "mo" && n.Text is "′" or "″" or "‴";

    private static string Show(Node n) =>
        n.Kids.Count > 0 ? $"{n.Name}({string.Join(",", n.Kids.Select(Show))})"
        : n.Text.Length > 0 ? $"{n.Name}:{n.Text}" : n.Name;
}
