using System.Diagnostics;
using LlmWorks.Site.Publishing;
using LlmWorks.Testing;
using Xunit.Abstractions;

namespace LlmWorks.Site.Tests;

/// <summary>Every page of the built site passes the W3C Nu HTML checker (vnu.jar, installed by <c>npm ci --prefix tools</c>).</summary>
public sealed class HtmlValidityTests(ITestOutputHelper log)
{
    private static readonly string Vnu = Path.Combine(RepoPaths.Root, "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_page_is_valid_html5()
    {
        if (!File.Exists(Vnu))
        {
            Assert.False(Chromium.Required, "CI must install the HTML checker (npm ci --prefix tools)");
            log.WriteLine("vnu.jar not installed (npm ci --prefix tools): HTML validation not run");
            return;
        }
        var site = Path.Combine(RepoPaths.NewTempDir("llmworks-vnu"), "site");
        SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, site));
        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pages);
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
