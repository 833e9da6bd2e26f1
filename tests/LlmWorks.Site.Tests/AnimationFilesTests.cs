using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;

namespace LlmWorks.Site.Tests;

public sealed class AnimationFilesTests
{
    [Fact]
    public void Apng_has_as_many_frames_as_the_scenario_asks()
    {
        var apng = DescentSite.File(DescentSite.Page + "good-descent.png");
        // acTL follows the 8-byte signature and the 25-byte IHDR chunk: length, "acTL", num_frames, num_plays.
        Assert.Equal("acTL", Encoding.ASCII.GetString(apng, 37, 4));
        Assert.Equal((uint)DescentSite.Frames, BinaryPrimitives.ReadUInt32BigEndian(apng.AsSpan(41)));
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32BigEndian(apng.AsSpan(45)));
        // fcTL delay of 1/4 s (fps: 4): delay_num / delay_den at offsets 20 and 22 of the chunk data.
        var fctl = IndexOf(apng, "fcTL"u8) + 4;
        Assert.Equal(0.25, BinaryPrimitives.ReadUInt16BigEndian(apng.AsSpan(fctl + 20)) / (double)BinaryPrimitives.ReadUInt16BigEndian(apng.AsSpan(fctl + 22)));
    }

    [Fact]
    public void Animated_svg_has_one_group_per_frame()
    {
        var svg = Encoding.UTF8.GetString(DescentSite.File(DescentSite.Page + "good-descent.svg"));
        Assert.Equal(DescentSite.Frames, Regex.Matches(svg, "<g class=\"llw-frame llw-f\\d+").Count);
        Assert.Contains("animation-duration:1.5s", svg); // 6 frames at 4 fps
    }

    [Fact]
    public void First_and_last_stills_are_pngs_at_one_and_two_times()
    {
        foreach (var name in new[] { "first", "last" })
        {
            var one = DescentSite.File(DescentSite.Page + $"good-descent-{name}.png");
            var two = DescentSite.File(DescentSite.Page + $"good-descent-{name}@2x.png");
            Assert.Equal(2 * BinaryPrimitives.ReadUInt32BigEndian(one.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(two.AsSpan(16)));
            Assert.Equal(-1, IndexOf(one, "acTL"u8));
        }
        Assert.NotEqual(DescentSite.File(DescentSite.Page + "good-descent-first.png"), DescentSite.File(DescentSite.Page + "good-descent-last.png"));
    }

    [Fact]
    public void Page_shows_the_animation_without_script_with_a_reduced_motion_still_and_a_pause_control()
    {
        var html = Encoding.UTF8.GetString(DescentSite.File(DescentSite.Page + "index.html"));
        Assert.DoesNotContain("<script", html);
        Assert.Contains("<source media=\"(prefers-reduced-motion: reduce)\" srcset=\"good-descent-last.png 1x, good-descent-last@2x.png 2x\">", html);
        Assert.Matches("<img src=\"good-descent.png\" loading=\"lazy\" width=\"1200\" height=\"460\" alt=\"Animation of gradient descent on the MSE [^\"]*learning rate 0.05[^\"]*converged: \\|∇\\| ≤ 0.01 at step \\d+", html);
        Assert.Contains("<input type=\"checkbox\" class=\"anim-pause\" id=\"fig-good-descent-pause\">", html);
        Assert.Contains("<label class=\"anim-button\" for=\"fig-good-descent-pause\">", html);
        foreach (var link in new[] { "good-descent.png", "good-descent.svg", "good-descent-first.png", "good-descent-last.png" })
            Assert.Contains($"href=\"{link}\"", html);
        var css = Encoding.UTF8.GetString(DescentSite.File("assets/site.css"));
        Assert.Contains(".anim-pause:checked ~ .anim-media .anim-play { display: none; }", css);
        Assert.Contains(".anim-pause:focus-visible + .anim-button", css);
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
