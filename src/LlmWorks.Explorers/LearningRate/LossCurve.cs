using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.LearningRate;

/// <summary>The lesson's loss: the polynomial, its derivatives and its named minima and maxima.</summary>
internal sealed class LossCurve
{
    public LossCurve(Polynomial loss)
    {
        Loss = loss;
        Slope = loss.Derivative();
        Bend = Slope.Derivative();
        Critical = loss.CriticalPoints();
        Minima = Critical.Where(c => c.Kind == CriticalKind.Minimum).ToList();
        Global = Minima.MinBy(c => c.Value)!;
    }

    public Polynomial Loss { get; }

    /// <summary>L′.</summary>
    public Polynomial Slope { get; }

    /// <summary>L″.</summary>
    public Polynomial Bend { get; }

    /// <summary>Minima and maxima, ascending in w.</summary>
    public IReadOnlyList<CriticalPoint> Critical { get; }

    public IReadOnlyList<CriticalPoint> Minima { get; }

    /// <summary>The lowest minimum.</summary>
    public CriticalPoint Global { get; }

    public double L(double w) => Loss.Evaluate(w);

    public double D(double w) => Slope.Evaluate(w);

    /// <summary>"global minimum", "local minimum", "local maximum", or plain "minimum" when there is only one.</summary>
    public string Name(CriticalPoint c) =>
        c.Kind == CriticalKind.Maximum ? "local maximum"
        : Minima.Count == 1 ? "minimum"
        : c == Global ? "global minimum" : "local minimum";

    /// <summary>"w = −2.520, L = 5.547".</summary>
    public static string Where(CriticalPoint c) => $"w = {Fmt.Num(c.X, 3)}, L = {Fmt.Num(c.Value, 3)}";

    /// <summary>The minimum whose valley (between the neighbouring maxima) holds <paramref name="w"/>.</summary>
    public CriticalPoint BasinOf(double w)
    {
        var left = Critical.LastOrDefault(c => c.Kind == CriticalKind.Maximum && c.X <= w)?.X ?? double.NegativeInfinity;
        var right = Critical.FirstOrDefault(c => c.Kind == CriticalKind.Maximum && c.X > w)?.X ?? double.PositiveInfinity;
        return Minima.First(m => m.X > left && m.X < right);
    }

    /// <summary>The largest learning rate at which a minimum holds a run: 2/L″ there (for a quadratic bowl).</summary>
    public static double StabilityLimit(CriticalPoint minimum) => 2 / minimum.Curvature;
}
