using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Formatting;

/// <summary>Models and losses as they are written on a page.</summary>
public static class ModelText
{
    /// <summary>"y = 6.50x + 3.50", "y = 0.10x² + 0.50x + 5.00", "ŷ = σ(−11.13 + 2.62x)".</summary>
    public static string Equation(ModelKind model, IReadOnlyList<double> p, int decimals = 2) => model switch
    {
        ModelKind.Linear => $"y = {Fmt.Num(p[0], decimals)}x {Fmt.Signed(p[1], decimals)}",
        ModelKind.Quadratic => $"y = {Fmt.Num(p[0], decimals)}x\u00b2 {Fmt.Signed(p[1], decimals)}x {Fmt.Signed(p[2], decimals)}",
        _ => $"\u0177 = \u03c3({Fmt.Num(p[0], decimals)} {Fmt.Signed(p[1], decimals)}x)",
    };

    /// <summary>The loss's display name: SSE, MSE, RMSE, log-loss, MSE of probabilities.</summary>
    public static string LossName(LossKind loss) => loss switch
    {
        LossKind.Sse => "SSE",
        LossKind.Mse => "MSE",
        LossKind.Rmse => "RMSE",
        LossKind.LogLoss => "log-loss",
        _ => "MSE of probabilities",
    };

    /// <summary>Decimals that show a loss well: more for small values.</summary>
    public static int LossDecimals(double value) => Math.Abs(value) >= 100 ? 2 : Math.Abs(value) >= 1 ? 3 : 4;

    /// <summary>"slope 6.50, intercept 3.50".</summary>
    public static string Parameters(ModelKind model, IReadOnlyList<double> p, int decimals = 2) =>
        string.Join(", ", Models.ParameterNames(model).Select((n, i) => $"{n} {Fmt.Num(p[i], decimals)}"));
}
