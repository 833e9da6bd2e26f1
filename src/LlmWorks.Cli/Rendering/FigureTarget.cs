using LlmWorks.Explorers;
using LlmWorks.Site.Publishing;

namespace LlmWorks.Cli.Rendering;

/// <summary>One figure of the site: a page, one of its scenarios and one of its views.</summary>
internal sealed record FigureTarget(string Page, string Scenario, FigureAsset Asset)
{
    /// <summary>The file stem the site uses for this figure (<c>start-surface</c>).</summary>
    public string Stem => $"{Scenario}-{Asset.View}";

    /// <summary>
    /// Finds the figure; the first scenario and view when none is named. Anything unknown is a
    /// <see cref="UsageException"/> listing what exists.
    /// </summary>
    public static FigureTarget Find(SiteContent site, string page, string? scenario, string? view)
    {
        // Explorer pages are the ones with figures; naming them needs no explorer to run.
        var withFigures = site.Pages.Where(p => p.Source.Explorer is not null).Select(p => p.Source.SitePath);
        var found = site.Find(page)
            ?? throw new UsageException($"unknown page '{page}' (pages with figures: {List(withFigures)})");
        if (found.Result is not { Scenarios.Count: > 0 } result)
            throw new UsageException($"page '{found.Source.SitePath}' has no figures (pages with figures: {List(withFigures)})");
        var s = scenario is null ? result.Scenarios[0]
            : result.Scenarios.FirstOrDefault(x => x.Id == scenario)
              ?? throw new UsageException($"page '{found.Source.SitePath}' has no scenario '{scenario}' (scenarios: {List(result.Scenarios.Select(x => x.Id))})");
        if (s.Figures.Count == 0)
            throw new UsageException($"scenario '{s.Id}' of '{found.Source.SitePath}' has no figures");
        var asset = view is null ? s.Figures[0]
            : s.Figures.FirstOrDefault(f => f.View == view)
              ?? throw new UsageException($"page '{found.Source.SitePath}' has no view '{view}' (views: {List(s.Figures.Select(f => f.View))})");
        return new FigureTarget(found.Source.SitePath, s.Id, asset);
    }

    /// <summary>Refuses an animated format for a view that does not move, naming the views that do.</summary>
    public void RequireAnimation(SiteContent site, RenderFormat format)
    {
        if (!format.Animated || Asset.Animate is not null) return;
        var animated = site.Find(Page)!.Result!.Scenarios.First(s => s.Id == Scenario).Figures
            .Where(f => f.Animate is not null).Select(f => f.View).ToList();
        throw new UsageException($"view '{Asset.View}' of '{Page}' is not animated, so it has no {format.Name} " +
                                 $"(animated views here: {(animated.Count == 0 ? "none" : string.Join(", ", animated))}; static formats: png, svg, pdf)");
    }

    private static string List(IEnumerable<string> names)
    {
        var all = names.ToList();
        return all.Count == 0 ? "none" : string.Join(", ", all);
    }
}
