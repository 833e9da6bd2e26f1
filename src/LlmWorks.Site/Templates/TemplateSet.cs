using LlmWorks.Explorers.Settings;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace LlmWorks.Site.Templates;

/// <summary>
/// The site's Scriban templates: a layout, one template per page kind, and partials that
/// <c>include</c> can load. Parse errors name the template file and line.
/// </summary>
public sealed class TemplateSet
{
    private readonly string _dir;
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);

    private TemplateSet(string dir) => _dir = dir;

    /// <summary>The template kinds every template folder must provide.</summary>
    public static readonly string[] Required = ["layout", "home", "page", "explorer"];

    /// <summary>Loads and parses every required template and partial.</summary>
    public static TemplateSet Load(string dir)
    {
        if (!Directory.Exists(dir)) throw new ContentException(Path.GetFullPath(dir), 0, "templates folder does not exist (run from the project folder or pass --templates DIR)");
        var set = new TemplateSet(dir);
        foreach (var name in Required) set._templates[name] = set.ParseFile(Path.Combine(dir, name + ".html"));
        var partials = Path.Combine(dir, "partials");
        if (Directory.Exists(partials))
            foreach (var file in Directory.GetFiles(partials, "*.html").Order(StringComparer.Ordinal))
                set._templates["partials/" + Path.GetFileNameWithoutExtension(file)] = set.ParseFile(file);
        return set;
    }

    /// <summary>The folder of static assets copied into the site (<c>templates/assets</c>).</summary>
    public string AssetsDir => Path.Combine(_dir, "assets");

    /// <summary>Renders template <paramref name="name"/> with <paramref name="model"/>'s members as globals.</summary>
    public string Render(string name, ScriptObject model)
    {
        var context = new TemplateContext
        {
            TemplateLoader = new PartialLoader(this),
            StrictVariables = true,
            LoopLimit = 100_000,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.PushGlobal(model);
        try
        {
            return _templates[name].Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new ContentException(Display(e.Span.FileName ?? name), e.Span.Start.Line + 1, e.OriginalMessage);
        }
    }

    private Template ParseFile(string path)
    {
        if (!File.Exists(path)) throw new ContentException(Display(path), 0, "template is missing");
        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
        {
            var first = template.Messages.First();
            throw new ContentException(Display(path), first.Span.Start.Line + 1, first.Message);
        }
        return template;
    }

    private string Display(string path) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(_dir))!, Path.GetFullPath(path));

    private sealed class PartialLoader(TemplateSet set) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            Path.Combine(set._dir, "partials", templateName + ".html");

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        {
            if (!File.Exists(templatePath))
                throw new ContentException(set.Display(callerSpan.FileName), callerSpan.Start.Line + 1, $"no partial '{Path.GetFileNameWithoutExtension(templatePath)}' in templates/partials");
            return File.ReadAllText(templatePath);
        }

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
