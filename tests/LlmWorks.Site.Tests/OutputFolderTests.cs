using LlmWorks.Site.Publishing;
using LlmWorks.Testing;

namespace LlmWorks.Site.Tests;

public sealed class OutputFolderTests
{
    [Fact]
    public void Replaces_the_folder_whole_and_leaves_no_staging_behind()
    {
        var root = RepoPaths.NewTempDir("llmworks-out");
        var output = Path.Combine(root, "output");
        Directory.CreateDirectory(Path.Combine(output, "stale"));
        File.WriteAllText(Path.Combine(output, "stale", "old.txt"), "old");
        File.WriteAllText(Path.Combine(output, ".gitkeep"), "");
        OutputFolder.Replace(output, [new SiteFile("a/b.txt", "new"u8.ToArray(), "test")]);
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "a", "b.txt")));
        Assert.False(Directory.Exists(Path.Combine(output, "stale")));
        Assert.True(File.Exists(Path.Combine(output, ".gitkeep")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Fact]
    public void Manifest_lists_hash_size_and_source_in_path_order()
    {
        var bytes = Manifest.Build([new SiteFile("b.txt", "b"u8.ToArray(), "s2"), new SiteFile("a.txt", "abc"u8.ToArray(), "s1")]);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.True(text.IndexOf("a.txt", StringComparison.Ordinal) < text.IndexOf("b.txt", StringComparison.Ordinal));
        Assert.Contains("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", text); // SHA-256("abc")
        Assert.Contains("\"size\": 3", text);
    }
}
