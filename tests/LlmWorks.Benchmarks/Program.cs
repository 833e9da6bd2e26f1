using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

if (args is ["--quick", ..])
{
    LlmWorks.Benchmarks.QuickTiming.Run(Console.Out);
    return;
}

// ShortRun in process: a few iterations are enough to see where time goes on a 2-core machine,
// and no separate benchmark project has to be generated and built.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(LlmWorks.Benchmarks.FigureBenchmarks).Assembly).Run(args, config);
