using System.Diagnostics;

namespace LlmWorks.Site.Tests;

/// <summary>Headless Chromium, as CI installs it (<c>apt-get install -y chromium</c>).</summary>
internal static class Chromium
{
    public static string? Executable { get; } =
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    /// <summary>True when tests must not skip for a missing browser (in CI, the browser is installed first).</summary>
    public static bool Required => Environment.GetEnvironmentVariable("CI") is { Length: > 0 };

    /// <summary>Loads <paramref name="file"/> and returns the DOM after its load event (and scripts) ran.</summary>
    public static string DumpDom(string file, params string[] extraFlags)
    {
        var profile = Path.Combine(Path.GetTempPath(), $"llmworks-chromium-{Guid.NewGuid():N}");
        var args = new List<string>
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", $"--user-data-dir={profile}", "--virtual-time-budget=10000",
        };
        args.AddRange(extraFlags);
        args.Add("--dump-dom");
        args.Add(new Uri(file).AbsoluteUri);
        var psi = new ProcessStartInfo(Executable!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 90 s");
        }
        try { Directory.Delete(profile, true); } catch (IOException) { }
        return stdout.Result;
    }
}
