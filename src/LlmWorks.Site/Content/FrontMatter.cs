using LlmWorks.Explorers.Settings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LlmWorks.Site.Content;

/// <summary>
/// Splits a Markdown file into its YAML front matter and body, and turns the YAML into
/// <see cref="SettingsNode"/>s that remember their file line, so errors can point at them.
/// </summary>
public static class FrontMatter
{
    /// <summary>The settings, the body, and the 1-based file line where the body starts.</summary>
    public static (SettingsMap Settings, string Body, int BodyLine) Split(string file, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
            throw new ContentException(file, 1, "a page must start with front matter between '---' lines");
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (end < 0) throw new ContentException(file, 1, "front matter opened with '---' is never closed");
        var yaml = string.Join('\n', lines[1..end]);
        var body = string.Join('\n', lines[(end + 1)..]);
        return (Parse(file, yaml, lineOffset: 1), body, end + 2);
    }

    /// <summary>Parses YAML whose first line is file line <paramref name="lineOffset"/> + 1.</summary>
    public static SettingsMap Parse(string file, string yaml, int lineOffset)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ContentException(file, (int)e.Start.Line + lineOffset, "front matter is not valid YAML: " + FirstSentence(e));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser gives up this way on some unterminated constructs (e.g. "[a, b" at the end); it keeps no position.
            throw new ContentException(file, lineOffset + 1, "front matter is not valid YAML: an unterminated list, mapping or quote");
        }
        if (stream.Documents.Count == 0)
            return new SettingsMap(file, lineOffset + 1, []);
        return Convert(file, stream.Documents[0].RootNode, lineOffset) as SettingsMap
            ?? throw new ContentException(file, lineOffset + 1, "front matter must be a mapping of names to values");
    }

    private static SettingsNode Convert(string file, YamlNode node, int offset)
    {
        var line = (int)node.Start.Line + offset;
        switch (node)
        {
            case YamlScalarNode s:
                return new SettingsScalar(file, line, s.Value ?? "");
            case YamlSequenceNode q:
                return new SettingsSequence(file, line, q.Children.Select(c => Convert(file, c, offset)).ToList());
            case YamlMappingNode m:
                var entries = new List<KeyValuePair<string, SettingsNode>>();
                foreach (var (k, v) in m.Children)
                {
                    var key = (k as YamlScalarNode)?.Value ?? throw new ContentException(file, (int)k.Start.Line + offset, "keys must be plain names");
                    entries.Add(new(key, Convert(file, v, offset)));
                }
                return new SettingsMap(file, line, entries);
            default:
                throw new ContentException(file, line, "aliases are not supported in front matter");
        }
    }

    private static string FirstSentence(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var cut = message.IndexOf("\n", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
