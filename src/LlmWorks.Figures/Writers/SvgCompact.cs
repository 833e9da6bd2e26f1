using System.Globalization;
using System.Text.RegularExpressions;

namespace LlmWorks.Figures.Writers;

/// <summary>
/// Shrinks Skia's SVG without changing the picture: path coordinates rounded to 1/100 px, and a
/// filled path immediately followed by a stroke of the same outline merged into one element
/// (SVG paints fill, then stroke, exactly as the two draws did). Surfaces halve in size.
/// </summary>
internal static partial class SvgCompact
{
    [GeneratedRegex(" d=\"([^\"]*)\"")]
    private static partial Regex PathData();

    [GeneratedRegex(@"-?\d+\.\d{3,}")]
    private static partial Regex LongNumber();

    [GeneratedRegex("<path fill=\"(#[0-9A-Fa-f]{6})\" d=\"([^\"]*)\"/>\\s*<path fill=\"none\" (stroke=\"[^\"]*\"[^>]*?) d=\"\\2\"/>")]
    private static partial Regex FillThenStroke();

    /// <summary>The compacted SVG text.</summary>
    public static string Compact(string svg)
    {
        var rounded = PathData().Replace(svg, m => " d=\"" + LongNumber().Replace(m.Groups[1].Value, Round) + "\"");
        return FillThenStroke().Replace(rounded, m => $"<path fill=\"{m.Groups[1].Value}\" {m.Groups[3].Value} d=\"{m.Groups[2].Value}\"/>");
    }

    private static string Round(Match m)
    {
        var v = Math.Round(double.Parse(m.Value, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
        var s = v.ToString("0.##", CultureInfo.InvariantCulture);
        return s == "-0" ? "0" : s;
    }
}
