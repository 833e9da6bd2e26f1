namespace LlmWorks.Numerics;

/// <summary>
/// A real polynomial c₀ + c₁x + … + cₙxⁿ (coefficients lowest power first), with its derivative and its
/// real roots found to machine precision. Used for one-parameter losses whose shape an author chooses.
/// </summary>
public sealed class Polynomial
{
    private const int MaxIterations = 400;
    private readonly double[] _c;

    /// <summary>Creates the polynomial; trailing zero coefficients are dropped, so the degree is exact.</summary>
    public Polynomial(IReadOnlyList<double> coefficients)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Any(c => !double.IsFinite(c)))
            throw new ArgumentException("coefficients must be finite", nameof(coefficients));
        var n = coefficients.Count;
        while (n > 1 && coefficients[n - 1] == 0) n--;
        _c = n == 0 ? [0.0] : coefficients.Take(n).ToArray();
    }

    /// <summary>Coefficients, lowest power first, without trailing zeros (at least one).</summary>
    public IReadOnlyList<double> Coefficients => _c;

    /// <summary>The degree (0 for a constant, including the zero polynomial).</summary>
    public int Degree => _c.Length - 1;

    /// <summary>The coefficient of the highest power.</summary>
    public double Leading => _c[^1];

    /// <summary>The value at <paramref name="x"/> (Horner's rule).</summary>
    public double Evaluate(double x)
    {
        var v = 0.0;
        for (var i = _c.Length - 1; i >= 0; i--) v = v * x + _c[i];
        return v;
    }

    /// <summary>The derivative polynomial.</summary>
    public Polynomial Derivative() =>
        new(_c.Length == 1 ? [0.0] : _c.Skip(1).Select((c, i) => c * (i + 1)).ToArray());

    /// <summary>
    /// Every real root where the sign changes, ascending. The roots of the derivative split the line into
    /// pieces on which the polynomial is monotone, so each piece holds at most one crossing, which bisection-
    /// safeguarded Newton then pins down to the last bit. Roots that only touch zero (even multiplicity) are not crossings.
    /// </summary>
    public IReadOnlyList<double> RealRoots() => Crossings().Select(r => r.X).ToList();

    /// <summary>Minima and maxima (the sign changes of the derivative), ascending in x.</summary>
    public IReadOnlyList<CriticalPoint> CriticalPoints()
    {
        var d = Derivative();
        var dd = d.Derivative();
        return d.Crossings()
            .Select(r => new CriticalPoint(r.X, Evaluate(r.X), dd.Evaluate(r.X), r.Rising ? CriticalKind.Minimum : CriticalKind.Maximum))
            .ToList();
    }

    private List<(double X, bool Rising)> Crossings()
    {
        if (Degree == 0) return [];
        if (Degree == 1) return [(-_c[0] / _c[1], _c[1] > 0)];
        var inner = Derivative().Crossings().Select(r => r.X).ToList();
        // Cauchy's bound holds every root; widened so it also encloses the derivative's crossings.
        var bound = Math.Max(1 + _c.Take(Degree).Max(c => Math.Abs(c / Leading)), inner.Select(Math.Abs).DefaultIfEmpty(0).Max() + 1);
        var splits = new List<double> { -bound };
        splits.AddRange(inner);
        splits.Add(bound);
        var result = new List<(double, bool)>();
        for (var i = 0; i + 1 < splits.Count; i++)
        {
            var (lo, hi) = (splits[i], splits[i + 1]);
            var (flo, fhi) = (Evaluate(lo), Evaluate(hi));
            if (flo < 0 && fhi > 0 || flo > 0 && fhi < 0)
                result.Add((Refine(lo, hi, flo < 0), flo < 0));
        }
        return result;
    }

    // Newton from inside a sign-changing bracket; any step that leaves the bracket becomes a bisection.
    private double Refine(double lo, double hi, bool rising)
    {
        var d = Derivative();
        var x = 0.5 * (lo + hi);
        var best = x;
        var bestF = double.PositiveInfinity;
        for (var i = 0; i < MaxIterations; i++)
        {
            var f = Evaluate(x);
            if (Math.Abs(f) < bestF) (best, bestF) = (x, Math.Abs(f));
            if (f == 0) return x;
            if (f < 0 == rising) lo = x; else hi = x;
            var next = x - f / d.Evaluate(x);
            if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
            if (next == x || next <= lo || next >= hi) break;
            x = next;
        }
        return best;
    }
}

/// <summary>Whether a critical point is a minimum or a maximum.</summary>
public enum CriticalKind
{
    /// <summary>The derivative crosses from negative to positive.</summary>
    Minimum,

    /// <summary>The derivative crosses from positive to negative.</summary>
    Maximum,
}

/// <summary>A point where the derivative changes sign.</summary>
/// <param name="X">Where.</param>
/// <param name="Value">The polynomial's value there.</param>
/// <param name="Curvature">The second derivative there (positive at a simple minimum).</param>
/// <param name="Kind">Minimum or maximum.</param>
public sealed record CriticalPoint(double X, double Value, double Curvature, CriticalKind Kind);
