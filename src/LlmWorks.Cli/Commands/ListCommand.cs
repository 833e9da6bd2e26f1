using System.CommandLine;
using System.Text.Json;
using LlmWorks.Site.Publishing;

namespace LlmWorks.Cli.Commands;

/// <summary><c>llmworks list</c>: pages, their scenarios and views.</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter stdout)
    {
        var content = new Option<string>("--content") { Description = "Content folder.", DefaultValueFactory = _ => "content" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var command = new Command("list", "List every page with its scenarios and views.\n\nExamples:\n  llmworks list\n  llmworks list --json") { content, json };
        command.SetAction(r =>
        {
            var site = SiteContent.Load(r.GetValue(content)!);
            if (r.GetValue(json)) WriteJson(stdout, site);
            else WriteText(stdout, site);
            return CliApp.Ok;
        });
        return command;
    }

    private static void WriteText(TextWriter o, SiteContent site)
    {
        foreach (var page in site.Pages)
        {
            o.WriteLine($"{page.Source.SitePath}  {page.Source.Title}");
            if (page.Result is not { } r) continue;
            o.WriteLine($"  views: {string.Join(", ", r.Views)}");
            foreach (var s in r.Scenarios) o.WriteLine($"  scenario {s.Id}: {s.Title}");
        }
    }

    private static void WriteJson(TextWriter o, SiteContent site)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartArray("pages");
            foreach (var page in site.Pages)
            {
                w.WriteStartObject();
                w.WriteString("page", page.Source.SitePath);
                w.WriteString("title", page.Source.Title);
                w.WriteString("explorer", page.Source.Explorer);
                w.WriteStartArray("views");
                foreach (var v in page.Result?.Views ?? []) w.WriteStringValue(v);
                w.WriteEndArray();
                w.WriteStartArray("scenarios");
                foreach (var s in page.Result?.Scenarios ?? [])
                {
                    w.WriteStartObject();
                    w.WriteString("id", s.Id);
                    w.WriteString("title", s.Title);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        o.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
