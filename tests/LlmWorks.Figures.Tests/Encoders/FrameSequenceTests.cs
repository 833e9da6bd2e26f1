using LlmWorks.Figures.Encoders;

namespace LlmWorks.Figures.Tests.Encoders;

public sealed class FrameSequenceTests
{
    [Fact]
    public void Names_are_numbered_from_one_with_at_least_four_digits()
    {
        byte[][] pngs = [[1], [2], [3]];
        var named = FrameSequence.Name(pngs, "descent");
        Assert.Equal(["descent-0001.png", "descent-0002.png", "descent-0003.png"], named.Select(n => n.Name));
        Assert.Same(pngs[2], named[2].Png);
    }

    [Fact]
    public void Padding_grows_with_the_frame_count()
    {
        var named = FrameSequence.Name(Enumerable.Range(0, 12345).Select(_ => Array.Empty<byte>()).ToList(), "x");
        Assert.Equal("x-00001.png", named[0].Name);
        Assert.Equal("x-12345.png", named[^1].Name);
        Assert.Equal("x-10000.png", FrameSequence.Name(Enumerable.Range(0, 10000).Select(_ => Array.Empty<byte>()).ToList(), "x")[^1].Name);
    }

    [Fact]
    public void Stems_with_path_separators_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => FrameSequence.Name([[1]], "a/b"));
        Assert.Throws<ArgumentException>(() => FrameSequence.Name([[1]], " "));
    }
}
