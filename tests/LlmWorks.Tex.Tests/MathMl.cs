namespace LlmWorks.Tex.Tests;

using System.Xml.Linq;

/// <summary>Helpers that convert TeX and parse the resulting MathML for structural assertions.</summary>
internal static class MathMl
{
    public static readonly XNamespace Ns = "http://www.w3.org/1998/Math/MathML";

    /// <summary>Converts and returns the &lt;math&gt; element.</summary>
    public static XElement Math(string tex, bool display = true) =>
        XDocument.Parse(TexToMathMl.Convert(tex, display)).Root!;

    /// <summary>Converts and returns the top-level &lt;mrow&gt; inside &lt;semantics&gt;.</summary>
    public static XElement Row(string tex, bool display = true) =>
        Math(tex, display).Element(Ns + "semantics")!.Element(Ns + "mrow")!;

    /// <summary>Converts and returns the single child of the top-level row.</summary>
    public static XElement Single(string tex, bool display = true) => Row(tex, display).Elements().Single();

    /// <summary>A compact structural rendering, e.g. <c>mfrac(mi:a,mi:b)</c>, ignoring attributes.</summary>
    public static string Shape(XElement element) =>
        element.HasElements
            ? $"{element.Name.LocalName}({string.Join(",", element.Elements().Select(Shape))})"
            : element.IsEmpty || element.Value.Length == 0 ? element.Name.LocalName : $"{element.Name.LocalName}:{element.Value}";

    /// <summary>The shape of the top-level row's children, comma separated.</summary>
    public static string Shape(string tex, bool display = true) => string.Join(",", Row(tex, display).Elements().Select(Shape));

    /// <summary>Names of all descendants of the converted formula (to check that no unexpected elements appear).</summary>
    public static IEnumerable<XElement> All(string tex, bool display = true) => Row(tex, display).DescendantsAndSelf();
}
