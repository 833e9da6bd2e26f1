using System.Diagnostics;
using LlmWorks.Explorers;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;
using LlmWorks.Site.Markdown;
using LlmWorks.Site.Templates;

namespace LlmWorks.Site.Publishing;

/// <summary>
/// content → explorers → figures → templates → output. Renders every figure in parallel into
/// memory, then replaces the output folder in one move, only when everything succeeded.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Thumbnail size on the home page, in CSS pixels (the <see cref="FigurePreset.Thumbnail"/> preset).</summary>
    public static readonly FigureSize ThumbnailSize = new(FigurePreset.Thumbnail.Width ?? 0, FigurePreset.Thumbnail.Height ?? 0);

    /// <summary>Builds the whole site into memory (nothing is written).</summary>
    public static SiteFiles Render(BuildOptions options)
    {
        var content = SiteContent.Load(options.ContentDir);
        var templates = TemplateSet.Load(options.TemplatesDir);
        var files = new SiteFiles();
        var jobs = content.Pages.SelectMany(FigureJobs).ToList();
        RunJobs(jobs, files, options.Parallelism);
        foreach (var page in content.Pages)
            files.Add(page.Source.SitePath + "/index.html", Manifest.Utf8(PageHtml.Render(templates, page)), page.Source.File);
        files.Add("index.html", Manifest.Utf8(PageHtml.RenderHome(templates, content, files)), content.Tree.Home.File);
        CopyAssets(templates.AssetsDir, files);
        files.Add(Manifest.FileName, Manifest.Build(files.All), "build");
        return files;
    }

    /// <summary>Builds the site and swaps it into <see cref="BuildOptions.OutDir"/>.</summary>
    public static BuildReport Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var files = Render(options).All;
        OutputFolder.Replace(options.OutDir, files);
        return new BuildReport(files.Count, files.Sum(f => (long)f.Bytes.Length), clock.Elapsed);
    }

    private static IEnumerable<RenderJob> FigureJobs(SitePage page)
    {
        if (page.Result is not { } result) yield break;
        var dir = page.Source.SitePath + "/";
        foreach (var scenario in result.Scenarios)
            foreach (var asset in scenario.Figures)
                foreach (var job in FigureFiles.For(scenario.Id, asset).Jobs(dir, $"{page.Source.File}#{scenario.Id}/{asset.View}", asset))
                    yield return job;
        if (page.ThumbnailFigure is { } thumb)
            yield return new RenderJob(dir + "thumbnail.png", $"{page.Source.File}#thumbnail",
                () => FigureExport.Png(thumb.Build(new FigureStyle(ThumbnailSize, Theme.Light)), 1));
    }

    private static void RunJobs(IReadOnlyList<RenderJob> jobs, SiteFiles files, int parallelism)
    {
        try
        {
            Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, job => files.Add(job.Path, job.Render(), job.Source));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            throw e.InnerExceptions[0];
        }
    }

    private static void CopyAssets(string assetsDir, SiteFiles files)
    {
        if (!Directory.Exists(assetsDir)) return;
        foreach (var file in Directory.GetFiles(assetsDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            files.Add("assets/" + Path.GetRelativePath(assetsDir, file).Replace('\\', '/'), File.ReadAllBytes(file), "templates/assets");
    }
}

/// <summary>What a build wrote and how long it took.</summary>
public sealed record BuildReport(int Files, long Bytes, TimeSpan Elapsed);
