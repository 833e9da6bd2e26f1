namespace LlmWorks.Numerics;

/// <summary>Eigenvalues of a symmetric 2×2 matrix in closed form; all the convexity study needs.</summary>
public static class SymmetricEigen2
{
    /// <summary>
    /// (smaller, larger) eigenvalue of [[a, b], [b, c]]. The larger-magnitude one comes from mean ± radius directly and the
    /// other from det / that one, so a tiny eigenvalue keeps its sign and digits instead of cancelling.
    /// </summary>
    public static (double Min, double Max) Values(double a, double b, double c)
    {
        var mean = (a + c) / 2;
        var half = (a - c) / 2;
        var radius = Math.Sqrt(half * half + b * b);
        var big = mean >= 0 ? mean + radius : mean - radius;
        var small = big == 0 ? 0 : (a * c - b * b) / big;
        return big >= small ? (small, big) : (big, small);
    }
}
