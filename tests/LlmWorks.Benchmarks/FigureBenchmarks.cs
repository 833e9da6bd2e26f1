using BenchmarkDotNet.Attributes;
using LlmWorks.Explorers;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;
using LlmWorks.Testing;

namespace LlmWorks.Benchmarks;

/// <summary>
/// What a lecturer waits for, at 960x540 (a 16:9 slide at 1x): one 3D surface PNG, a 60-frame GIF of a
/// ball descending the SSE surface, and the bundle of scatter PNG + surface PNG + GIF. Each measurement
/// includes building the figures from the page's computed scenario, not loading content.
/// </summary>
[MemoryDiagnoser]
public class FigureBenchmarks
{
    private static readonly FigureStyle Style = new(new FigureSize(960, 540), Theme.Light);
    private static readonly AnimationTiming Timing = new(60, 20);
    private SsePage _sse = null!;

    [GlobalSetup]
    public void Setup() => _sse = SsePage.Load(RepoPaths.Content);

    [Benchmark]
    public byte[] SurfacePng() => FigureExport.Png(_sse.Surface.Build(Style));

    [Benchmark]
    public byte[] ScatterPng() => FigureExport.Png(_sse.Scatter.Build(Style));

    [Benchmark]
    public byte[] DescentGif60() => AnimationExport.Gif(_sse.Animate(_sse.Surface.Build(Style), Timing), parallelism: Environment.ProcessorCount);

    [Benchmark]
    public int LecturersBundle() => SurfacePng().Length + ScatterPng().Length + DescentGif60().Length;
}
