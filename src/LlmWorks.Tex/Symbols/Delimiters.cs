namespace LlmWorks.Tex.Symbols;

using LlmWorks.Tex.Syntax;

/// <summary>Delimiters accepted after <c>\left</c>, <c>\middle</c> and <c>\right</c>, and as plain fences.</summary>
internal static class Delimiters
{
    private static readonly Dictionary<string, string> Commands = new(StringComparer.Ordinal)
    {
        ["{"] = "{",
        ["}"] = "}",
        ["lbrace"] = "{",
        ["rbrace"] = "}",
        ["lbrack"] = "[",
        ["rbrack"] = "]",
        ["langle"] = "\u27E8",
        ["rangle"] = "\u27E9",
        ["vert"] = "|",
        ["lvert"] = "|",
        ["rvert"] = "|",
        ["|"] = "\u2016",
        ["Vert"] = "\u2016",
        ["lVert"] = "\u2016",
        ["rVert"] = "\u2016",
        ["lfloor"] = "\u230A",
        ["rfloor"] = "\u230B",
        ["lceil"] = "\u2308",
        ["rceil"] = "\u2309",
    };

    /// <summary>
    /// Resolves a delimiter token. Returns false when the token is not a delimiter;
    /// <paramref name="text"/> is null for the empty delimiter <c>.</c>.
    /// </summary>
    public static bool TryResolve(Token token, out string? text)
    {
        text = null;
        if (token.Kind == TokenKind.Character)
        {
            switch (token.Text)
            {
                case ".":
                    return true;
                case "(" or ")" or "[" or "]" or "|" or "/":
                    text = token.Text;
                    return true;
                case "<":
                    text = "\u27E8";
                    return true;
                case ">":
                    text = "\u27E9";
                    return true;
                default:
                    return false;
            }
        }

        if (token.Kind == TokenKind.Command && Commands.TryGetValue(token.Text, out var command))
        {
            text = command;
            return true;
        }

        return false;
    }

    /// <summary>True for delimiter commands usable outside <c>\left</c>/<c>\right</c>, e.g. <c>\{</c> or <c>\langle</c>.</summary>
    public static bool IsCommand(string name) => Commands.ContainsKey(name);

    /// <summary>True when <paramref name="text"/> opens a group (prefix form).</summary>
    public static bool IsOpening(string text) => text is "(" or "[" or "{" or "\u27E8" or "\u230A" or "\u2308";

    /// <summary>True when <paramref name="text"/> closes a group (postfix form).</summary>
    public static bool IsClosing(string text) => text is ")" or "]" or "}" or "\u27E9" or "\u230B" or "\u2309";
}
