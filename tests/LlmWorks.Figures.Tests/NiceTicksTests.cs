using LlmWorks.Figures.Axes;

namespace LlmWorks.Figures.Tests;

public sealed class NiceTicksTests
{
    [Theory]
    [InlineData(0, 40, 5, 10)]
    [InlineData(0, 10, 5, 2)]
    [InlineData(-5, 20, 5, 5)]
    [InlineData(0, 1, 5, 0.2)]
    [InlineData(0, 4, 7, 0.5)]
    [InlineData(7.75, 11365.25, 5, 2000)]
    [InlineData(0, 15, 5, 2)]
    public void Step_is_1_2_5_times_power_of_ten(double min, double max, int target, double expected) =>
        Assert.Equal(expected, NiceTicks.Step(min, max, target), 12);

    [Fact]
    public void Ticks_cover_the_range_inclusively()
    {
        Assert.Equal([-5, 0, 5, 10, 15, 20], NiceTicks.Ticks(-5, 20, 5));
        Assert.Equal([0, 10, 20, 30, 40], NiceTicks.Ticks(0, 40, 5));
        Assert.Equal([0.1, 0.2, 0.3], NiceTicks.Ticks(0.1, 0.3, 2));
    }

    [Fact]
    public void Ticks_are_exact_decimals() =>
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1.0], NiceTicks.Ticks(0, 1, 5));

    [Theory]
    [InlineData(-5, 5, "\u22125")]
    [InlineData(2.5, 0.5, "2.5")]
    [InlineData(2, 0.5, "2.0")]
    [InlineData(-1e-12, 0.5, "0.0")]
    [InlineData(10000, 2000, "10000")]
    [InlineData(0.25, 0.05, "0.25")]
    public void Labels_use_step_decimals_and_a_real_minus(double value, double step, string expected) =>
        Assert.Equal(expected, TickFormat.Format(value, step));

    [Fact]
    public void Powers_of_ten_switch_to_superscripts_for_large_exponents()
    {
        Assert.Equal("1000", TickFormat.PowerOfTen(3));
        Assert.Equal("0.01", TickFormat.PowerOfTen(-2));
        Assert.Equal("10⁶", TickFormat.PowerOfTen(6));
        Assert.Equal("10⁻⁵", TickFormat.PowerOfTen(-5));
    }
}
