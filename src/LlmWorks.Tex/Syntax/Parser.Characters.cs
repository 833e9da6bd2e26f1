namespace LlmWorks.Tex.Syntax;

using System.Globalization;
using System.Text;
using LlmWorks.Tex.Symbols;

/// <summary>Primaries made of plain characters: numbers, letters, operator characters and groups.</summary>
internal sealed partial class Parser
{
    private Primary ParsePrimary()
    {
        var token = Peek();
        switch (token.Kind)
        {
            case TokenKind.BeginGroup:
                return new Primary(ParseGroup());
            case TokenKind.Command:
                Next();
                return ParseCommand(token);
            case TokenKind.Character:
                Next();
                return new Primary(ParseCharacter(token));
            default:
                throw Unexpected(token);
        }
    }

    private MathNode ParseCharacter(Token token)
    {
        var text = token.Text;
        var c = text[0];
        if (char.IsAsciiDigit(c) || (c == '.' && NextRawIsDigit()))
        {
            return ParseNumber(token);
        }

        if (char.IsLetter(text, 0))
        {
            return font == MathFont.Roman ? ParseRomanWord(token) : new IdentifierNode(MathAlphabets.Map(text, font));
        }

        if (c == '~')
        {
            return new SpaceNode(1.0 / 3);
        }

        var op = OperatorSymbols.FromCharacter(c);
        if (op is not null)
        {
            return CharacterOperator(op);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(text, 0);
        if (category is UnicodeCategory.MathSymbol or UnicodeCategory.DashPunctuation or UnicodeCategory.OtherPunctuation
            && c is not '#' and not '$' and not '"')
        {
            return new OperatorNode(text);
        }

        throw new TexException($"Unsupported character '{text}'.", token.Offset);
    }

    private static OperatorNode CharacterOperator(string op) => op switch
    {
        "(" or "[" => new OperatorNode(op) { Fence = true, Form = OperatorForm.Prefix, Stretchy = false },
        ")" or "]" => new OperatorNode(op) { Fence = true, Form = OperatorForm.Postfix, Stretchy = false },
        "!" => new OperatorNode(op) { Form = OperatorForm.Postfix, Stretchy = false },
        "|" or "/" => new OperatorNode(op) { Stretchy = false },
        _ => new OperatorNode(op),
    };

    private bool NextRawIsDigit()
    {
        var next = PeekRaw();
        return next.Kind == TokenKind.Character && char.IsAsciiDigit(next.Text[0]);
    }

    /// <summary>Reads adjacent digits with at most one decimal point into one number, e.g. <c>12.5</c>.</summary>
    private NumberNode ParseNumber(Token first)
    {
        var builder = new StringBuilder(first.Text);
        var seenPoint = first.Text == ".";
        while (true)
        {
            var next = PeekRaw();
            if (next.Kind != TokenKind.Character)
            {
                break;
            }

            var c = next.Text[0];
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (c == '.' && !seenPoint && tokens[position + 1] is { Kind: TokenKind.Character } after && char.IsAsciiDigit(after.Text[0]))
            {
                seenPoint = true;
                builder.Append(c);
            }
            else
            {
                break;
            }

            position++;
        }

        var digits = builder.ToString();
        if (font is MathFont.Bold or MathFont.DoubleStruck)
        {
            var mapped = new StringBuilder();
            foreach (var d in digits)
            {
                mapped.Append(MathAlphabets.Map(d.ToString(), font));
            }

            digits = mapped.ToString();
        }

        return new NumberNode(digits);
    }

    /// <summary>In upright (roman) font, adjacent letters form one identifier, e.g. <c>\mathrm{MSE}</c>.</summary>
    private IdentifierNode ParseRomanWord(Token first)
    {
        var builder = new StringBuilder(first.Text);
        while (PeekRaw() is { Kind: TokenKind.Character } next && char.IsLetter(next.Text, 0))
        {
            builder.Append(next.Text);
            position++;
        }

        return new IdentifierNode(builder.ToString(), Upright: true);
    }
}
