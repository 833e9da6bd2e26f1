namespace LlmWorks.Tex.Syntax;

/// <summary>The lexical category of a <see cref="Token"/>.</summary>
internal enum TokenKind
{
    /// <summary>A control sequence such as <c>\frac</c> or <c>\{</c>; <see cref="Token.Text"/> excludes the backslash.</summary>
    Command,

    /// <summary>Any single ordinary character (letter, digit, punctuation).</summary>
    Character,

    /// <summary>A run of white space (collapsed).</summary>
    Space,

    /// <summary><c>{</c></summary>
    BeginGroup,

    /// <summary><c>}</c></summary>
    EndGroup,

    /// <summary><c>^</c></summary>
    Superscript,

    /// <summary><c>_</c></summary>
    Subscript,

    /// <summary><c>&amp;</c></summary>
    Alignment,

    /// <summary>End of input.</summary>
    End,
}

/// <summary>One lexical token with its offset into the TeX source.</summary>
/// <param name="Kind">The token category.</param>
/// <param name="Text">The command name (without backslash) or the character; empty for structural tokens.</param>
/// <param name="Offset">Zero-based offset of the token's first character in the source.</param>
internal sealed record Token(TokenKind Kind, string Text, int Offset)
{
    /// <summary>True when this is the command <c>\name</c>.</summary>
    public bool IsCommand(string name) => Kind == TokenKind.Command && Text == name;

    /// <summary>True when this is the single character <paramref name="c"/>.</summary>
    public bool IsCharacter(char c) => Kind == TokenKind.Character && Text.Length == 1 && Text[0] == c;

    /// <summary>How the token is shown in error messages.</summary>
    public string Display => Kind switch
    {
        TokenKind.Command => "\\" + Text,
        TokenKind.Character => Text,
        TokenKind.Space => "space",
        TokenKind.BeginGroup => "{",
        TokenKind.EndGroup => "}",
        TokenKind.Superscript => "^",
        TokenKind.Subscript => "_",
        TokenKind.Alignment => "&",
        _ => "end of input",
    };
}
