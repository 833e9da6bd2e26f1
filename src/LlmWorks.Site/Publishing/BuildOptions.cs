namespace LlmWorks.Site.Publishing;

/// <summary>Where a build reads and writes, and how many figures it may render at once.</summary>
public sealed record BuildOptions(string ContentDir, string TemplatesDir, string OutDir, int MaxParallelism = 0)
{
    /// <summary>The degree of parallelism actually used (all cores when 0).</summary>
    public int Parallelism => MaxParallelism > 0 ? MaxParallelism : Environment.ProcessorCount;
}
