using System.Diagnostics;
using LlmWorks.Testing;
using Xunit.Abstractions;

namespace LlmWorks.Site.Tests;

/// <summary>Every page of the built site passes the W3C Nu HTML checker (vnu.jar, installed by <c>npm ci --prefix tools</c>).</summary>
public sealed class HtmlValidityTests(ITestOutputHelper log)
{
    private static readonly string Vnu = Path.Combine(RepoPaths.Root, "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>No page or stylesheet makes the browser fetch anything from outside the site (links a reader follows are fine).</summary>
    private static void AssertSelfContained(string site, IEnumerable<string> pages)
    {
        var fetched = new System.Text.RegularExpressions.Regex(@"<(?:img|source|script|link|iframe|video|audio)\b[^>]*\b(?:src|srcset|href)=""([^""]*)""");
        foreach (var page in pages)
            foreach (System.Text.RegularExpressions.Match m in fetched.Matches(File.ReadAllText(page)))
                Assert.False(IsExternal(m.Groups[1].Value), $"{Path.GetRelativePath(site, page)} fetches {m.Groups[1].Value}");
        foreach (var css in Directory.GetFiles(site, "*.css", SearchOption.AllDirectories))
            foreach (System.Text.RegularExpressions.Match m in new System.Text.RegularExpressions.Regex(@"url\(\s*[""']?([^""')]*)").Matches(File.ReadAllText(css)))
                Assert.False(IsExternal(m.Groups[1].Value), $"{Path.GetRelativePath(site, css)} fetches {m.Groups[1].Value}");
    }

    private static bool IsExternal(string url) =>
        url.Split(',').Any(u => u.Trim() is var s && (s.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || s.StartsWith("//", StringComparison.Ordinal)));

    [Fact]
    public async Task Every_page_is_valid_html5_and_self_contained()
    {
        var site = BuiltSite.Folder;
        var pages = BuiltSite.Pages;
        Assert.NotEmpty(pages);
        AssertSelfContained(site, pages);
        if (!File.Exists(Vnu))
        {
            Assert.False(Chromium.Required, "CI must install the HTML checker (npm ci --prefix tools)");
            log.WriteLine("vnu.jar not installed (npm ci --prefix tools): HTML validation not run");
            return;
        }
        var psi = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-jar", Vnu, "--errors-only", "--format", "gnu" }.Concat(pages)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await p.WaitForExitAsync(timeout.Token);
        var report = (await stdout + await stderr).Trim();
        log.WriteLine($"checked {pages.Count} pages");
        Assert.True(p.ExitCode == 0 && report.Length == 0, report);
    }
}
