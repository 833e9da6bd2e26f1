namespace LlmWorks.Tex.Writing;

using System.Text;
using LlmWorks.Tex.Syntax;

/// <summary>Builds the attribute list of an <c>&lt;mo&gt;</c> element.</summary>
internal static class OperatorWriter
{
    /// <summary>Returns the attributes (with a leading space each) for <paramref name="op"/>.</summary>
    public static string Attributes(OperatorNode op)
    {
        var b = new StringBuilder();
        if (op.Fence)
        {
            b.Append(" fence=\"true\"");
        }

        b.Append(op.Form switch
        {
            OperatorForm.Prefix => " form=\"prefix\"",
            OperatorForm.Postfix => " form=\"postfix\"",
            OperatorForm.Infix => " form=\"infix\"",
            _ => string.Empty,
        });
        if (op.Stretchy is { } stretchy)
        {
            b.Append(stretchy ? " stretchy=\"true\"" : " stretchy=\"false\"");
        }

        if (op.FixedLimits)
        {
            b.Append(" movablelimits=\"false\"");
        }

        if (op.Tight)
        {
            b.Append(" lspace=\"0em\" rspace=\"0em\"");
        }

        return b.ToString();
    }
}
