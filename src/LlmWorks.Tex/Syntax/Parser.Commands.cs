namespace LlmWorks.Tex.Syntax;

using LlmWorks.Tex.Symbols;

/// <summary>Primaries introduced by a control sequence.</summary>
internal sealed partial class Parser
{
    private Primary ParseCommand(Token command)
    {
        var name = command.Text;
        if (GreekLetters.Lower.TryGetValue(name, out var lower))
        {
            return new Primary(new IdentifierNode(MathAlphabets.Map(lower, font)));
        }

        if (GreekLetters.Upper.TryGetValue(name, out var upper))
        {
            return new Primary(new IdentifierNode(MathAlphabets.Map(upper, font), Upright: true));
        }

        if (OperatorSymbols.Ordinary.TryGetValue(name, out var ordinary))
        {
            return new Primary(new IdentifierNode(ordinary.Text, ordinary.Upright));
        }

        if (OperatorSymbols.Commands.TryGetValue(name, out var op))
        {
            return new Primary(new OperatorNode(op));
        }

        if (OperatorSymbols.Large.TryGetValue(name, out var large))
        {
            var node = new OperatorNode(large.Text) { FixedLimits = true, IsLargeOperator = true };
            return new Primary(node, Limits: displayStyle && large.LimitsInDisplay, TakesLimits: true);
        }

        if (FunctionNames.All.TryGetValue(name, out var functionLimits))
        {
            return new Primary(new IdentifierNode(name), Limits: displayStyle && functionLimits, IsFunction: true, TakesLimits: true);
        }

        if (Accents.All.TryGetValue(name, out var accent))
        {
            return new Primary(new AccentNode(ParseArgument(command), accent.Text, accent.Stretchy));
        }

        if (Spacing.All.TryGetValue(name, out var width))
        {
            return new Primary(new SpaceNode(width));
        }

        if (Delimiters.TryResolve(command, out var delimiter) && delimiter is not null)
        {
            return new Primary(PlainDelimiter(delimiter));
        }

        return name switch
        {
            "frac" => new Primary(ParseFraction(command, null)),
            "dfrac" => new Primary(ParseFraction(command, true)),
            "tfrac" => new Primary(ParseFraction(command, false)),
            "sqrt" => new Primary(ParseSqrt(command)),
            "left" => new Primary(ParseLeftRight(command)),
            "begin" => new Primary(ParseEnvironment(command)),
            "text" or "textrm" or "textup" or "mbox" => new Primary(new TextNode(ParseText(command))),
            "operatorname" or "operatorname*" => ParseOperatorName(command),
            "mathrm" or "mathup" => FontPrimary(MathFont.Roman, command),
            "mathbf" or "boldsymbol" or "bm" => FontPrimary(MathFont.Bold, command),
            "mathbb" => FontPrimary(MathFont.DoubleStruck, command),
            "mathcal" => FontPrimary(MathFont.Script, command),
            "limits" or "nolimits" => throw new TexException($"'\\{name}' must follow an operator such as \\sum or \\max.", command.Offset),
            _ => throw new TexException($"Unsupported command '\\{name}'.", command.Offset),
        };
    }

    /// <summary>Parses the argument of a font command; a single-node group is unwrapped.</summary>
    private Primary FontPrimary(MathFont newFont, Token command)
    {
        var argument = WithFont(newFont, () => ParseArgument(command));
        return new Primary(argument is RowNode { Children: [var only] } ? only : argument);
    }

    private static OperatorNode PlainDelimiter(string text) =>
        Delimiters.IsOpening(text) ? new OperatorNode(text) { Fence = true, Form = OperatorForm.Prefix, Stretchy = false }
        : Delimiters.IsClosing(text) ? new OperatorNode(text) { Fence = true, Form = OperatorForm.Postfix, Stretchy = false }
        : new OperatorNode(text) { Stretchy = false };

    private FractionNode ParseFraction(Token command, bool? forcedDisplay)
    {
        // In display style the parts of a fraction are set in text style; in text style they shrink further.
        var numerator = WithStyle(false, () => ParseArgument(command));
        var denominator = WithStyle(false, () => ParseArgument(command));
        return new FractionNode(numerator, denominator, forcedDisplay);
    }

    private RootNode ParseSqrt(Token command)
    {
        MathNode? index = null;
        if (Peek().IsCharacter('['))
        {
            var open = Next();
            var nodes = WithStyle(false, () => ParseExpression(stopAtBracket: true));
            var close = Peek();
            if (!close.IsCharacter(']'))
            {
                throw close.Kind == TokenKind.End
                    ? new TexException("Missing ']' to close the index of '\\sqrt'.", open.Offset)
                    : Unexpected(close);
            }

            Next();
            index = new RowNode(nodes);
        }

        return new RootNode(ParseArgument(command), index);
    }

    private FencedNode ParseLeftRight(Token left)
    {
        var open = ReadDelimiter(left);
        var body = new List<MathNode>();
        while (true)
        {
            body.AddRange(ParseExpression());
            var stop = Peek();
            if (stop.IsCommand("middle"))
            {
                Next();
                var middle = ReadDelimiter(stop);
                body.Add(new OperatorNode(middle ?? string.Empty) { Fence = true, Form = OperatorForm.Infix, Stretchy = true });
                continue;
            }

            if (stop.IsCommand("right"))
            {
                Next();
                var close = ReadDelimiter(stop);
                return new FencedNode(open, new RowNode(body), close);
            }

            throw new TexException("'\\left' without matching '\\right'.", left.Offset);
        }
    }

    private string? ReadDelimiter(Token owner)
    {
        var token = Peek();
        if (!Delimiters.TryResolve(token, out var text))
        {
            throw new TexException($"Missing or invalid delimiter after '{owner.Display}' (found '{token.Display}').", owner.Offset);
        }

        Next();
        return text;
    }

    private Primary ParseOperatorName(Token command)
    {
        var argument = WithFont(MathFont.Roman, () => ParseArgument(command));
        var name = argument is RowNode { Children: [IdentifierNode single] } ? single : argument;
        var limits = command.Text.EndsWith('*') && displayStyle;
        return new Primary(name, Limits: limits, IsFunction: true, TakesLimits: true);
    }
}
