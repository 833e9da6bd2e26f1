using System.Diagnostics;
using LlmWorks.Explorers.Descent;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;
using Xunit.Abstractions;

namespace LlmWorks.Explorers.Tests.Descent;

/// <summary>Times one 60-frame 960×540 descent animation per format (set LLMWORKS_TIMING; run with -c Release).</summary>
public sealed class DescentTimingSample(ITestOutputHelper log)
{
    [Fact]
    public void Time_one_descent_animation_per_format()
    {
        if (Environment.GetEnvironmentVariable("LLMWORKS_TIMING") is null) return;
        var asset = new GradientDescentExplorer().Run(Pages.Context(Pages.Linear(Pages.Scenario("good", 0.05, 3000))))
            .Scenarios[0].Figures.Single(f => f.View == "descent");
        var animation = asset.Animate!(new FigureStyle(new FigureSize(960, 540), Theme.Light), new AnimationTiming(60, 20));
        foreach (var (name, write) in new (string, Func<byte[]>)[]
                 {
                     ("APNG, 1 thread", () => AnimationExport.Apng(animation)),
                     ("APNG, 2 threads", () => AnimationExport.Apng(animation, 1, 2)),
                     ("GIF, 2 threads", () => AnimationExport.Gif(animation, 1, false, 2)),
                     ("animated SVG", () => AnimationExport.AnimatedSvg(animation)),
                 })
        {
            write();
            var clock = Stopwatch.StartNew();
            var bytes = write();
            log.WriteLine($"{name}: {clock.ElapsedMilliseconds} ms, {bytes.Length / 1024} KiB");
        }
    }
}
