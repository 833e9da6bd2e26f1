namespace LlmWorks.Numerics.Tests;

public sealed class PolynomialTests
{
    // The learning-rate lesson's loss: L(w) = 0.03w⁴ − 0.5w² − 0.6w + 6.
    private static readonly Polynomial Lesson = new([6, -0.6, -0.5, 0, 0.03]);

    [Fact]
    public void Evaluates_and_differentiates_like_the_written_formula()
    {
        foreach (var w in new[] { -5, -3.5, -0.63, 0, 1.25, 3.15, 5 })
        {
            Assert.Equal(0.03 * Math.Pow(w, 4) - 0.5 * w * w - 0.6 * w + 6, Lesson.Evaluate(w), 12);
            Assert.Equal(0.12 * Math.Pow(w, 3) - w - 0.6, Lesson.Derivative().Evaluate(w), 12);
            Assert.Equal(0.36 * w * w - 1, Lesson.Derivative().Derivative().Evaluate(w), 12);
        }
        Assert.Equal(4, Lesson.Degree);
        Assert.Equal([-0.6, -1, 0, 0.12], Lesson.Derivative().Coefficients.Select(c => Math.Round(c, 12)));
    }

    [Fact]
    public void Critical_points_of_the_lesson_match_the_known_values_and_zero_the_derivative()
    {
        var cps = Lesson.CriticalPoints();
        Assert.Equal([CriticalKind.Minimum, CriticalKind.Maximum, CriticalKind.Minimum], cps.Select(c => c.Kind));
        var expected = new[] { (-2.5197, 5.5466), (-0.6300, 6.1843), (3.1497, 2.1024) };
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i].Item1, cps[i].X, 4);
            Assert.Equal(expected[i].Item2, cps[i].Value, 4);
            Assert.True(Math.Abs(Lesson.Derivative().Evaluate(cps[i].X)) < 1e-12);
            // The curvature agrees with a central second difference.
            var h = 1e-4;
            var fd = (Lesson.Evaluate(cps[i].X + h) - 2 * Lesson.Evaluate(cps[i].X) + Lesson.Evaluate(cps[i].X - h)) / (h * h);
            Assert.Equal(fd, cps[i].Curvature, 5);
            Assert.Equal(cps[i].Kind == CriticalKind.Minimum, cps[i].Curvature > 0);
        }
    }

    [Fact]
    public void Roots_of_a_cubic_with_known_roots()
    {
        // (x − 1)(x − 2)(x + 3) = x³ − 7x + 6
        var roots = new Polynomial([6, -7, 0, 1]).RealRoots();
        Assert.Equal(3, roots.Count);
        Assert.Equal(-3, roots[0], 14);
        Assert.Equal(1, roots[1], 14);
        Assert.Equal(2, roots[2], 14);
    }

    [Fact]
    public void A_touching_root_is_not_a_crossing()
    {
        // (x − 1)²(x + 2) = x³ − 3x + 2 touches zero at 1 and crosses at −2.
        var roots = new Polynomial([2, -3, 0, 1]).RealRoots();
        Assert.Single(roots);
        Assert.Equal(-2, roots[0], 14);
        // x³ has an inflection at 0: no minimum or maximum.
        Assert.Empty(new Polynomial([0, 0, 0, 1]).CriticalPoints());
    }

    [Fact]
    public void Widely_spread_roots_are_found_to_machine_precision()
    {
        // (x + 1000)(x − 0.001)(x − 7)(x − 7.5), expanded.
        double[] r = [-1000, 0.001, 7, 7.5];
        double[] c = [1];
        foreach (var root in r)
        {
            var next = new double[c.Length + 1];
            for (var i = 0; i < c.Length; i++) { next[i + 1] += c[i]; next[i] -= root * c[i]; }
            c = next;
        }
        var found = new Polynomial(c).RealRoots();
        Assert.Equal(4, found.Count);
        for (var i = 0; i < 4; i++) Assert.True(Math.Abs(found[i] - r[i]) <= 1e-9 * Math.Max(1, Math.Abs(r[i])), $"{found[i]} vs {r[i]}");
    }

    [Fact]
    public void Low_degrees_and_trailing_zeros()
    {
        Assert.Empty(new Polynomial([3]).RealRoots());
        Assert.Equal([-2.0], new Polynomial([4, 2, 0, 0]).RealRoots());
        Assert.Equal(1, new Polynomial([4, 2, 0, 0]).Degree);
        var bowl = new Polynomial([1, -2, 1]).CriticalPoints();
        Assert.Single(bowl);
        Assert.Equal((1.0, 0.0, 2.0, CriticalKind.Minimum), (bowl[0].X, bowl[0].Value, bowl[0].Curvature, bowl[0].Kind));
        Assert.Throws<ArgumentException>(() => new Polynomial([1, double.NaN]));
    }
}
