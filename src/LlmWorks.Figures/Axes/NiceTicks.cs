namespace LlmWorks.Figures.Axes;

/// <summary>Tick positions at 1, 2 or 5 × 10^k steps.</summary>
internal static class NiceTicks
{
    /// <summary>The nice step giving about <paramref name="target"/> intervals over [min, max].</summary>
    public static double Step(double min, double max, int target = 6)
    {
        var span = Math.Abs(max - min);
        if (!(span > 0) || !double.IsFinite(span))
            return 1;
        var raw = span / Math.Max(1, target);
        var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var f = raw / mag;
        var nice = f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10;
        return nice * mag;
    }

    /// <summary>The multiples of the nice step inside [min, max] (ends included within rounding).</summary>
    public static IReadOnlyList<double> Ticks(double min, double max, int target = 6)
    {
        if (max < min)
            (min, max) = (max, min);
        var step = Step(min, max, target);
        var tol = step * 1e-9;
        var first = Math.Ceiling((min - tol) / step);
        var ticks = new List<double>();
        for (var k = first; k * step <= max + tol && ticks.Count < 100; k++)
        {
            var v = k * step;
            ticks.Add(Math.Abs(v) < tol ? 0 : Math.Round(v, Decimals(step) + 2));
        }
        return ticks;
    }

    /// <summary>How many decimals the labels of a step need.</summary>
    public static int Decimals(double step) =>
        step > 0 && double.IsFinite(step) ? Math.Clamp((int)-Math.Floor(Math.Log10(step) + 1e-9), 0, 12) : 0;
}
