using System.Text.Json;
using LlmWorks.Testing;

namespace LlmWorks.Cli.Tests;

public sealed class BuildCommandTests
{
    private static (int Exit, string Out, string Err) Build(string content, string output, params string[] extra) =>
        CliRunner.Run(["build", "--content", content, "--templates", RepoPaths.Templates, "--out", output, .. extra]);

    [Fact]
    public void Builds_the_sse_page_with_every_view_as_png_and_svg()
    {
        var output = Path.Combine(RepoPaths.NewTempDir("llmworks-build"), "site");
        var r = Build(RepoPaths.Content, output);
        Assert.True(r.Exit == 0, r.Err);
        var page = Path.Combine(output, "linear-regression", "sse");
        var html = File.ReadAllText(Path.Combine(page, "index.html"));
        foreach (var view in new[] { "scatter", "surface", "surface-raw" })
        foreach (var file in new[] { $"start-{view}.png", $"start-{view}@2x.png", $"start-{view}.svg" })
        {
            Assert.True(File.Exists(Path.Combine(page, file)), file);
            Assert.Contains(file, html);
        }
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
        Assert.Contains(manifest.RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("path").GetString() == "linear-regression/sse/start-surface.png");
    }

    [Fact]
    public void Two_builds_at_different_parallelism_in_separate_processes_are_byte_identical()
    {
        var root = RepoPaths.NewTempDir("llmworks-determinism");
        var (a, b, c) = (Path.Combine(root, "a"), Path.Combine(root, "b"), Path.Combine(root, "c"));
        Assert.Equal(0, Build(RepoPaths.Content, a, "--jobs", "1").Exit);
        Assert.Equal(0, Build(RepoPaths.Content, b, "--jobs", "8").Exit);
        // A second process: nothing cached in this one (fonts, typefaces, static state) can make the bytes agree.
        var p = RunSeparateProcess("build", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--out", c, "--jobs", "3");
        Assert.True(p.Exit == 0, p.Err);
        var files = AssertSameTree(a, b);
        Assert.Equal(files, AssertSameTree(a, c));
        Assert.Contains("manifest.json", files);
    }

    private static List<string> AssertSameTree(string a, string b)
    {
        var filesA = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order().ToList();
        var filesB = Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order().ToList();
        Assert.Equal(filesA, filesB);
        foreach (var f in filesA)
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), f);
        return filesA;
    }

    /// <summary>Runs the built <c>llmworks.dll</c> (copied next to the tests) in a new dotnet process.</summary>
    private static (int Exit, string Out, string Err) RunSeparateProcess(params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new System.Diagnostics.ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "llmworks.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(300_000), "llmworks build did not finish in 5 minutes");
        return (process.ExitCode, output, err.Result);
    }

    public static TheoryData<string, string, string, string> BrokenContent => new()
    {
        // file to edit, text to replace, replacement, expected fragment of the one-line error
        { "linear-regression/sse.md", "explorer: loss-landscape", "explorer: nonsense", "sse.md:6: unknown explorer 'nonsense'" },
        { "linear-regression/sse.md", "views: [scatter, surface, surface-raw, surface-log]", "views: [scatter, contour]", "sse.md:19: unknown view 'contour'" },
        { "linear-regression/sse.md", "model: linear", "model: [linear", "sse.md:" },
        { "linear-regression/sse.md", "    at: [6.5, 3.5]", "    at: [6.5]", "sse.md:24: at must list 2 numbers" },
        { "linear-regression/sse.md", "data: data/sse-points.csv", "data: data/missing.csv", "sse.md:7: data 'data/missing.csv' does not exist" },
        { "linear-regression/sse.md", "  cells: 30", "  cells: many", "sse.md:15: grid.cells must be a whole number" },
        { "data/sse-points.csv", "2.5,23", "2.5,twenty", "sse-points.csv:6:" },
        { "linear-regression/sse.md", "$\\hat{y} = ax + b$", "$\\frob{y}$", "sse.md:30:" },
    };

    [Theory]
    [MemberData(nameof(BrokenContent))]
    public void Bad_content_fails_in_one_line_and_leaves_output_untouched(string file, string find, string replace, string expected)
    {
        var root = RepoPaths.NewTempDir("llmworks-bad");
        var content = Path.Combine(root, "content");
        RepoPaths.CopyTree(RepoPaths.Content, content);
        var path = Path.Combine(content, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
        var output = Path.Combine(root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "previous.txt"), "the last good build");

        var line = CliRunner.AssertUserError(Build(content, output));

        Assert.Contains(expected, line);
        Assert.Equal(["previous.txt"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal(["content", "output"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Missing_content_folder_is_one_line()
    {
        var line = CliRunner.AssertUserError(Build("/nonexistent/content", Path.Combine(RepoPaths.NewTempDir("x"), "o")));
        Assert.Contains("content folder does not exist", line);
    }
}
