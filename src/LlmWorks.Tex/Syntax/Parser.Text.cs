namespace LlmWorks.Tex.Syntax;

using System.Text;

/// <summary>Text-mode arguments such as <c>\text{if }</c>, read verbatim with spaces preserved.</summary>
internal sealed partial class Parser
{
    private string ParseText(Token command)
    {
        var open = Peek();
        if (open.Kind == TokenKind.Character)
        {
            Next();
            return open.Text;
        }

        if (open.Kind != TokenKind.BeginGroup)
        {
            throw new TexException($"Missing argument for '{command.Display}'.", command.Offset);
        }

        Next();
        var builder = new StringBuilder();
        var depth = 1;
        while (true)
        {
            var token = PeekRaw();
            switch (token.Kind)
            {
                case TokenKind.End:
                    throw new TexException("Unbalanced braces: this '{' is never closed.", open.Offset);
                case TokenKind.BeginGroup:
                    depth++;
                    break;
                case TokenKind.EndGroup:
                    depth--;
                    if (depth == 0)
                    {
                        position++;
                        return builder.ToString();
                    }

                    break;
                case TokenKind.Space:
                    builder.Append(' ');
                    break;
                case TokenKind.Character:
                    builder.Append(token.Text == "~" ? "\u00A0" : token.Text);
                    break;
                case TokenKind.Command when token.Text is " " or "," or ";" or "quad" or "qquad":
                    builder.Append(token.Text switch { "quad" => "\u2003", "qquad" => "\u2003\u2003", "," => "\u2009", _ => " " });
                    break;
                case TokenKind.Command when token.Text is "%" or "&" or "#" or "_" or "{" or "}" or "$":
                    builder.Append(token.Text);
                    break;
                case TokenKind.Command:
                    throw new TexException($"Unsupported command '{token.Display}' inside '{command.Display}'.", token.Offset);
                default:
                    throw new TexException($"Unexpected '{token.Display}' inside '{command.Display}'.", token.Offset);
            }

            position++;
        }
    }
}
