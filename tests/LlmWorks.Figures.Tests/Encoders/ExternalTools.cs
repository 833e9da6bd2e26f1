using System.Diagnostics;
using Xunit.Abstractions;

namespace LlmWorks.Figures.Tests.Encoders;

/// <summary>
/// Runs independent command-line decoders (ffmpeg, ImageMagick, rsvg-convert) on encoder output.
/// A missing tool fails the test when the CI environment variable is set, and is reported and skipped on a dev machine.
/// </summary>
internal static class ExternalTools
{
    /// <summary>The first of <paramref name="names"/> on PATH, or null.</summary>
    public static string? Find(params string[] names)
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.SelectMany(n => dirs.Select(d => Path.Combine(d, n))).FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// The tool's path; when it is missing, fails under CI and otherwise writes why and returns null (the test then returns early).
    /// </summary>
    public static string? Require(ITestOutputHelper output, string package, params string[] names)
    {
        var path = Find(names);
        if (path is not null)
            return path;
        var message = $"{string.Join(" or ", names)} not on PATH: install it with `apt-get install -y {package}`";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Assert.Fail($"{message} (required when CI is set)");
        output.WriteLine($"SKIPPED: {message}");
        return null;
    }

    /// <summary>Runs a tool to completion (60 s at most) and returns its exit code and output.</summary>
    public static (int ExitCode, string Stdout, string Stderr, byte[] RawStdout) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        process.StandardInput.Close();
        var stderrTask = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(stdout);
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} {string.Join(' ', args)} did not finish in 60 s");
        }
        var raw = stdout.ToArray();
        return (process.ExitCode, System.Text.Encoding.UTF8.GetString(raw), stderrTask.Result, raw);
    }

    /// <summary>A fresh temporary directory for one test's files.</summary>
    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "llmworks-encoders-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
