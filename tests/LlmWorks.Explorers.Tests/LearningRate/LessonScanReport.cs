using Xunit.Abstractions;

namespace LlmWorks.Explorers.Tests.LearningRate;

/// <summary>The scan behind the presets, printed (dotnet test --logger "console;verbosity=detailed").</summary>
public sealed class LessonScanReport(ITestOutputHelper output)
{
    [Fact]
    public void Scan_from_0_005_to_2()
    {
        var state = LessonPage.State();
        var rows = LearningRateScan.Run(state, 0.005, 2, 0.005, 2000);
        Assert.Equal(400, rows.Count);
        foreach (var line in LearningRateScan.Intervals(rows)) output.WriteLine(line);
        // The plain loop agrees with the explorer's runs wherever descent is orderly (below the rate that clears the
        // hill). Above it the runs are chaotic: the last-bit differences between two ways of evaluating the same
        // polynomial grow until the paths part, so there only the share of agreeing outcomes is checked.
        var hill = LlmWorks.Explorers.LearningRate.LearningRateExplorer.HillJump(state)!.Value;
        var disagree = 0;
        foreach (var r in rows)
        {
            var plain = LessonNumbersTests.PlainRun(r.Lr, 2000);
            if (r.Lr < hill)
            {
                Assert.Equal((plain.Outcome, plain.Step), (r.Outcome, r.Step));
            }
            else if (plain.Outcome != r.Outcome)
            {
                disagree++;
                output.WriteLine($"chaotic: lr {r.Lr}: explorer {r.Outcome} at {r.Step}, plain loop {plain.Outcome} at {plain.Step}");
            }
        }
        Assert.True(disagree <= rows.Count(r => r.Lr >= hill) / 10, $"{disagree} disagreements");
    }
}
