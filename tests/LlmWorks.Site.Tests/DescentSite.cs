using LlmWorks.Site.Publishing;
using LlmWorks.Testing;

namespace LlmWorks.Site.Tests;

/// <summary>A small content tree with one gradient-descent page (6 frames), built once for the animation tests.</summary>
internal static class DescentSite
{
    public const int Frames = 6;
    public const string Page = "linear-regression/gradient-descent/";

    private static readonly Lazy<(string Root, SiteFiles Files)> Built = new(Build);

    public static string Root => Built.Value.Root;

    public static SiteFiles Files => Built.Value.Files;

    public static byte[] File(string path) => Files.All.Single(f => f.Path == path).Bytes;

    private static (string, SiteFiles) Build()
    {
        var root = RepoPaths.NewTempDir("llmworks-descent");
        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(Path.Combine(content, "data"));
        Directory.CreateDirectory(Path.Combine(content, "linear-regression"));
        System.IO.File.Copy(Path.Combine(RepoPaths.Content, "data", "descent-points.csv"), Path.Combine(content, "data", "descent-points.csv"));
        System.IO.File.WriteAllText(Path.Combine(content, "_index.md"), "---\ntitle: Home\n---\nHome.\n");
        System.IO.File.WriteAllText(Path.Combine(content, "linear-regression", "_index.md"), "---\ntitle: Linear Regression\norder: 1\n---\nLines.\n");
        System.IO.File.WriteAllText(Path.Combine(content, "linear-regression", "gradient-descent.md"), $$"""
            ---
            title: Gradient descent
            explorer: gradient-descent
            data: data/descent-points.csv
            model: linear
            loss: mse
            grid: { slope: [-1, 4], intercept: [-2, 4], cells: 12 }
            views: [descent, surface]
            scenarios:
              - { id: good, title: Good, lr: 0.05, steps: 3000, frames: {{Frames}}, fps: 4 }
            ---
            Descent.
            """);
        var site = Path.Combine(root, "site");
        var files = SiteBuilder.Render(new BuildOptions(content, RepoPaths.Templates, site, 2));
        OutputFolder.Replace(site, files.All);
        return (site, files);
    }
}
