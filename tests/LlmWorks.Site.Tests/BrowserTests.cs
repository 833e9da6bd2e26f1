using System.Text.RegularExpressions;
using LlmWorks.Site.Publishing;
using LlmWorks.Testing;
using Xunit.Abstractions;

namespace LlmWorks.Site.Tests;

public sealed partial class BrowserTests(ITestOutputHelper log)
{
    [Fact]
    public void Every_image_of_the_sse_page_loads_in_headless_chromium()
    {
        if (Chromium.Executable is null)
        {
            Assert.False(Chromium.Required, "CI must install chromium (apt-get install -y chromium)");
            log.WriteLine("chromium is not installed: browser test not run");
            return;
        }
        var root = RepoPaths.NewTempDir("llmworks-browser");
        var site = Path.Combine(root, "site");
        SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, site));
        // The harness loads the page in a frame and reports each image's decoded size: a broken image has width 0.
        var harness = Path.Combine(site, "harness.html");
        File.WriteAllText(harness, """
            <!DOCTYPE html><html><body><pre id="out">pending</pre>
            <iframe id="f" src="linear-regression/sse/index.html" width="1200" height="900"></iframe>
            <script>
            // After the frame and its images loaded: report every <img>, then load every linked SVG as an image too.
            window.addEventListener('load', () => {
              const doc = document.getElementById('f').contentDocument;
              const report = Array.from(doc.images).map(i => (i.complete && i.naturalWidth > 0 ? 'ok ' + i.naturalWidth : 'broken') + ' ' + i.getAttribute('src'));
              const svgs = Array.from(doc.querySelectorAll('a[href$=".svg"]')).map(a => new Promise(done => {
                const img = new Image();
                img.onload = () => done('ok ' + img.naturalWidth + ' ' + a.getAttribute('href'));
                img.onerror = () => done('broken ' + a.getAttribute('href'));
                img.src = a.href;
              }));
              Promise.all(svgs).then(r => { document.getElementById('out').textContent = report.concat(r).join('\n') || 'no images'; });
            });
            </script></body></html>
            """);
        var dom = Chromium.DumpDom(harness, "--allow-file-access-from-files");
        var report = Out().Match(dom).Groups[1].Value;
        log.WriteLine(report);
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 12, "expected the page's figures, got: " + report);
        Assert.All(lines, l => Assert.Matches(@"^ok [1-9]\d* ", l));
    }

    [GeneratedRegex("<pre id=\"out\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Out();
}
