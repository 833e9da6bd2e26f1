namespace LlmWorks.Numerics;

/// <summary>Log-domain helpers that keep logistic losses finite and accurate where σ(z) rounds to 0 or 1.</summary>
internal static class StableMath
{
    /// <summary>log(1 + eᶻ) without overflow for large z or loss of digits for very negative z.</summary>
    public static double Softplus(double z) => Math.Max(z, 0.0) + Log1p(Math.Exp(-Math.Abs(z)));

    /// <summary>
    /// log(1 + u) accurate for tiny u: .NET's double.LogP1 is log(1 + u) evaluated naively, which loses every digit
    /// below 1e-16. Goldberg's correction divides out the rounding error made when forming 1 + u.
    /// </summary>
    public static double Log1p(double u)
    {
        var w = 1.0 + u;
        return w == 1.0 ? u : Math.Log(w) * u / (w - 1.0);
    }

    /// <summary>σ(z)·(1 − σ(z)) computed as σ(z)·σ(−z), which never cancels.</summary>
    public static double SigmoidSlope(double z) => Models.Sigmoid(z) * Models.Sigmoid(-z);
}
