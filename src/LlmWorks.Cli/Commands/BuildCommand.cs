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
        var check = new Option<bool>("--check") { Description = "Build in memory and compare with the output folder, byte for byte, without writing; exit 1 if anything differs." };
        var command = new Command("build", "Build the whole static site into the output folder.\n\n" +
                                           "--check prints 'missing PATH', 'changed PATH' or 'extra PATH' for every difference (sorted) and exits 1;\n" +
                                           "it exits 0 when the output folder is exactly what this commit builds (use it in CI).\n\n" +
                                           "Examples:\n  llmworks build\n  llmworks build --content my-course/content --out site\n  llmworks build --check\n  llmworks build --jobs 1")
        {
            content, templates, output, jobs, check,
        };
        command.SetAction(r =>
        {
            var options = new BuildOptions(r.GetValue(content)!, r.GetValue(templates)!, r.GetValue(output)!, Math.Max(0, r.GetValue(jobs)));
            if (r.GetValue(check)) return Check(options, stdout);
            var report = SiteBuilder.Build(options);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"built {report.Files} files ({report.Bytes / 1024.0:F0} KiB) into {options.OutDir} in {report.Elapsed.TotalSeconds:F2} s"));
            return CliApp.Ok;
        });
        return command;
    }

    private static int Check(BuildOptions options, TextWriter stdout)
    {
        var built = SiteBuilder.Render(options).All;
        var differences = SiteCheck.Differences(built, options.OutDir);
        foreach (var line in differences) stdout.WriteLine(line);
        if (differences.Count == 0)
        {
            stdout.WriteLine($"check: {options.OutDir} is identical to a fresh build ({built.Count} files)");
            return CliApp.Ok;
        }
        stdout.WriteLine($"check: {differences.Count} difference(s) between {options.OutDir} and a fresh build; run 'llmworks build' to update it");
        return CliApp.Differences;
    }
}
