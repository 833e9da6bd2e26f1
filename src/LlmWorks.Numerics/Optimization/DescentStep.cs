namespace LlmWorks.Numerics;

/// <summary>The state after a number of descent updates (step 0 is the starting point).</summary>
/// <param name="Step">Number of updates performed so far.</param>
/// <param name="Values">Parameters after those updates.</param>
/// <param name="Loss">Objective at <paramref name="Values"/>.</param>
/// <param name="Gradient">Exact gradient of the objective at <paramref name="Values"/>.</param>
public sealed record DescentStep(int Step, double[] Values, double Loss, double[] Gradient)
{
    /// <summary>Euclidean norm of the gradient, the usual "are we there yet" measure.</summary>
    public double GradientNorm { get; } = Norm(Gradient);

    private static double Norm(double[] g)
    {
        var s = 0.0;
        foreach (var v in g)
        {
            s += v * v;
        }

        return Math.Sqrt(s);
    }
}
