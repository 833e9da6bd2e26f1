namespace LlmWorks.Numerics.Tests;

public sealed class OptimumTests
{
    [Fact]
    public void Linear_optimum_of_data_A_matches_exact_decimal_textbook_formula()
    {
        decimal n = TestData.AX.Length, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var i = 0; i < TestData.AX.Length; i++)
        {
            decimal x = (decimal)TestData.AX[i], y = (decimal)TestData.AY[i];
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }

        var slope = (sxy - sx * sy / n) / (sxx - sx * sx / n);
        var intercept = (sy - slope * sx) / n;
        var r = Optimum.Find(ModelKind.Linear, TestData.A);
        Assert.True(r.Exists);
        Assert.Null(r.Note);
        TestData.Near((double)slope, r.Values![0], 1e-12);
        TestData.Near((double)intercept, r.Values[1], 1e-12);
        Assert.Equal(9.4058, Math.Round(r.Values[0], 4));
        Assert.Equal(0.2559, Math.Round(r.Values[1], 4));
        Assert.Equal(7.698, Math.Round(Losses.Evaluate(ModelKind.Linear, LossKind.Sse, TestData.A, r.Values), 3));
    }

    [Fact]
    public void Quadratic_optimum_of_data_B_matches_exact_decimal_normal_equations()
    {
        // Normal equations in decimal (28 significant digits) solved by Gaussian elimination: an independent route.
        var m = new decimal[3, 4];
        for (var i = 0; i < TestData.BX.Length; i++)
        {
            var x = (decimal)TestData.BX[i];
            decimal[] phi = [x * x, x, 1];
            for (var j = 0; j < 3; j++)
            {
                for (var k = 0; k < 3; k++)
                {
                    m[j, k] += phi[j] * phi[k];
                }

                m[j, 3] += phi[j] * (decimal)TestData.BY[i];
            }
        }

        var exact = SolveDecimal(m);
        var r = Optimum.Find(ModelKind.Quadratic, TestData.B);
        for (var j = 0; j < 3; j++)
        {
            TestData.Near((double)exact[j], r.Values![j], 1e-12);
        }

        Assert.Equal([0.4276, 0.2538, 0.2643], r.Values!.Select(v => Math.Round(v, 4)));
        Assert.Equal(4.486, Math.Round(Losses.Evaluate(ModelKind.Quadratic, LossKind.Sse, TestData.B, r.Values), 3));
    }

    [Fact]
    public void Quadratic_fit_survives_a_large_offset_in_x()
    {
        // y = 2(x − 1e4)² − 3(x − 1e4) + 7 exactly; raw-power normal equations lose everything here.
        var x = Enumerable.Range(0, 9).Select(i => 1e4 + i * 0.25).ToArray();
        var y = x.Select(v => 2 * (v - 1e4) * (v - 1e4) - 3 * (v - 1e4) + 7).ToArray();
        var r = Optimum.Find(ModelKind.Quadratic, CsvDataset.FromArrays("far", x, y));
        TestData.Near(2, r.Values![0], 1e-7);
        TestData.Near(-3 - 4e4, r.Values[1], 1e-9);
        TestData.Near(2e8 + 3e4 + 7, r.Values[2], 1e-9);
    }

    [Fact]
    public void Least_squares_has_zero_gradient_at_the_optimum_of_data_C()
    {
        var r = Optimum.Find(ModelKind.Linear, TestData.C);
        Assert.Equal(2.0012, Math.Round(r.Values![0], 4));
        Assert.Equal(0.0261, Math.Round(r.Values[1], 4));
        Assert.Equal(0.221, Math.Round(Losses.Evaluate(ModelKind.Linear, LossKind.Sse, TestData.C, r.Values), 3));
        Assert.All(Losses.Gradient(ModelKind.Linear, LossKind.Sse, TestData.C, r.Values), g => Assert.True(Math.Abs(g) < 1e-11));
    }

    [Fact]
    public void Degenerate_regression_data_has_no_unique_optimum()
    {
        var same = CsvDataset.FromArrays("s", Enumerable.Repeat(2.0, 10).ToArray(), Enumerable.Range(0, 10).Select(i => (double)i).ToArray());
        var r = Optimum.Find(ModelKind.Linear, same);
        Assert.False(r.Exists);
        Assert.Equal("all 10 points share x = 2: every line through their mean y (4.5) fits equally well", r.Note);

        var two = CsvDataset.FromArrays("t", [1, 1, 2, 2], [1, 2, 3, 4]);
        Assert.True(Optimum.Find(ModelKind.Linear, two).Exists);
        var q = Optimum.Find(ModelKind.Quadratic, two);
        Assert.False(q.Exists);
        Assert.Contains("only 2 distinct x values", q.Note);

        Assert.Contains("only one point", Optimum.Find(ModelKind.Linear, CsvDataset.FromArrays("o", [1], [1])).Note);
        Assert.Contains("only 2 points", Optimum.Find(ModelKind.Quadratic, CsvDataset.FromArrays("o", [1, 2], [1, 3])).Note);
        Assert.Contains("no points", Optimum.Find(ModelKind.Linear, CsvDataset.FromArrays("z", [], [])).Note);
        Assert.Contains("no points", Optimum.Find(ModelKind.Logistic, CsvDataset.FromArrays("z", [], [])).Note);
    }

    [Fact]
    public void Logistic_newton_optimum_of_data_D_is_stationary_and_a_minimum()
    {
        var r = Optimum.Find(ModelKind.Logistic, TestData.D);
        Assert.True(r.Exists, r.Note);
        Assert.Null(r.Note);
        var theta = r.Values!;
        Assert.Equal(-11.132, Math.Round(theta[0], 3));
        Assert.Equal(2.619, Math.Round(theta[1], 3));
        var loss = Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, TestData.D, theta);
        Assert.Equal(0.1674, Math.Round(loss, 4));
        Assert.All(Losses.Gradient(ModelKind.Logistic, LossKind.LogLoss, TestData.D, theta), g => Assert.True(Math.Abs(g) < 1e-14, $"{g}"));
        foreach (var (d0, d1) in new[] { (1e-4, 0.0), (0, 1e-4), (-1e-4, 1e-5) })
        {
            Assert.True(Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, TestData.D, [theta[0] + d0, theta[1] + d1]) > loss);
        }
    }

    [Fact]
    public void Symmetric_data_E_has_its_mle_at_the_origin()
    {
        var r = Optimum.Find(ModelKind.Logistic, TestData.E);
        Assert.True(Math.Abs(r.Values![0]) < 1e-14 && Math.Abs(r.Values[1]) < 1e-14, string.Join(",", r.Values));
        TestData.Near(Math.Log(2), Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, TestData.E, r.Values), 1e-15);
    }

    [Fact]
    public void Separable_and_degenerate_logistic_data_have_no_finite_optimum()
    {
        var sep = Optimum.Find(ModelKind.Logistic, TestData.Separable);
        Assert.False(sep.Exists);
        Assert.Contains("perfectly separated", sep.Note);

        var reversed = Optimum.Find(ModelKind.Logistic, CsvDataset.FromArrays("r", [1, 2, 3, 4], [1, 1, 0, 0]));
        Assert.Contains("perfectly separated", reversed.Note);

        var touching = Optimum.Find(ModelKind.Logistic, CsvDataset.FromArrays("q", [1, 2, 2, 3], [0, 0, 1, 1]));
        Assert.False(touching.Exists);
        Assert.Contains("quasi-separated", touching.Note);

        var oneClass = Optimum.Find(ModelKind.Logistic, CsvDataset.FromArrays("o", [1, 2, 3], [1, 1, 1]));
        Assert.Contains("all 3 labels are 1", oneClass.Note);

        var sameX = Optimum.Find(ModelKind.Logistic, CsvDataset.FromArrays("x", [2, 2, 2], [0, 1, 1]));
        Assert.False(sameX.Exists);
        Assert.Contains("not identifiable", sameX.Note);

        // Overlap by a single point is enough for a finite optimum.
        Assert.True(Optimum.Find(ModelKind.Logistic, CsvDataset.FromArrays("ok", [1, 2, 3, 4], [0, 1, 0, 1])).Exists);
        Assert.Throws<ArgumentException>(() => Optimum.Find(ModelKind.Logistic, TestData.A));
    }

    private static decimal[] SolveDecimal(decimal[,] m)
    {
        var p = m.GetLength(0);
        for (var k = 0; k < p; k++)
        {
            for (var i = k + 1; i < p; i++)
            {
                var f = m[i, k] / m[k, k];
                for (var j = k; j <= p; j++)
                {
                    m[i, j] -= f * m[k, j];
                }
            }
        }

        var x = new decimal[p];
        for (var k = p - 1; k >= 0; k--)
        {
            var s = m[k, p];
            for (var j = k + 1; j < p; j++)
            {
                s -= m[k, j] * x[j];
            }

            x[k] = s / m[k, k];
        }

        return x;
    }
}
