namespace LlmWorks.Numerics;

/// <summary>
/// Detects the data patterns for which the logistic likelihood has no unique finite maximiser. In one dimension
/// (complete or quasi-) separation means some threshold on x puts each class on its own side, ties allowed.
/// </summary>
internal static class Separation
{
    /// <summary>Why no finite unique MLE exists, or null when one does.</summary>
    public static string? Explain(Dataset d)
    {
        var ones = d.Y.Count(y => y == 1.0);
        var n = d.Count;
        if (ones == 0 || ones == n)
        {
            return $"all {n} labels are {(ones == 0 ? 0 : 1)}: the log-loss keeps falling as b0 → {(ones == 0 ? "−∞" : "+∞")}, so there is no finite optimum";
        }

        double min0 = double.PositiveInfinity, max0 = double.NegativeInfinity;
        double min1 = double.PositiveInfinity, max1 = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            if (d.Y[i] == 1.0)
            {
                min1 = Math.Min(min1, d.X[i]);
                max1 = Math.Max(max1, d.X[i]);
            }
            else
            {
                min0 = Math.Min(min0, d.X[i]);
                max0 = Math.Max(max0, d.X[i]);
            }
        }

        if (Math.Min(min0, min1) == Math.Max(max0, max1))
        {
            return $"all {n} points share x = {Fmt.N(min0)}: b0 is fixed by the class share but b1 (the slope) is not identifiable, so there is no unique optimum";
        }

        if (max0 < min1 || max1 < min0)
        {
            var (lo, hi) = max0 < min1 ? (max0, min1) : (max1, min0);
            return $"the classes are perfectly separated (every x ≤ {Fmt.N(lo)} has one label, every x ≥ {Fmt.N(hi)} the other): "
                + "the log-loss keeps falling as |b1| → ∞, so there is no finite optimum";
        }

        if (max0 == min1 || max1 == min0)
        {
            var at = max0 == min1 ? max0 : max1;
            return $"the classes are quasi-separated: they meet only at x = {Fmt.N(at)}, and on either side each class is alone; "
                + "the log-loss keeps falling as |b1| → ∞, so there is no finite optimum";
        }

        return null;
    }
}
