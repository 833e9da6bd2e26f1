using System.Globalization;
using System.Xml.Linq;
using LlmWorks.Figures.Encoders;
using SkiaSharp;
using Xunit.Abstractions;

namespace LlmWorks.Figures.Tests.Encoders;

public sealed class AnimatedSvgComposerTests(ITestOutputHelper output)
{
    private const int FrameCount = 5;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private const string Base = """
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="160" height="90" viewBox="0 0 160 90">
          <defs>
            <linearGradient id="bg"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="#eeeeee"/></linearGradient>
            <clipPath id="clip"><rect width="160" height="90"/></clipPath>
          </defs>
          <rect width="160" height="90" fill="url(#bg)" clip-path="url(#clip)"/>
          <text x="4" y="86" font-size="8">loss</text>
        </svg>
        """;

    private static string Overlay(int i) => string.Create(CultureInfo.InvariantCulture, $"""
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="160" height="90" viewBox="0 0 160 90">
          <defs>
            <clipPath id="clip"><rect x="0" y="0" width="160" height="90"/></clipPath>
            <radialGradient id="shade"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="#d62728"/></radialGradient>
            <circle id="ball" r="10"/>
          </defs>
          <g clip-path="url(#clip)">
            <use xlink:href="#ball" x="{20 + 30 * i}" y="45" fill="#d62728"/>
            <use href="#ball" x="{20 + 30 * i}" y="70" fill="url('#shade')"/>
          </g>
          <text x="110" y="10" font-size="8" style="fill: url(#shade)">step {i}</text>
        </svg>
        """);

    private static readonly string[] Overlays = Enumerable.Range(0, FrameCount).Select(Overlay).ToArray();

    private static XElement Compose(bool loop = true) => XElement.Parse(AnimatedSvgComposer.Compose(Base, Overlays, fps: 10, loop));

    [Fact]
    public void Output_is_svg_with_one_group_per_frame_and_the_last_marked_as_the_still()
    {
        var svg = Compose();
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("160", (string?)svg.Attribute("width"));
        var groups = svg.Elements(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.Contains("llw-frame") == true).ToList();
        Assert.Equal(FrameCount, groups.Count);
        for (var i = 0; i < FrameCount; i++)
            Assert.Contains($"llw-f{i}", ((string)groups[i].Attribute("class")!).Split(' '));
        Assert.Single(groups, g => ((string)g.Attribute("class")!).Contains("llw-last"));
        Assert.Contains("llw-last", (string)groups[^1].Attribute("class")!);
        Assert.Single(svg.Descendants(Svg + "rect"), r => ((string?)r.Attribute("fill"))?.StartsWith("url(", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Style_has_keyframes_per_frame_and_a_reduced_motion_still()
    {
        var css = Compose().Element(Svg + "style")!.Value;
        for (var i = 0; i < FrameCount; i++)
            Assert.Contains($"@keyframes llw-k{i}{{", css);
        Assert.Contains("steps(1,end)", css);
        Assert.Contains("animation-duration:0.5s", css);
        Assert.Contains("animation-iteration-count:infinite", css);
        Assert.Contains("@media (prefers-reduced-motion:reduce){.llw-frame{animation:none}}", css);
        Assert.Contains(".llw-frame{visibility:hidden", css);
        Assert.Contains(".llw-last{visibility:visible}", css);
        Assert.Contains("@keyframes llw-k1{0%{visibility:hidden}20%{visibility:visible}40%{visibility:hidden}100%{visibility:hidden}}", css);
        Assert.Contains("@keyframes llw-k4{0%{visibility:hidden}80%{visibility:visible}100%{visibility:visible}}", css);
        Assert.Contains("animation-iteration-count:1;animation-fill-mode:forwards", Compose(loop: false).Element(Svg + "style")!.Value);
    }

    [Fact]
    public void Ids_are_unique_and_prefixed_per_frame()
    {
        var svg = Compose();
        var ids = svg.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2 + 3 * FrameCount, ids.Count);
        var groups = svg.Elements(Svg + "g").ToList();
        for (var i = 0; i < FrameCount; i++)
            Assert.All(groups[i].Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>(), id => Assert.StartsWith($"f{i}-", id));
    }

    [Fact]
    public void Every_reference_points_at_an_id_of_its_own_frame()
    {
        var svg = Compose();
        var ids = svg.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();
        var groups = svg.Elements(Svg + "g").ToList();
        for (var i = 0; i < FrameCount; i++)
        {
            var refs = References(groups[i]).ToList();
            Assert.Equal(5, refs.Count); // clip-path, xlink:href, href, fill, style
            Assert.All(refs, r => Assert.True(ids.Contains(r) && r.StartsWith($"f{i}-", StringComparison.Ordinal), $"frame {i} refers to '{r}'"));
        }
        Assert.Contains("url('#f2-shade')", svg.ToString());
    }

    [Fact]
    public void Overlays_without_a_namespace_join_the_svg_namespace()
    {
        var plain = "<svg width=\"160\" height=\"90\"><circle id=\"c\" r=\"3\"/><use href=\"#c\"/></svg>";
        var svg = XElement.Parse(AnimatedSvgComposer.Compose(Base, [plain, plain], 2));
        Assert.DoesNotContain("xmlns=\"\"", svg.ToString());
        Assert.Equal(2, svg.Descendants(Svg + "circle").Count());
        Assert.Equal(["#f0-c", "#f1-c"], svg.Descendants(Svg + "use").Select(u => (string)u.Attribute("href")!));
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => AnimatedSvgComposer.Compose(Base, [], 10));
        Assert.Throws<ArgumentException>(() => AnimatedSvgComposer.Compose(Base, ["<svg width=\"100\" height=\"90\"/>"], 10));
        Assert.Throws<ArgumentException>(() => AnimatedSvgComposer.Compose(Base, ["<svg><g></svg>"], 10));
        Assert.Throws<ArgumentException>(() => AnimatedSvgComposer.Compose("<html/>", Overlays, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnimatedSvgComposer.Compose(Base, Overlays, 0));
    }

    [Fact]
    public void Same_input_gives_the_same_text() =>
        Assert.Equal(AnimatedSvgComposer.Compose(Base, Overlays, 10), AnimatedSvgComposer.Compose(Base, Overlays.ToArray(), 10));

    [Fact]
    public void Rsvg_renders_it_and_a_static_renderer_shows_the_last_frame()
    {
        var rsvg = ExternalTools.Require(output, "librsvg2-bin", "rsvg-convert");
        if (rsvg is null)
            return;
        var dir = ExternalTools.TempDir();
        var file = Path.Combine(dir, "anim.svg");
        File.WriteAllText(file, AnimatedSvgComposer.Compose(Base, Overlays, 10));
        var png = Path.Combine(dir, "anim.png");
        var r = ExternalTools.Run(rsvg, "-o", png, file);
        Assert.True(r.ExitCode == 0, $"rsvg-convert failed ({r.ExitCode}): {r.Stderr}");
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((160, 90), (bitmap.Width, bitmap.Height));
        var last = bitmap.GetPixel(20 + 30 * (FrameCount - 1), 45);
        var first = bitmap.GetPixel(20, 45);
        Assert.True(last.Red > 180 && last.Green < 80, $"last frame's ball missing: {last}");
        Assert.True(first.Green > 200, $"first frame's ball shown in the still: {first}");
    }

    private static IEnumerable<string> References(XElement root)
    {
        foreach (var a in root.DescendantsAndSelf().SelectMany(e => e.Attributes()))
        {
            if (a.Name.LocalName == "href" && (a.Name.Namespace == XNamespace.None || a.Name.Namespace == XLink))
                yield return a.Value.TrimStart('#');
            var at = 0;
            while ((at = a.Value.IndexOf("url(", at, StringComparison.Ordinal)) >= 0)
            {
                at += 4;
                var close = a.Value.IndexOf(')', at);
                yield return a.Value[at..close].Trim('\'', '"', ' ').TrimStart('#');
            }
        }
    }
}
