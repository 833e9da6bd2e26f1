namespace LlmWorks.Tex.Syntax;

using System.Text;

/// <summary>Parsing of <c>\begin{name} … \end{name}</c> environments into tables.</summary>
internal sealed partial class Parser
{
    private MathNode ParseEnvironment(Token begin)
    {
        var name = ReadEnvironmentName(begin);
        if (!Environments.TryGet(name, out var definition))
        {
            throw new TexException($"Unknown environment '{name}'.", begin.Offset);
        }

        var rows = new List<IReadOnlyList<MathNode>>();
        var cells = new List<MathNode>();
        while (true)
        {
            var leadingOrdinary = definition.AlternatingAlignment && cells.Count % 2 == 1;
            var cell = WithStyle(definition.Layout.DisplayStyle, () => ParseExpression(leadingOrdinary: leadingOrdinary));
            cells.Add(new RowNode(cell));
            var stop = Peek();
            if (stop.Kind == TokenKind.Alignment)
            {
                Next();
                continue;
            }

            if (stop.IsCommand("\\"))
            {
                Next();
                rows.Add(cells);
                cells = new List<MathNode>();
                continue;
            }

            if (stop.IsCommand("end"))
            {
                Next();
                var endName = ReadEnvironmentName(stop);
                if (endName != name)
                {
                    throw new TexException($"Mismatched '\\end{{{endName}}}': expected '\\end{{{name}}}'.", stop.Offset);
                }

                rows.Add(cells);
                break;
            }

            throw stop.Kind == TokenKind.End
                ? new TexException($"Missing '\\end{{{name}}}' for '\\begin{{{name}}}'.", begin.Offset)
                : Unexpected(stop);
        }

        // A trailing \\ before \end does not start a new row.
        if (rows.Count > 1 && rows[^1] is [RowNode { Children.Count: 0 }])
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var table = new TableNode(rows, definition.Layout);
        return definition.Open is null && definition.Close is null
            ? table
            : new FencedNode(definition.Open, new RowNode([table]), definition.Close);
    }

    private string ReadEnvironmentName(Token command)
    {
        var open = Peek();
        if (open.Kind != TokenKind.BeginGroup)
        {
            throw new TexException($"Missing environment name after '{command.Display}'.", command.Offset);
        }

        Next();
        var builder = new StringBuilder();
        while (PeekRaw() is { Kind: TokenKind.Character } c)
        {
            builder.Append(c.Text);
            position++;
        }

        if (PeekRaw().Kind != TokenKind.EndGroup || builder.Length == 0)
        {
            throw new TexException($"Malformed environment name after '{command.Display}'.", command.Offset);
        }

        position++;
        return builder.ToString();
    }
}
