using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Convexity;

/// <summary>
/// The logistic model's two parameters as this page shows them. Numerics orders θ as [b0, b1]; the original explorer
/// draws the slope (b1, its m) across and the intercept (b0, its b) in depth, so every figure swaps them here, once.
/// </summary>
internal static class LogisticAxes
{
    /// <summary>The intercept's name in front matter and θ (index 0).</summary>
    public static string B0 => Models.ParameterNames(ModelKind.Logistic)[0];

    /// <summary>The slope's name in front matter and θ (index 1).</summary>
    public static string B1 => Models.ParameterNames(ModelKind.Logistic)[1];

    /// <summary>Axis label of the slope.</summary>
    public static string B1Label => $"{B1} (slope m)";

    /// <summary>Axis label of the intercept.</summary>
    public static string B0Label => $"{B0} (intercept b)";

    /// <summary>θ in Numerics order from the page's (b1, b0).</summary>
    public static double[] Theta(double b1, double b0) => [b0, b1];

    /// <summary>"b1 −0.80, b0 −2.00".</summary>
    public static string Point(IReadOnlyList<double> theta, int decimals = 2) =>
        $"{B1} {Formatting.Fmt.Num(theta[1], decimals)}, {B0} {Formatting.Fmt.Num(theta[0], decimals)}";

    /// <summary>Smaller eigenvalue of a symmetric 2×2 Hessian: positive means curved upwards in every direction.</summary>
    public static double MinCurvature(double[,] h)
    {
        var mean = (h[0, 0] + h[1, 1]) / 2;
        var radius = Math.Sqrt((h[0, 0] - h[1, 1]) * (h[0, 0] - h[1, 1]) / 4 + h[0, 1] * h[0, 1]);
        return mean - radius;
    }
}
