namespace LlmWorks.Explorers.Settings;

/// <summary>
/// A mistake in the author's content (front matter, a scenario, a data reference). The message
/// names the file and line so the CLI can print it as one line.
/// </summary>
public sealed class ContentException : Exception
{
    /// <summary>Creates the error; <paramref name="line"/> 0 means the file as a whole.</summary>
    public ContentException(string file, int line, string message)
        : base(line > 0 ? $"{file}:{line}: {message}" : $"{file}: {message}")
    {
        File = file;
        Line = line;
        Detail = message;
    }

    /// <summary>The content file at fault.</summary>
    public string File { get; }

    /// <summary>1-based line, or 0 when no line applies.</summary>
    public int Line { get; }

    /// <summary>The message without the file and line.</summary>
    public string Detail { get; }
}
