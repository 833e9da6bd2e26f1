namespace LlmWorks.Tex.Syntax;

using LlmWorks.Tex.Symbols;

/// <summary>
/// Recursive-descent parser from TeX tokens to a <see cref="MathNode"/> tree.
/// This file holds the expression/atom/script core; commands, text and environments live in partial files.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Nesting limit, so hostile input fails with a <see cref="TexException"/> instead of overflowing the stack.</summary>
    private const int MaxDepth = 200;

    private readonly List<Token> tokens;
    private int position;
    private int depth;
    private bool displayStyle;
    private MathFont font = MathFont.Default;

    private Parser(List<Token> tokens, bool display)
    {
        this.tokens = tokens;
        displayStyle = display;
    }

    /// <summary>Parses a whole formula; throws <see cref="TexException"/> on malformed or unsupported input.</summary>
    public static RowNode Parse(string tex, bool display)
    {
        var parser = new Parser(Lexer.Tokenize(tex), display);
        var nodes = parser.ParseExpression();
        var stop = parser.Peek();
        if (stop.Kind != TokenKind.End)
        {
            throw Unexpected(stop);
        }

        return new RowNode(nodes);
    }

    /// <summary>The result of parsing one primary: the node plus how scripts attach to it.</summary>
    private sealed record Primary(MathNode Node, bool Limits = false, bool IsFunction = false, bool TakesLimits = false);

    private Token Peek()
    {
        while (tokens[position].Kind == TokenKind.Space)
        {
            position++;
        }

        return tokens[position];
    }

    private Token PeekRaw() => tokens[position];

    private Token Next()
    {
        var token = Peek();
        if (token.Kind != TokenKind.End)
        {
            position++;
        }

        return token;
    }

    private static bool IsStop(Token token, bool stopAtBracket) =>
        token.Kind is TokenKind.End or TokenKind.EndGroup or TokenKind.Alignment
        || token.IsCommand("\\") || token.IsCommand("end") || token.IsCommand("right") || token.IsCommand("middle")
        || (stopAtBracket && token.IsCharacter(']'));

    /// <summary>Parses atoms until a stop token (<c>}</c>, <c>&amp;</c>, <c>\\</c>, <c>\end</c>, <c>\right</c>, end).</summary>
    private List<MathNode> ParseExpression(bool stopAtBracket = false, bool leadingOrdinary = false)
    {
        var nodes = new List<MathNode>();
        while (!IsStop(Peek(), stopAtBracket))
        {
            var atom = ParseAtom();
            if (atom[0] is ScriptNode { Base: OperatorNode { Fence: true, Form: OperatorForm.Postfix } close } script)
            {
                atom[0] = script with { Base = FenceGrouping.Take(nodes, close) };
            }

            nodes.AddRange(atom);
        }

        PrefixOperators.Apply(nodes, leadingOrdinary);
        FunctionSpacing.Apply(nodes);
        return nodes;
    }

    /// <summary>Parses one primary with its scripts, primes and (for functions) the function application.</summary>
    private List<MathNode> ParseAtom()
    {
        var first = Peek();
        if (++depth > MaxDepth)
        {
            throw new TexException($"Formula is nested more than {MaxDepth} levels deep.", first.Offset);
        }

        try
        {
            return ParseAtomCore(first);
        }
        finally
        {
            depth--;
        }
    }

    private List<MathNode> ParseAtomCore(Token first)
    {
        var primary = first.Kind is TokenKind.Superscript or TokenKind.Subscript || first.IsCharacter('\'')
            ? new Primary(RowNode.Empty)
            : ParsePrimary();

        var limits = primary.Limits;
        while (Peek() is { Kind: TokenKind.Command, Text: "limits" or "nolimits" } modifier)
        {
            if (!primary.TakesLimits)
            {
                throw new TexException($"'\\{modifier.Text}' must follow an operator such as \\sum or \\max.", modifier.Offset);
            }

            Next();
            limits = modifier.Text == "limits";
        }

        MathNode? sub = null;
        MathNode? sup = null;
        var primes = new List<MathNode>();
        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.Superscript)
            {
                Next();
                sup = sup is null ? ParseScript(token) : throw new TexException("Double superscript: use braces, e.g. x^{ab}.", token.Offset);
            }
            else if (token.Kind == TokenKind.Subscript)
            {
                Next();
                sub = sub is null ? ParseScript(token) : throw new TexException("Double subscript: use braces, e.g. x_{ab}.", token.Offset);
            }
            else if (token.IsCharacter('\''))
            {
                Next();
                primes.Add(new OperatorNode("\u2032") { Tight = true });
            }
            else
            {
                break;
            }
        }

        // Primes follow the base unscripted: U+2032 is already a raised glyph, and as a superscript
        // it would shrink and float too high in Chromium. With scripts, base and primes form the script base.
        List<MathNode> result;
        if (sub is null && sup is null)
        {
            result = [primary.Node, .. primes];
        }
        else
        {
            var scriptBase = primes.Count == 0 ? primary.Node : new RowNode([primary.Node, .. primes]);
            result = [new ScriptNode(scriptBase, sub, sup, limits)];
        }

        if (primary.IsFunction)
        {
            result.Add(new OperatorNode("\u2061"));
            if (!IsStop(Peek(), stopAtBracket: true) && !StartsWithOpeningDelimiter(Peek()))
            {
                result.Add(new SpaceNode(3.0 / 18));
            }
        }

        return result;
    }

    private static bool StartsWithOpeningDelimiter(Token token) =>
        token.IsCharacter('(') || token.IsCharacter('[') || token.IsCommand("left")
        || (token.Kind == TokenKind.Command && Delimiters.TryResolve(token, out var text) && text is not null && Delimiters.IsOpening(text));

    private MathNode ParseScript(Token owner) => WithStyle(false, () => ParseArgument(owner));

    /// <summary>Parses a mandatory argument: a braced group or a single token.</summary>
    private MathNode ParseArgument(Token owner)
    {
        var token = Peek();
        if (token.Kind == TokenKind.BeginGroup)
        {
            return ParseGroup();
        }

        if (IsStop(token, stopAtBracket: false) || token.Kind is TokenKind.Superscript or TokenKind.Subscript)
        {
            throw new TexException($"Missing argument for '{owner.Display}'.", owner.Offset);
        }

        if (token.Kind == TokenKind.Character && char.IsAsciiDigit(token.Text[0]))
        {
            Next();
            return new NumberNode(MathAlphabets.Map(token.Text, font));
        }

        return ParsePrimary().Node;
    }

    /// <summary>Parses <c>{ … }</c> into a row.</summary>
    private RowNode ParseGroup()
    {
        var open = Next();
        var nodes = ParseExpression();
        ExpectEndGroup(open);
        return new RowNode(nodes);
    }

    private void ExpectEndGroup(Token open)
    {
        var close = Peek();
        if (close.Kind == TokenKind.EndGroup)
        {
            Next();
            return;
        }

        throw close.Kind == TokenKind.End
            ? new TexException("Unbalanced braces: this '{' is never closed.", open.Offset)
            : Unexpected(close);
    }

    private T WithStyle<T>(bool display, Func<T> parse)
    {
        var saved = displayStyle;
        displayStyle = display;
        try
        {
            return parse();
        }
        finally
        {
            displayStyle = saved;
        }
    }

    private T WithFont<T>(MathFont newFont, Func<T> parse)
    {
        var saved = font;
        font = newFont;
        try
        {
            return parse();
        }
        finally
        {
            font = saved;
        }
    }

    /// <summary>Builds the error for a token that cannot appear where it was found.</summary>
    private static TexException Unexpected(Token token) => token switch
    {
        { Kind: TokenKind.EndGroup } => new TexException("Unbalanced braces: unexpected '}'.", token.Offset),
        { Kind: TokenKind.Alignment } => new TexException("Unexpected '&': alignment is only allowed inside an environment such as aligned or cases.", token.Offset),
        { Kind: TokenKind.Command, Text: "\\" } => new TexException("Unexpected '\\\\': line breaks are only allowed inside an environment such as aligned or cases.", token.Offset),
        { Kind: TokenKind.Command, Text: "end" } => new TexException("'\\end' without matching '\\begin'.", token.Offset),
        { Kind: TokenKind.Command, Text: "right" } => new TexException("'\\right' without matching '\\left'.", token.Offset),
        { Kind: TokenKind.Command, Text: "middle" } => new TexException("'\\middle' without matching '\\left'.", token.Offset),
        _ => new TexException($"Unexpected '{token.Display}'.", token.Offset),
    };
}
