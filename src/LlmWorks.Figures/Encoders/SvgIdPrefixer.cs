using System.Text;
using System.Xml.Linq;

namespace LlmWorks.Figures.Encoders;

/// <summary>
/// Prefixes every <c>id</c> in an SVG tree and rewrites the references to them: <c>href="#id"</c>
/// (plain or xlink), <c>url(#id)</c> in any attribute (fill, clip-path, mask, filter, marker-*, style)
/// and in <c>&lt;style&gt;</c> text. References to ids the tree does not define are left alone.
/// CSS selectors (<c>#id { }</c>) inside <c>&lt;style&gt;</c> are not rewritten.
/// </summary>
internal static class SvgIdPrefixer
{
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>Prefixes the ids under (and including) <paramref name="root"/> with <paramref name="prefix"/>.</summary>
    public static void Apply(XElement root, string prefix)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Attribute("id") is { } id)
                map.TryAdd(id.Value, prefix + id.Value);
        }
        if (map.Count == 0)
            return;
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes())
            {
                if (attribute.IsNamespaceDeclaration)
                    continue;
                if (attribute.Name == "id")
                    attribute.Value = map[attribute.Value];
                else if (IsHref(attribute.Name) && attribute.Value.StartsWith('#') && map.TryGetValue(attribute.Value[1..], out var target))
                    attribute.Value = "#" + target;
                else if (attribute.Value.Contains("url(", StringComparison.Ordinal))
                    attribute.Value = RewriteUrls(attribute.Value, map);
            }
            if (element.Name.LocalName == "style")
            {
                foreach (var text in element.Nodes().OfType<XText>())
                    text.Value = RewriteUrls(text.Value, map);
            }
        }
    }

    private static bool IsHref(XName name) =>
        name.LocalName == "href" && (name.Namespace == XNamespace.None || name.Namespace == XLink);

    /// <summary>Rewrites <c>url(#id)</c>, <c>url('#id')</c> and <c>url("#id")</c> whose id is in <paramref name="map"/>.</summary>
    internal static string RewriteUrls(string value, IReadOnlyDictionary<string, string> map)
    {
        var result = new StringBuilder(value.Length + 16);
        var pos = 0;
        while (true)
        {
            var start = value.IndexOf("url(", pos, StringComparison.Ordinal);
            if (start < 0)
                break;
            var i = start + 4;
            while (i < value.Length && char.IsWhiteSpace(value[i]))
                i++;
            if (i < value.Length && value[i] is '\'' or '"')
                i++;
            if (i >= value.Length || value[i] != '#')
            {
                result.Append(value, pos, i - pos);
                pos = i;
                continue;
            }
            var idStart = i + 1;
            var idEnd = idStart;
            while (idEnd < value.Length && value[idEnd] is not (')' or '\'' or '"') && !char.IsWhiteSpace(value[idEnd]))
                idEnd++;
            result.Append(value, pos, idStart - pos);
            var id = value[idStart..idEnd];
            result.Append(map.TryGetValue(id, out var renamed) ? renamed : id);
            pos = idEnd;
        }
        result.Append(value, pos, value.Length - pos);
        return result.ToString();
    }
}
