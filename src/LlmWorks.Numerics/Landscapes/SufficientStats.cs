namespace LlmWorks.Numerics;

/// <summary>
/// Everything the SSE of a linear or quadratic model needs, so a landscape cell costs O(1) whatever the dataset size.
/// The sums are of centred data, u = x − x̄ and w = y − ȳ: raw power sums like Σx⁴ are huge next to the SSE
/// near the optimum, and expanding the SSE from them cancels away most digits.
/// </summary>
/// <param name="Count">n.</param>
/// <param name="MeanX">x̄.</param>
/// <param name="MeanY">ȳ.</param>
/// <param name="Suu">Σu².</param>
/// <param name="Suw">Σuw.</param>
/// <param name="Sww">Σw².</param>
/// <param name="Su3">Σu³.</param>
/// <param name="Su4">Σu⁴.</param>
/// <param name="Su2w">Σu²w.</param>
public sealed record SufficientStats(int Count, double MeanX, double MeanY, double Suu, double Suw, double Sww, double Su3, double Su4, double Su2w)
{
    /// <summary>Two passes over the data: means first, then sums of centred powers.</summary>
    public static SufficientStats From(Dataset d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (d.Count == 0)
        {
            throw new ArgumentException($"dataset '{d.Source}' has no points", nameof(d));
        }

        var mx = d.X.Average();
        var my = d.Y.Average();
        double suu = 0, suw = 0, sww = 0, su3 = 0, su4 = 0, su2w = 0;
        for (var i = 0; i < d.Count; i++)
        {
            var u = d.X[i] - mx;
            var w = d.Y[i] - my;
            var u2 = u * u;
            suu += u2;
            suw += u * w;
            sww += w * w;
            su3 += u2 * u;
            su4 += u2 * u2;
            su2w += u2 * w;
        }

        return new SufficientStats(d.Count, mx, my, suu, suw, sww, su3, su4, su2w);
    }

    /// <summary>
    /// SSE of y = slope·x + intercept. With δ = slope·x̄ + intercept − ȳ the residual is w − slope·u − δ, and since
    /// Σu = Σw = 0: SSE = Σw² − 2·slope·Σuw + slope²·Σu² + n·δ².
    /// </summary>
    public double Sse(double slope, double intercept)
    {
        var delta = slope * MeanX + intercept - MeanY;
        return Math.Max(0.0, Sww - 2 * slope * Suw + slope * slope * Suu + Count * delta * delta);
    }

    /// <summary>
    /// SSE of y = a·x² + b·x + c. In u the model is a·u² + B·u + C with B = 2a·x̄ + b and C = a·x̄² + b·x̄ + c − ȳ; expanding
    /// Σ(w − a·u² − B·u − C)² with Σu = Σw = 0 leaves only the stored sums.
    /// </summary>
    public double Sse(double a, double b, double c)
    {
        var bu = 2 * a * MeanX + b;
        var cu = (a * MeanX + b) * MeanX + c - MeanY;
        var sse = Sww + a * a * Su4 + bu * bu * Suu + Count * cu * cu
            - 2 * a * Su2w - 2 * bu * Suw + 2 * a * bu * Su3 + 2 * a * cu * Suu;
        return Math.Max(0.0, sse);
    }

    /// <summary>The c minimising the quadratic SSE for given a and b: mean(y − a·x² − b·x), here from the centred sums.</summary>
    public double BestC(double a, double b) => MeanY - (a * MeanX + b) * MeanX - a * Suu / Count;
}
