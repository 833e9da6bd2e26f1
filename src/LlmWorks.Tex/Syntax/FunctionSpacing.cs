namespace LlmWorks.Tex.Syntax;

/// <summary>
/// Inserts TeX's thin space between an ordinary atom and a following function name, e.g. in
/// <c>y_i \log \hat{y}_i</c> or <c>(1-y)\log(x)</c>; browsers add no space around <c>&lt;mi&gt;log&lt;/mi&gt;</c>.
/// </summary>
internal static class FunctionSpacing
{
    /// <summary>Rewrites <paramref name="nodes"/> in place.</summary>
    public static void Apply(List<MathNode> nodes)
    {
        for (var i = nodes.Count - 1; i >= 2; i--)
        {
            if (nodes[i] is OperatorNode { Text: "\u2061" } && nodes[i - 2] is not SpaceNode && !PrefixOperators.IsOperatorLike(nodes[i - 2]))
            {
                nodes.Insert(i - 1, new SpaceNode(3.0 / 18));
            }
        }
    }
}
