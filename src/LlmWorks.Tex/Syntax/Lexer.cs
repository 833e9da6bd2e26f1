namespace LlmWorks.Tex.Syntax;

/// <summary>Splits TeX source into <see cref="Token"/>s. Comments (<c>%</c> to end of line) are dropped.</summary>
internal static class Lexer
{
    /// <summary>Tokenizes <paramref name="source"/>; the result always ends with a <see cref="TokenKind.End"/> token.</summary>
    public static List<Token> Tokenize(string source)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            var start = i;
            switch (c)
            {
                case '\\':
                    i = ReadCommand(source, i, tokens);
                    continue;
                case '%':
                    while (i < source.Length && source[i] != '\n')
                    {
                        i++;
                    }

                    continue;
                case '{':
                    tokens.Add(new Token(TokenKind.BeginGroup, string.Empty, start));
                    break;
                case '}':
                    tokens.Add(new Token(TokenKind.EndGroup, string.Empty, start));
                    break;
                case '^':
                    tokens.Add(new Token(TokenKind.Superscript, string.Empty, start));
                    break;
                case '_':
                    tokens.Add(new Token(TokenKind.Subscript, string.Empty, start));
                    break;
                case '&':
                    tokens.Add(new Token(TokenKind.Alignment, string.Empty, start));
                    break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        while (i + 1 < source.Length && char.IsWhiteSpace(source[i + 1]))
                        {
                            i++;
                        }

                        tokens.Add(new Token(TokenKind.Space, " ", start));
                    }
                    else if (char.IsControl(c))
                    {
                        throw new TexException($"Unsupported control character U+{(int)c:X4}.", start);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                    {
                        tokens.Add(new Token(TokenKind.Character, source.Substring(i, 2), start));
                        i++;
                    }
                    else
                    {
                        tokens.Add(new Token(TokenKind.Character, c.ToString(), start));
                    }

                    break;
            }

            i++;
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, source.Length));
        return tokens;
    }

    private static int ReadCommand(string source, int start, List<Token> tokens)
    {
        var i = start + 1;
        if (i >= source.Length)
        {
            throw new TexException("A lone backslash '\\' ends the formula.", start);
        }

        if (!IsAsciiLetter(source[i]))
        {
            // Control symbol: a backslash followed by one non-letter, e.g. \, \{ \\ or "\ ".
            var symbol = char.IsWhiteSpace(source[i]) ? " " : source[i].ToString();
            tokens.Add(new Token(TokenKind.Command, symbol, start));
            return i + 1;
        }

        while (i < source.Length && IsAsciiLetter(source[i]))
        {
            i++;
        }

        var name = source[(start + 1)..i];
        if (i < source.Length && source[i] == '*' && name == "operatorname")
        {
            name += "*";
            i++;
        }

        tokens.Add(new Token(TokenKind.Command, name, start));

        // TeX skips white space after a control word.
        while (i < source.Length && char.IsWhiteSpace(source[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
