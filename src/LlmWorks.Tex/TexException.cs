namespace LlmWorks.Tex;

/// <summary>
/// Raised when a TeX formula cannot be converted to MathML: an unsupported command,
/// unbalanced braces, a missing argument, an unknown or mismatched environment, and so on.
/// </summary>
public sealed class TexException : Exception
{
    /// <summary>Creates an exception for a problem found at <paramref name="offset"/>.</summary>
    /// <param name="message">A human-readable description naming the offending command or character.</param>
    /// <param name="offset">Zero-based character offset into the TeX source where the problem starts.</param>
    public TexException(string message, int offset)
        : base(message)
    {
        Offset = offset;
    }

    /// <summary>
    /// Zero-based character offset (UTF-16 code unit index) into the TeX source where the problem
    /// starts, so callers can report a file, line and column.
    /// </summary>
    public int Offset { get; }
}
