namespace LlmWorks.Explorers.Tests;

/// <summary>
/// Independent derivations for the tests: residual sums written out, and least squares by the normal
/// equations solved in decimal arithmetic (28 significant digits), sharing no code with the numeric core.
/// </summary>
internal static class Reference
{
    public static (double[] X, double[] Y) Csv(string relative)
    {
        var lines = File.ReadAllLines(Path.Combine(LlmWorks.Testing.RepoPaths.Content, relative)).Skip(1).Where(l => l.Length > 0);
        var rows = lines.Select(l => l.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
        return (rows.Select(r => r[0]).ToArray(), rows.Select(r => r[1]).ToArray());
    }

    /// <summary>Σ(y − Σ θ_k x^(p−1−k))², the polynomial of degree θ.Length − 1.</summary>
    public static double Sse(double[] x, double[] y, params double[] theta)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var pred = 0.0;
            foreach (var t in theta) pred = pred * x[i] + t;
            sum += (y[i] - pred) * (y[i] - pred);
        }
        return sum;
    }

    /// <summary>Least-squares polynomial coefficients, highest power first, from the normal equations in decimal.</summary>
    public static double[] NormalEquations(double[] x, double[] y, int parameters)
    {
        var p = parameters;
        var m = new decimal[p, p + 1];
        for (var i = 0; i < x.Length; i++)
        {
            var xi = (decimal)x[i];
            var powers = new decimal[p];
            for (var k = 0; k < p; k++)
            {
                powers[k] = 1;
                for (var e = 0; e < p - 1 - k; e++) powers[k] *= xi;
            }
            for (var r = 0; r < p; r++)
            {
                for (var c = 0; c < p; c++) m[r, c] += powers[r] * powers[c];
                m[r, p] += powers[r] * (decimal)y[i];
            }
        }
        // Gauss–Jordan elimination with partial pivoting.
        for (var col = 0; col < p; col++)
        {
            var pivot = Enumerable.Range(col, p - col).MaxBy(r => Math.Abs(m[r, col]));
            for (var c = 0; c <= p; c++) (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
            for (var r = 0; r < p; r++)
            {
                if (r == col) continue;
                var f = m[r, col] / m[col, col];
                for (var c = col; c <= p; c++) m[r, c] -= f * m[col, c];
            }
        }
        return Enumerable.Range(0, p).Select(r => (double)(m[r, p] / m[r, r])).ToArray();
    }
}
