using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Logistic;

/// <summary>One sigmoid scenario's numbers: σ(β₀ + β₁x) and the probe x, as the original's read-out line shows them.</summary>
internal sealed record SigmoidProbe(double B0, double B1, double X)
{
    /// <summary>z = β₀ + β₁·x.</summary>
    public double Z => B0 + B1 * X;

    /// <summary>e^(−z), the middle term of 1/(1 + e^(−z)).</summary>
    public double ExpMinusZ => Math.Exp(-Z);

    /// <summary>p = σ(z), from Numerics.</summary>
    public double P => Predict(X);

    /// <summary>The probe is class 1 when p &gt; 0.5 (the original's colour rule).</summary>
    public bool Positive => P > 0.5;

    /// <summary>x where z = 0 and p = 0.5, or null when β₁ = 0 (then p is σ(β₀) everywhere).</summary>
    public double? DecisionPoint => B1 == 0 ? null : -B0 / B1;

    /// <summary>σ(β₀ + β₁x) at any x.</summary>
    public double Predict(double x) => Models.Predict(ModelKind.Logistic, [B0, B1], x);

    /// <summary>"z = β₀ + β₁·x = 0.0 + 1.0·(−2.0) = −2.00".</summary>
    public string ZLine => $"z = \u03b2\u2080 + \u03b2\u2081\u00b7x = {Fmt.Num(B0, 1)} {Fmt.Signed(B1, 1)}\u00b7{Paren(X)} = {Fmt.Num(Z, 2)}";

    /// <summary>
    /// "e^(−z) = e^(−(−2.00)) = e^(2.00) = 7.39". The original printed "e^(--2.00)" for negative z; here the
    /// substitution keeps its parentheses and the double minus is resolved in a second step.
    /// </summary>
    public string ExpLine
    {
        get
        {
            var z = Fmt.Num(Z, 2);
            var substituted = Z < 0 && z != Fmt.Num(0, 2) ? $"e^(\u2212({z})) = e^({Fmt.Num(-Z, 2)})" : $"e^(\u2212{z})";
            return $"e^(\u2212z) = {substituted} = {Fmt.Num(ExpMinusZ, 2)}";
        }
    }

    /// <summary>"σ(z) = 1/(1 + e^(−z)) = 1/(1 + 7.39) = 0.119".</summary>
    public string PLine => $"\u03c3(z) = 1/(1 + e^(\u2212z)) = 1/(1 + {Fmt.Num(ExpMinusZ, 2)}) = {Fmt.Num(P, 3)}";

    /// <summary>"x = −2.00" or why there is none.</summary>
    public string DecisionText => DecisionPoint is { } x0
        ? $"x = \u2212\u03b2\u2080/\u03b2\u2081 = {Fmt.Num(x0, 2)}" + (x0 is < -10 or > 10 ? " (outside the plotted range)" : "")
        : $"no decision point: \u03b2\u2081 = 0, so p = \u03c3(\u03b2\u2080) = {Fmt.Num(P, 3)} for every x";

    private static string Paren(double v) => v < 0 ? $"({Fmt.Num(v, 1)})" : Fmt.Num(v, 1);
}
