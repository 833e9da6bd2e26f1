using LlmWorks.Explorers.Descent;

namespace LlmWorks.Explorers.Tests.Descent;

public sealed class PacingTests
{
    [Theory]
    [InlineData(60, 0)]
    [InlineData(60, 7)]
    [InlineData(60, 59)]
    [InlineData(60, 60)]
    [InlineData(60, 175)]
    [InlineData(60, 12989)]
    [InlineData(2, 500)]
    public void Covers_step_zero_and_the_last_step_in_order(int frames, int last)
    {
        var steps = Enumerable.Range(0, frames).Select(f => Pacing.StepAt(f, frames, last)).ToList();
        Assert.Equal(0, steps[0]);
        Assert.Equal(last, steps[^1]);
        Assert.All(steps.Zip(steps.Skip(1)), p => Assert.True(p.Second >= p.First));
        if (last >= frames - 1)
            Assert.Equal(frames, steps.Distinct().Count());
    }

    [Fact]
    public void Early_frames_show_one_step_each()
    {
        Assert.Equal([0, 1, 2, 3, 4], Enumerable.Range(0, 5).Select(f => Pacing.StepAt(f, 60, 877)));
    }
}
