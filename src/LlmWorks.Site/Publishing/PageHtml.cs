using LlmWorks.Site.Markdown;
using LlmWorks.Site.Templates;
using Scriban.Runtime;

namespace LlmWorks.Site.Publishing;

/// <summary>Turns pages into HTML through the templates: the page's own template, then the layout.</summary>
internal static class PageHtml
{
    public static string Render(TemplateSet templates, SitePage page)
    {
        var src = page.Source;
        var root = PageModels.RootFor(src.SitePath);
        var model = new ScriptObject();
        var summary = src.Settings.Find("summary")?.AsString("summary");
        model.Import(new
        {
            src.Title,
            Summary = summary,
            Body = MarkdownPage.ToHtml(src.File, src.Body, src.BodyLine),
            Facts = PageModels.Readouts(page.Result?.Facts ?? []),
            Scenarios = (page.Result?.Scenarios ?? []).Select(s => new
            {
                s.Id,
                s.Title,
                s.Description,
                Readouts = PageModels.Readouts(s.Readouts),
                Tables = s.Tables.Select(t => new { t.Caption, t.Columns, t.Rows, t.Footer }).ToList(),
                Figures = s.Figures.Select(f => f.Animate is null ? PageModels.Figure(FigureFiles.For(s.Id, f), f) : PageModels.Animation(AnimationFiles.For(s.Id, f), f)).ToList(),
            }).ToList(),
        });
        var content = templates.Render(page.Result is null ? "page" : "explorer", model);
        return Layout(templates, content, src.Title, summary ?? src.Title, root, page.ModuleTitle);
    }

    public static string RenderHome(TemplateSet templates, SiteContent site, SiteFiles files)
    {
        var home = site.Tree.Home;
        var model = new ScriptObject();
        model.Import(new
        {
            home.Title,
            Body = MarkdownPage.ToHtml(home.File, home.Body, home.BodyLine),
            Modules = site.Tree.Modules.Select((m, i) => new
            {
                m.Slug,
                Number = i + 1,
                m.Title,
                Body = MarkdownPage.ToHtml(m.Index.File, m.Index.Body, m.Index.BodyLine),
                Pages = m.Pages.Where(p => p.Settings.Find("unlisted")?.AsString("unlisted") != "true").Select(p => new
                {
                    Href = p.SitePath + "/index.html",
                    p.Title,
                    Summary = p.Settings.Find("summary")?.AsString("summary"),
                    Thumbnail = files.Contains(p.SitePath + "/thumbnail.png") ? p.SitePath + "/thumbnail.png" : null,
                    ThumbnailWidth = SiteBuilder.ThumbnailSize.Width,
                    ThumbnailHeight = SiteBuilder.ThumbnailSize.Height,
                }).ToList(),
            }).ToList(),
        });
        var content = templates.Render("home", model);
        return Layout(templates, content, home.Title, home.Settings.Find("summary")?.AsString("summary") ?? home.Title, "", null);
    }

    private static string Layout(TemplateSet templates, string content, string title, string description, string root, string? breadcrumb)
    {
        var globals = PageModels.Globals(title, description, root, breadcrumb);
        globals.Add("content", content);
        return templates.Render("layout", globals);
    }
}
