using System.Security.Cryptography;
using System.Text.Json;
using LlmWorks.Testing;

namespace LlmWorks.Cli.Tests;

/// <summary><c>build --check</c> and the manifest, on one fresh build shared by the tests (each works on its own copy).</summary>
public sealed class BuildCheckTests
{
    private static readonly Lazy<string> Built = new(() =>
    {
        var output = Path.Combine(RepoPaths.NewTempDir("llmworks-check"), "site");
        var r = Check(output, check: false);
        Assert.True(r.Exit == 0, r.Err);
        return output;
    });

    private static (int Exit, string Out, string Err) Check(string output, bool check = true) =>
        CliRunner.Run(["build", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--out", output, .. check ? new[] { "--check" } : []]);

    private static string Copy()
    {
        var copy = Path.Combine(RepoPaths.NewTempDir("llmworks-check-copy"), "site");
        RepoPaths.CopyTree(Built.Value, copy);
        return copy;
    }

    private static Dictionary<string, DateTime> Stamps(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

    [Fact]
    public void Passes_on_a_fresh_build_and_touches_nothing()
    {
        var site = Copy();
        var before = Stamps(site);
        var r = Check(site);
        Assert.True(r.Exit == 0, r.Out + r.Err);
        Assert.Single(r.Out.TrimEnd('\n').Split('\n'));
        Assert.Contains("identical to a fresh build", r.Out);
        Assert.Equal(before, Stamps(site));
    }

    [Fact]
    public void Names_every_altered_deleted_and_extra_file_sorted_and_exits_1()
    {
        var site = Copy();
        var png = Path.Combine(site, "linear-regression", "sse", "start-surface.png");
        var bytes = File.ReadAllBytes(png);
        bytes[^20] ^= 0xff;
        File.WriteAllBytes(png, bytes);
        File.Delete(Path.Combine(site, "linear-regression", "sse", "optimum-scatter.svg"));
        File.WriteAllText(Path.Combine(site, "linear-regression", "stray.txt"), "not made by the build");
        var before = Stamps(site);

        var r = Check(site);

        Assert.Equal(CliApp.Differences, r.Exit);
        var lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(
            ["missing linear-regression/sse/optimum-scatter.svg", "changed linear-regression/sse/start-surface.png", "extra linear-regression/stray.txt"],
            lines[..^1]);
        Assert.Contains("3 difference(s)", lines[^1]);
        Assert.Equal(before, Stamps(site));
    }

    [Fact]
    public void A_missing_output_folder_lists_every_file_as_missing()
    {
        var r = Check(Path.Combine(RepoPaths.NewTempDir("llmworks-check-none"), "site"));
        Assert.Equal(CliApp.Differences, r.Exit);
        Assert.Contains("missing index.html", r.Out);
        Assert.Contains("missing manifest.json", r.Out);
    }

    [Fact]
    public void Manifest_lists_every_file_but_itself_with_matching_hashes_and_sizes()
    {
        var site = Built.Value;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, "manifest.json")));
        var entries = doc.RootElement.GetProperty("files").EnumerateArray().ToList();
        var onDisk = Directory.GetFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Where(p => p != "manifest.json")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(onDisk, entries.Select(e => e.GetProperty("path").GetString()!));
        foreach (var e in entries)
        {
            var file = Path.Combine(site, e.GetProperty("path").GetString()!);
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), e.GetProperty("sha256").GetString());
            Assert.Equal(bytes.Length, e.GetProperty("size").GetInt64());
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("source").GetString()));
        }
        Assert.Contains(entries, e => e.GetProperty("source").GetString()!.EndsWith("sse.md#start/surface", StringComparison.Ordinal));
    }
}
