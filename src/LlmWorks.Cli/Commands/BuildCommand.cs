using System.CommandLine;
using System.Globalization;
using LlmWorks.Site.Publishing;

namespace LlmWorks.Cli.Commands;

/// <summary><c>llmworks build</c>: the whole site from content and templates into the output folder.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout)
    {
        var content = new Option<string>("--content") { Description = "Content folder (Markdown pages, front matter, data).", DefaultValueFactory = _ => "content" };
        var templates = new Option<string>("--templates") { Description = "Scriban templates folder.", DefaultValueFactory = _ => "templates" };
        var output = new Option<string>("--out") { Description = "Output folder, replaced only when the whole build succeeds.", DefaultValueFactory = _ => "output" };
        var jobs = new Option<int>("--jobs") { Description = "Figures rendered at once (0 = every core).", DefaultValueFactory = _ => 0 };
        var command = new Command("build", "Build the whole static site into the output folder.\n\nExamples:\n  llmworks build\n  llmworks build --content my-course/content --out site")
        {
            content, templates, output, jobs,
        };
        command.SetAction(r =>
        {
            var options = new BuildOptions(r.GetValue(content)!, r.GetValue(templates)!, r.GetValue(output)!, Math.Max(0, r.GetValue(jobs)));
            var report = SiteBuilder.Build(options);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"built {report.Files} files ({report.Bytes / 1024.0:F0} KiB) into {options.OutDir} in {report.Elapsed.TotalSeconds:F2} s"));
            return CliApp.Ok;
        });
        return command;
    }
}
