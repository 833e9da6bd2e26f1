namespace LlmWorks.Tex.Syntax;

/// <summary>
/// Marks a leading <c>+</c>/<c>−</c> (at the start of a row or after another operator) as a prefix
/// operator, so the browser does not add binary-operator spacing, e.g. in <c>= -1</c> or <c>e^{-z}</c>.
/// </summary>
internal static class PrefixOperators
{
    /// <summary>Rewrites <paramref name="nodes"/> in place.</summary>
    /// <param name="nodes">The children of one row.</param>
    /// <param name="leadingOrdinary">True when the row continues after an implicit ordinary atom (aligned's right-hand cells).</param>
    public static void Apply(List<MathNode> nodes, bool leadingOrdinary)
    {
        var afterOperator = !leadingOrdinary;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node is SpaceNode)
            {
                continue;
            }

            if (afterOperator && node is OperatorNode { Text: "\u2212" or "+" or "\u00B1" or "\u2213", Form: OperatorForm.Default } sign)
            {
                nodes[i] = sign with { Form = OperatorForm.Prefix };
                continue;
            }

            afterOperator = IsOperatorLike(node);
        }
    }

    /// <summary>True when <paramref name="node"/> behaves like an operator (binary, relation, opening fence) for spacing.</summary>
    /// <remarks>Ellipses stand for omitted terms (TeX's inner atoms): in <c>x_2 + \cdots + x_p</c> both signs are binary.</remarks>
    internal static bool IsOperatorLike(MathNode node) => node switch
    {
        OperatorNode { Text: "\u2061" or "\u2026" or "\u22EF" or "\u22EE" or "\u22F1" } => false,
        OperatorNode op => op.Form != OperatorForm.Postfix && op.Text != "|" && op.Text != "\u2016" && !op.Tight,
        ScriptNode { Base: OperatorNode { IsLargeOperator: true } } => true,
        _ => false,
    };
}
