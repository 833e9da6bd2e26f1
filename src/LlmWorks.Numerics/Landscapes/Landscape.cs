namespace LlmWorks.Numerics;

/// <summary>A loss sampled on a grid over two parameters, ready for contour and surface figures.</summary>
/// <param name="U">First-parameter vertex coordinates.</param>
/// <param name="V">Second-parameter vertex coordinates.</param>
/// <param name="Values">Values[i, j] is the loss at (U[i], V[j]).</param>
public sealed record Landscape(double[] U, double[] V, double[,] Values)
{
    /// <summary>Smallest sampled value (colour-scale floor).</summary>
    public double Min { get; } = Extremes(Values).Min;

    /// <summary>Largest sampled value (colour-scale ceiling).</summary>
    public double Max { get; } = Extremes(Values).Max;

    /// <summary>Grid indices of the smallest value; the first one in row-major order on ties.</summary>
    public (int I, int J) ArgMin { get; } = Extremes(Values).At;

    private static (double Min, double Max, (int, int) At) Extremes(double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        var at = (0, 0);
        for (var i = 0; i < values.GetLength(0); i++)
        {
            for (var j = 0; j < values.GetLength(1); j++)
            {
                var v = values[i, j];
                if (v < min)
                {
                    min = v;
                    at = (i, j);
                }

                max = Math.Max(max, v);
            }
        }

        return (min, max, at);
    }
}
