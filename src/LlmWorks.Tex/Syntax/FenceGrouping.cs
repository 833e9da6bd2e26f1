namespace LlmWorks.Tex.Syntax;

/// <summary>
/// When a script attaches to a closing fence, as in <c>(y - \hat{y})^2</c>, the whole parenthesized
/// group becomes the script base (an <c>&lt;mrow&gt;</c>), as Temml does, so the script is placed against the group.
/// </summary>
internal static class FenceGrouping
{
    /// <summary>
    /// Removes the nodes from the matching opening fence to the end of <paramref name="row"/> and returns them,
    /// with <paramref name="close"/>, as one row; returns <paramref name="close"/> alone when there is no opening fence.
    /// </summary>
    public static MathNode Take(List<MathNode> row, OperatorNode close)
    {
        var depth = 0;
        for (var k = row.Count - 1; k >= 0; k--)
        {
            if (row[k] is not OperatorNode { Fence: true } fence)
            {
                continue;
            }

            if (fence.Form == OperatorForm.Postfix)
            {
                depth++;
            }
            else if (fence.Form == OperatorForm.Prefix && depth-- == 0)
            {
                var group = row.GetRange(k, row.Count - k);
                row.RemoveRange(k, row.Count - k);
                group.Add(close);
                PrefixOperators.Apply(group, leadingOrdinary: false);
                FunctionSpacing.Apply(group);
                return new RowNode(group);
            }
        }

        return close;
    }
}
