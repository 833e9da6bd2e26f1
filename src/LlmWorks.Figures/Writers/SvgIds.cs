using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace LlmWorks.Figures.Writers;

/// <summary>
/// Makes SVG ids deterministic. Skia numbers clip paths from a process-wide counter, so the same
/// figure could get different ids on each render; ids are renamed in order of appearance with a
/// prefix taken from a hash of the content, so figures inlined in one page do not collide.
/// </summary>
internal static partial class SvgIds
{
    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    /// <summary>The SVG with every id (and reference to it) renamed deterministically.</summary>
    public static string Normalize(string svg)
    {
        var ids = IdAttribute().Matches(svg).Select(m => m.Groups[1].Value).Distinct().ToList();
        if (ids.Count == 0)
            return svg;
        var names = ids.Select((id, i) => (id, name: "@ID" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@")).ToList();
        var neutral = Rename(svg, names);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(neutral)))[..8];
        for (var i = 0; i < names.Count; i++)
            neutral = neutral.Replace(names[i].name, "f" + hash + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return neutral;
    }

    private static string Rename(string svg, List<(string Id, string Name)> names)
    {
        var byId = names.ToDictionary(n => n.Id, n => n.Name);
        return Regex.Replace(svg, "(id=\"|url\\(#|href=\"#)([^\"\\)]+)", m =>
            byId.TryGetValue(m.Groups[2].Value, out var name) ? m.Groups[1].Value + name : m.Value);
    }
}
