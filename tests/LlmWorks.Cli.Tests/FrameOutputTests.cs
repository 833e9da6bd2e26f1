using LlmWorks.Cli.Rendering;
using LlmWorks.Testing;

namespace LlmWorks.Cli.Tests;

public sealed class FrameOutputTests
{
    private static IReadOnlyList<(string, byte[])> Frames(int n) =>
        LlmWorks.Figures.Encoders.FrameSequence.Name(Enumerable.Range(0, n).Select(i => new[] { (byte)i }).ToList(), "s-v");

    [Fact]
    public void Rewriting_with_fewer_frames_removes_the_old_tail_and_keeps_other_files()
    {
        var dir = Path.Combine(RepoPaths.NewTempDir("llmworks-frames"), "out");
        AtomicOutput.WriteFrames(dir, "s-v", Frames(5));
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(dir, "other-0009.png"), "another stem");
        AtomicOutput.WriteFrames(dir, "s-v", Frames(3));
        Assert.Equal(["notes.txt", "other-0009.png", "s-v-0001.png", "s-v-0002.png", "s-v-0003.png"],
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([2], File.ReadAllBytes(Path.Combine(dir, "s-v-0003.png")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(Path.GetDirectoryName(dir)!).Select(Path.GetFileName)); // no staging left
    }

    [Fact]
    public void A_file_where_the_folder_should_be_is_a_usage_error()
    {
        var file = Path.Combine(RepoPaths.NewTempDir("llmworks-frames"), "out");
        File.WriteAllText(file, "x");
        Assert.Throws<UsageException>(() => AtomicOutput.WriteFrames(file, "s-v", Frames(2)));
    }
}
