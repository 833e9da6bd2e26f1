using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace LlmWorks.Site.Tests;

public sealed partial class AnimationBrowserTests(ITestOutputHelper log)
{
    [Fact]
    public void The_gradient_descent_animation_loads_in_chromium_and_ffprobe_decodes_every_frame()
    {
        if (Chromium.Executable is null)
        {
            Assert.False(Chromium.Required, "CI must install chromium (apt-get install -y chromium)");
            log.WriteLine("chromium is not installed: browser test not run");
            return;
        }
        var harness = Path.Combine(DescentSite.Root, "anim-harness.html");
        // The page in a frame: report each animated <img>'s decoded size, and whether the still and the pause control are there.
        File.WriteAllText(harness, """
            <!DOCTYPE html><html><body><pre id="out">pending</pre>
            <iframe id="f" src="linear-regression/gradient-descent/index.html" width="1300" height="1200"></iframe>
            <script>
            window.addEventListener('load', () => {
              const doc = document.getElementById('f').contentDocument;
              const img = doc.querySelector('.anim-play img');
              img.scrollIntoView(); // the animation loads lazily
              const still = new Image();
              const report = () => {
                const box = doc.querySelector('.anim-pause');
                const before = getComputedStyle(doc.querySelector('.anim-play')).display + '/' + getComputedStyle(doc.querySelector('.anim-still')).display;
                box.click();
                const after = getComputedStyle(doc.querySelector('.anim-play')).display + '/' + getComputedStyle(doc.querySelector('.anim-still')).display;
                document.getElementById('out').textContent = ['apng ' + img.naturalWidth + 'x' + img.naturalHeight, 'still ' + still.naturalWidth, 'playing ' + before, 'paused ' + after].join('\n');
              };
              still.onload = () => img.complete && img.naturalWidth > 0 ? report() : img.addEventListener('load', report);
              still.src = doc.querySelector('.anim-still').src;
            });
            </script></body></html>
            """);
        var dom = Chromium.DumpDom(harness, "--allow-file-access-from-files");
        var report = Out().Match(dom).Groups[1].Value;
        log.WriteLine(report);
        Assert.Contains("apng 1200x460", report);
        Assert.Contains("still 1200", report);
        Assert.Contains("playing inline/none", report);   // one figure at a time: the still only when paused
        Assert.Contains("paused none/block", report);

        var ffprobe = new[] { "/usr/bin/ffprobe", "/usr/local/bin/ffprobe" }.FirstOrDefault(File.Exists);
        if (ffprobe is null)
        {
            Assert.False(Chromium.Required, "CI must install ffmpeg (apt-get install -y ffmpeg)");
            log.WriteLine("ffprobe is not installed: frame count not checked");
            return;
        }
        var psi = new ProcessStartInfo(ffprobe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0",
                     Path.Combine(DescentSite.Root, "linear-regression", "gradient-descent", "good-descent.png") })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        Assert.Equal(DescentSite.Frames.ToString(System.Globalization.CultureInfo.InvariantCulture), stdout.Trim().TrimEnd(','));
    }

    [GeneratedRegex("<pre id=\"out\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Out();
}
