using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace LlmWorks.Figures.Encoders;

/// <summary>
/// Composes one self-contained animated SVG: the base drawn once and each frame's overlay in a group that
/// CSS <c>@keyframes</c> show only during its slot. Plays in <c>&lt;img&gt;</c> and without script; with
/// <c>prefers-reduced-motion: reduce</c>, or in renderers without CSS animation, only the last frame shows.
/// </summary>
public static class AnimatedSvgComposer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>Composes the animation.</summary>
    /// <param name="baseSvg">A full SVG document: what every frame shares.</param>
    /// <param name="overlaySvgs">
    /// One full SVG document per frame, of the base's width, height and viewBox, holding only that frame's moving
    /// marks on a transparent background. Their ids are prefixed <c>f0-</c>, <c>f1-</c>, ... and the base's <c>b-</c>;
    /// <c>href="#…"</c> and <c>url(#…)</c> references follow (CSS <c>#id</c> selectors inside <c>&lt;style&gt;</c> do not).
    /// Overlay content should not set <c>visibility</c> itself.
    /// </param>
    /// <param name="fps">Frames per second, positive.</param>
    /// <param name="loop">Loop forever; otherwise play once and stay on the last frame.</param>
    /// <returns>The SVG document (no XML declaration); same input gives the same text.</returns>
    /// <exception cref="ArgumentException">No overlays, bad fps, not SVG or malformed XML, or sizes that differ.</exception>
    public static string Compose(string baseSvg, IReadOnlyList<string> overlaySvgs, double fps, bool loop = true)
    {
        ArgumentNullException.ThrowIfNull(baseSvg);
        ArgumentNullException.ThrowIfNull(overlaySvgs);
        if (!double.IsFinite(fps) || fps <= 0)
            throw new ArgumentOutOfRangeException(nameof(fps), fps, "frames per second must be positive");
        if (overlaySvgs.Count == 0)
            throw new ArgumentException("an animation needs at least one frame overlay", nameof(overlaySvgs));

        var baseRoot = Parse(baseSvg, nameof(baseSvg));
        SvgIdPrefixer.Apply(baseRoot, "b-");
        var root = new XElement(Svg + "svg", baseRoot.Attributes().Where(a => !a.IsNamespaceDeclaration));
        root.SetAttributeValue(XNamespace.Xmlns + "xlink", XLink.NamespaceName);
        root.Add(new XElement(Svg + "style", Css(overlaySvgs.Count, fps, loop)));
        root.Add(baseRoot.Nodes());

        for (var i = 0; i < overlaySvgs.Count; i++)
        {
            var overlay = Parse(overlaySvgs[i] ?? throw new ArgumentNullException(nameof(overlaySvgs)), nameof(overlaySvgs));
            CheckSameSize(baseRoot, overlay, i);
            SvgIdPrefixer.Apply(overlay, string.Create(CultureInfo.InvariantCulture, $"f{i}-"));
            var classes = string.Create(CultureInfo.InvariantCulture, $"llw-frame llw-f{i}");
            if (i == overlaySvgs.Count - 1)
                classes += " llw-last";
            root.Add(new XElement(Svg + "g", new XAttribute("class", classes), overlay.Nodes()));
        }
        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// The style sheet: every frame group hidden but the last (the still); each group gets its own keyframes,
    /// visible from i/N to (i+1)/N of the cycle, with <c>steps(1, end)</c> so nothing is interpolated.
    /// </summary>
    internal static string Css(int frames, double fps, bool loop)
    {
        static string F(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
        var css = new StringBuilder();
        css.Append(".llw-frame{visibility:hidden;animation-duration:").Append(F(frames / fps))
            .Append("s;animation-timing-function:steps(1,end);animation-iteration-count:")
            .Append(loop ? "infinite" : "1").Append(";animation-fill-mode:forwards}");
        css.Append(".llw-last{visibility:visible}");
        for (var i = 0; i < frames; i++)
        {
            string P(int k) => F(100.0 * k / frames) + "%";
            css.Append(CultureInfo.InvariantCulture, $".llw-f{i}{{animation-name:llw-k{i}}}");
            css.Append(CultureInfo.InvariantCulture, $"@keyframes llw-k{i}{{");
            if (i > 0)
                css.Append("0%{visibility:hidden}");
            css.Append(P(i)).Append("{visibility:visible}");
            if (i < frames - 1)
                css.Append(P(i + 1)).Append("{visibility:hidden}100%{visibility:hidden}");
            else
                css.Append("100%{visibility:visible}");
            css.Append('}');
        }
        css.Append("@media (prefers-reduced-motion:reduce){.llw-frame{animation:none}}");
        return css.ToString();
    }

    private static XElement Parse(string svg, string paramName)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(svg), settings);
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new ArgumentException($"not well-formed XML: {e.Message}", paramName, e);
        }
        var root = document.Root!;
        if (root.Name.LocalName != "svg")
            throw new ArgumentException($"root element is <{root.Name.LocalName}>, not <svg>", paramName);
        foreach (var element in root.DescendantsAndSelf().Where(e => e.Name.Namespace == XNamespace.None))
            element.Name = Svg + element.Name.LocalName;
        return root;
    }

    private static void CheckSameSize(XElement baseRoot, XElement overlay, int index)
    {
        foreach (var name in new[] { "width", "height", "viewBox" })
        {
            var a = (string?)baseRoot.Attribute(name);
            var b = (string?)overlay.Attribute(name);
            if (a is not null && b is not null && a.Trim() != b.Trim())
                throw new ArgumentException($"overlay {index} has {name}=\"{b}\", the base has \"{a}\"", "overlaySvgs");
        }
    }
}
