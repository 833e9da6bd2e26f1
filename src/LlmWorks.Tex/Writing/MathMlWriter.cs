namespace LlmWorks.Tex.Writing;

using System.Globalization;
using System.Text;
using LlmWorks.Tex.Syntax;

/// <summary>Serializes a <see cref="MathNode"/> tree as MathML Core markup.</summary>
internal sealed class MathMlWriter
{
    /// <summary>The MathML namespace URI.</summary>
    public const string Namespace = "http://www.w3.org/1998/Math/MathML";

    private readonly StringBuilder builder = new();

    private MathMlWriter()
    {
    }

    /// <summary>Writes the complete <c>&lt;math&gt;</c> element with the TeX source as annotation.</summary>
    public static string Write(RowNode root, string tex, bool display)
    {
        var writer = new MathMlWriter();
        var b = writer.builder;
        b.Append("<math xmlns=\"").Append(Namespace).Append("\" display=\"").Append(display ? "block" : "inline").Append("\">");
        b.Append("<semantics>");
        writer.WriteRow(root);
        b.Append("<annotation encoding=\"application/x-tex\">");
        XmlText.Append(b, tex);
        b.Append("</annotation></semantics></math>");
        return b.ToString();
    }

    private void Write(MathNode node)
    {
        switch (node)
        {
            case RowNode row:
                WriteRow(row);
                break;
            case IdentifierNode identifier:
                var normal = identifier.Upright && IsSingleCharacter(identifier.Text) ? " mathvariant=\"normal\"" : string.Empty;
                Token("mi" + normal, "mi", identifier.Text);
                break;
            case NumberNode number:
                Token("mn", "mn", number.Text);
                break;
            case TextNode text:
                // Spaces become no-break spaces: browsers drop leading/trailing white space of a token element.
                Token("mtext", "mtext", text.Text.Replace(' ', '\u00A0'));
                break;
            case SpaceNode space:
                WriteSpace(space);
                break;
            case OperatorNode op:
                Token("mo" + OperatorWriter.Attributes(op), "mo", op.Text);
                break;
            case FractionNode fraction:
                WriteFraction(fraction);
                break;
            case RootNode { Index: null } sqrt:
                Element("msqrt", sqrt.Body);
                break;
            case RootNode root:
                Element("mroot", root.Body, root.Index!);
                break;
            case ScriptNode script:
                WriteScript(script);
                break;
            case AccentNode accent:
                builder.Append("<mover accent=\"true\">");
                WriteArgument(accent.Base);
                Token(accent.Stretchy ? "mo stretchy=\"true\"" : "mo stretchy=\"false\"", "mo", accent.Accent);
                builder.Append("</mover>");
                break;
            case FencedNode fenced:
                WriteFenced(fenced);
                break;
            case TableNode table:
                TableWriter.Write(builder, table, WriteArgument);
                break;
            default:
                throw new InvalidOperationException($"No MathML mapping for {node.GetType().Name}.");
        }
    }

    private void WriteRow(RowNode row)
    {
        builder.Append("<mrow>");
        foreach (var child in row.Children)
        {
            Write(child);
        }

        builder.Append("</mrow>");
    }

    /// <summary>Writes an argument of a layout element; a one-child row collapses to that child.</summary>
    private void WriteArgument(MathNode node) => Write(node is RowNode { Children: [var only] } ? only : node);

    private void Element(string name, params MathNode[] children)
    {
        builder.Append('<').Append(name).Append('>');
        foreach (var child in children)
        {
            WriteArgument(child);
        }

        builder.Append("</").Append(name).Append('>');
    }

    private void Token(string open, string close, string text)
    {
        builder.Append('<').Append(open).Append('>');
        XmlText.Append(builder, text);
        builder.Append("</").Append(close).Append('>');
    }

    private void WriteSpace(SpaceNode space)
    {
        var width = System.Math.Abs(space.WidthEm).ToString("0.####", CultureInfo.InvariantCulture) + "em";
        builder.Append(space.WidthEm >= 0
            ? $"<mspace width=\"{width}\"></mspace>"
            : $"<mspace style=\"margin-left:-{width}\"></mspace>");
    }

    private void WriteFraction(FractionNode fraction)
    {
        if (fraction.DisplayStyle is { } display)
        {
            builder.Append("<mstyle displaystyle=\"").Append(display ? "true" : "false").Append("\" scriptlevel=\"0\">");
        }

        Element("mfrac", fraction.Numerator, fraction.Denominator);
        if (fraction.DisplayStyle is not null)
        {
            builder.Append("</mstyle>");
        }
    }

    private void WriteScript(ScriptNode script)
    {
        var (sub, sup) = script.Limits ? ("munder", "mover") : ("msub", "msup");
        var both = script.Limits ? "munderover" : "msubsup";
        if (script.Sub is not null && script.Sup is not null)
        {
            Element(both, script.Base, script.Sub, script.Sup);
        }
        else if (script.Sub is not null)
        {
            Element(sub, script.Base, script.Sub);
        }
        else
        {
            Element(sup, script.Base, script.Sup!);
        }
    }

    private void WriteFenced(FencedNode fenced)
    {
        builder.Append("<mrow>");
        if (fenced.Open is not null)
        {
            Token("mo fence=\"true\" form=\"prefix\" stretchy=\"true\"", "mo", fenced.Open);
        }

        var body = fenced.Body is RowNode row ? row.Children : [fenced.Body];
        foreach (var child in body)
        {
            Write(child);
        }

        if (fenced.Close is not null)
        {
            Token("mo fence=\"true\" form=\"postfix\" stretchy=\"true\"", "mo", fenced.Close);
        }

        builder.Append("</mrow>");
    }

    private static bool IsSingleCharacter(string text) =>
        text.Length == 1 || (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]));
}
