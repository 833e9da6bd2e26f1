namespace LlmWorks.Tex;

using LlmWorks.Tex.Syntax;
using LlmWorks.Tex.Writing;

/// <summary>Converts TeX formulas to MathML Core markup that browsers render natively.</summary>
public static class TexToMathMl
{
    /// <summary>
    /// Converts a TeX formula to a <c>&lt;math&gt;</c> element in the MathML namespace, wrapping the
    /// result in <c>&lt;semantics&gt;</c> with the (escaped) TeX source as an <c>application/x-tex</c> annotation.
    /// </summary>
    /// <param name="tex">The formula, without surrounding <c>$</c> or <c>\[ \]</c> delimiters.</param>
    /// <param name="display">True for a block (display-style) formula, false for an inline one.</param>
    /// <returns>The MathML markup as a single line of text.</returns>
    /// <exception cref="TexException">The formula is malformed or uses an unsupported command; <see cref="TexException.Offset"/> locates it.</exception>
    public static string Convert(string tex, bool display)
    {
        ArgumentNullException.ThrowIfNull(tex);
        var root = Parser.Parse(tex, display);
        return MathMlWriter.Write(root, tex, display);
    }
}
