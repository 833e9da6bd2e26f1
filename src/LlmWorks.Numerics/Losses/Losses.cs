namespace LlmWorks.Numerics;

/// <summary>
/// Loss values and their exact first and second derivatives. Exact derivatives (not finite differences) are what make
/// the gradient-descent traces and the convexity maps trustworthy down to the last digit.
/// </summary>
public static class Losses
{
    private static readonly IReadOnlyList<LossKind> Regression = Array.AsReadOnly([LossKind.Sse, LossKind.Mse, LossKind.Rmse]);
    private static readonly IReadOnlyList<LossKind> Classification = Array.AsReadOnly([LossKind.LogLoss, LossKind.ProbabilityMse]);

    /// <summary>Loss of <paramref name="theta"/> on <paramref name="d"/>.</summary>
    public static double Evaluate(ModelKind m, LossKind l, Dataset d, ReadOnlySpan<double> theta)
    {
        Check(m, l, d, theta);
        return l switch
        {
            LossKind.Sse => LeastSquaresTerms.Sse(m, d, theta),
            LossKind.Mse => LeastSquaresTerms.Sse(m, d, theta) / d.Count,
            LossKind.Rmse => Math.Sqrt(LeastSquaresTerms.Sse(m, d, theta) / d.Count),
            LossKind.LogLoss => LogisticTerms.LogLoss(d, theta),
            _ => LogisticTerms.ProbabilityMse(d, theta),
        };
    }

    /// <summary>
    /// Exact gradient in parameter order. RMSE is not differentiable where it is 0 (a perfect fit); there the
    /// gradient is reported as zeros, which is the minimum-norm subgradient and lets descent stop cleanly.
    /// </summary>
    public static double[] Gradient(ModelKind m, LossKind l, Dataset d, ReadOnlySpan<double> theta)
    {
        Check(m, l, d, theta);
        if (m == ModelKind.Logistic)
        {
            return LogisticTerms.Gradient(l, d, theta);
        }

        var g = LeastSquaresTerms.SseGradient(m, d, theta);
        var scale = l switch
        {
            LossKind.Sse => 1.0,
            LossKind.Mse => 1.0 / d.Count,
            _ => RmseChain(m, d, theta),
        };
        for (var j = 0; j < g.Length; j++)
        {
            g[j] *= scale;
        }

        return g;
    }

    /// <summary>
    /// Exact Hessian. For RMSE, ∇²√M = ∇²M/(2√M) − ∇M∇Mᵀ/(4M^{3/2}) with M the MSE; at a perfect fit (M = 0) RMSE has
    /// no second derivative and every entry is NaN.
    /// </summary>
    public static double[,] Hessian(ModelKind m, LossKind l, Dataset d, ReadOnlySpan<double> theta)
    {
        Check(m, l, d, theta);
        if (m == ModelKind.Logistic)
        {
            return LogisticTerms.Hessian(l, d, theta);
        }

        var p = theta.Length;
        var h = LeastSquaresTerms.SseHessian(m, d, p);
        if (l == LossKind.Sse)
        {
            return h;
        }

        var n = d.Count;
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k < p; k++)
            {
                h[j, k] /= n;
            }
        }

        if (l == LossKind.Mse)
        {
            return h;
        }

        var mse = LeastSquaresTerms.Sse(m, d, theta) / n;
        var rmse = Math.Sqrt(mse);
        var g = LeastSquaresTerms.SseGradient(m, d, theta);
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k < p; k++)
            {
                h[j, k] = mse == 0 ? double.NaN : h[j, k] / (2 * rmse) - (g[j] / n) * (g[k] / n) / (4 * mse * rmse);
            }
        }

        return h;
    }

    /// <summary>The losses a figure reports for a model, in display order.</summary>
    public static IReadOnlyList<LossKind> ReportedFor(ModelKind m) => m == ModelKind.Logistic ? Classification : Regression;

    /// <summary>Short lowercase key for file names and front matter; probability-MSE is just "mse" since the model disambiguates it.</summary>
    public static string Key(LossKind l) => l switch
    {
        LossKind.Sse => "sse",
        LossKind.Mse => "mse",
        LossKind.Rmse => "rmse",
        LossKind.LogLoss => "logloss",
        LossKind.ProbabilityMse => "mse",
        _ => throw new ArgumentOutOfRangeException(nameof(l), l, "unknown loss kind"),
    };

    /// <summary>Parses a loss key for a given model; "mse" of a logistic model means probability-MSE.</summary>
    public static LossKind Parse(string name, ModelKind m)
    {
        ArgumentNullException.ThrowIfNull(name);
        LossKind? kind = name.Trim().ToLowerInvariant() switch
        {
            "sse" => LossKind.Sse,
            "mse" => m == ModelKind.Logistic ? LossKind.ProbabilityMse : LossKind.Mse,
            "rmse" => LossKind.Rmse,
            "logloss" => LossKind.LogLoss,
            _ => null,
        };
        if (kind is { } k && IsValidFor(m, k))
        {
            return k;
        }

        var valid = string.Join(", ", ReportedFor(m).Select(Key));
        throw new ArgumentException(
            $"loss '{name}' is not available for a {m.ToString().ToLowerInvariant()} model; valid losses: {valid}", nameof(name));
    }

    /// <summary>Whether the loss is defined for the model: squared-error losses for regression, log-loss and probability-MSE for logistic.</summary>
    public static bool IsValidFor(ModelKind m, LossKind l) =>
        m == ModelKind.Logistic
            ? l is LossKind.LogLoss or LossKind.ProbabilityMse
            : l is LossKind.Sse or LossKind.Mse or LossKind.Rmse;

    private static double RmseChain(ModelKind m, Dataset d, ReadOnlySpan<double> theta)
    {
        // ∇√M = ∇M / (2√M) and ∇M = ∇SSE / n, so the factor on ∇SSE is 1 / (2n√M).
        var rmse = Math.Sqrt(LeastSquaresTerms.Sse(m, d, theta) / d.Count);
        return rmse == 0 ? 0.0 : 1.0 / (2.0 * d.Count * rmse);
    }

    internal static void Check(ModelKind m, LossKind l, Dataset d, ReadOnlySpan<double> theta)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (!IsValidFor(m, l))
        {
            throw new ArgumentException(
                $"loss {Key(l)} is not defined for a {m.ToString().ToLowerInvariant()} model", nameof(l));
        }

        Models.CheckTheta(m, theta);
        if (d.Count == 0)
        {
            throw new ArgumentException($"dataset '{d.Source}' has no points, so the loss is undefined", nameof(d));
        }

        if (m == ModelKind.Logistic)
        {
            CheckLabels(d);
        }
    }

    internal static void CheckLabels(Dataset d)
    {
        for (var i = 0; i < d.Count; i++)
        {
            if (d.Y[i] is not (0.0 or 1.0))
            {
                throw new ArgumentException(
                    $"logistic models need 0/1 labels, but {d.YName} = {Fmt.N(d.Y[i])} at point {i + 1} of '{d.Source}'", nameof(d));
            }
        }
    }
}
