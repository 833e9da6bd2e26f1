namespace LlmWorks.Numerics;

/// <summary>
/// Raised when a data file cannot be turned into a <see cref="Dataset"/>. It carries the file and line so
/// a lesson author can jump straight to the offending row instead of guessing.
/// </summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with <c>file:line:</c> (just <c>file:</c> when <paramref name="line"/> is 0).</summary>
    /// <param name="file">The file (or source name) being read.</param>
    /// <param name="line">1-based line number, or 0 when the problem concerns the whole file.</param>
    /// <param name="message">What is wrong, without the location prefix.</param>
    public DataFormatException(string file, int line, string message)
        : base(line > 0 ? $"{file}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {message}" : $"{file}: {message}")
    {
        File = file;
        Line = line;
        Reason = message;
    }

    /// <summary>The file (or source name) the problem was found in.</summary>
    public string File { get; }

    /// <summary>1-based line number; 0 means the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>The problem without the location prefix, for callers that format locations themselves.</summary>
    public string Reason { get; }
}
