namespace LlmWorks.Numerics;

/// <summary>
/// Model definitions shared by losses, optimisers and landscapes, so that every part of the library agrees on
/// parameter order and on what a prediction is.
/// </summary>
public static class Models
{
    private static readonly IReadOnlyList<string> LinearNames = Array.AsReadOnly(["slope", "intercept"]);
    private static readonly IReadOnlyList<string> QuadraticNames = Array.AsReadOnly(["a", "b", "c"]);
    private static readonly IReadOnlyList<string> LogisticNames = Array.AsReadOnly(["b0", "b1"]);

    /// <summary>Parameter names in the order every θ vector uses.</summary>
    public static IReadOnlyList<string> ParameterNames(ModelKind k) => k switch
    {
        ModelKind.Linear => LinearNames,
        ModelKind.Quadratic => QuadraticNames,
        ModelKind.Logistic => LogisticNames,
        _ => throw new ArgumentOutOfRangeException(nameof(k), k, "unknown model kind"),
    };

    /// <summary>Prediction at <paramref name="x"/>; for logistic models this is the probability of class 1.</summary>
    public static double Predict(ModelKind k, ReadOnlySpan<double> theta, double x)
    {
        CheckTheta(k, theta);
        return k switch
        {
            ModelKind.Linear => theta[0] * x + theta[1],
            ModelKind.Quadratic => (theta[0] * x + theta[1]) * x + theta[2],
            _ => Sigmoid(theta[0] + theta[1] * x),
        };
    }

    /// <summary>Logistic function, evaluated so that neither branch overflows for large |z|.</summary>
    public static double Sigmoid(double z)
    {
        if (z >= 0)
        {
            return 1.0 / (1.0 + Math.Exp(-z));
        }

        var e = Math.Exp(z);
        return e / (1.0 + e);
    }

    /// <summary>Parses a model name as typed on a command line or in front matter.</summary>
    public static ModelKind Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "linear" => ModelKind.Linear,
            "quadratic" => ModelKind.Quadratic,
            "logistic" => ModelKind.Logistic,
            _ => throw new ArgumentException($"unknown model '{name}'; valid models: linear, quadratic, logistic", nameof(name)),
        };
    }

    internal static void CheckTheta(ModelKind k, ReadOnlySpan<double> theta)
    {
        var p = ParameterNames(k).Count;
        if (theta.Length != p)
        {
            throw new ArgumentException(
                $"a {k.ToString().ToLowerInvariant()} model has {p} parameters ({string.Join(", ", ParameterNames(k))}) but {theta.Length} values were given",
                nameof(theta));
        }
    }
}
