namespace LlmWorks.Numerics.Tests;

public sealed class LandscapeTests
{
    [Fact]
    public void Data_A_grid_matches_direct_summation_and_the_pages_range()
    {
        var s = LossLandscape.Sample(ModelKind.Linear, LossKind.Sse, TestData.A, (0, 15), (-5, 20), 30, 30);
        Assert.Equal(31, s.U.Length);
        Assert.Equal(31, s.V.Length);
        for (var i = 0; i < 31; i++)
        {
            Assert.Equal(i == 30 ? 15 : 0 + i * (15.0 - 0) / 30, s.U[i]);
            Assert.Equal(i == 30 ? 20 : -5 + i * (20.0 - -5) / 30, s.V[i]);
            for (var j = 0; j < 31; j++)
            {
                TestData.Near(Direct(TestData.AX, TestData.AY, x => s.U[i] * x + s.V[j]), s.Values[i, j], 1e-12);
            }
        }

        Assert.Equal(7.75, Math.Round(s.Min, 2));
        Assert.Equal(11365.25, Math.Round(s.Max, 2));
        Assert.Equal(s.Min, s.Values[s.ArgMin.I, s.ArgMin.J]);
    }

    [Fact]
    public void Mse_and_rmse_grids_scale_the_sse_grid()
    {
        var sse = LossLandscape.Sample(ModelKind.Linear, LossKind.Sse, TestData.C, (0, 4), (-2, 2), 4, 4);
        var mse = LossLandscape.Sample(ModelKind.Linear, LossKind.Mse, TestData.C, (0, 4), (-2, 2), 4, 4);
        var rmse = LossLandscape.Sample(ModelKind.Linear, LossKind.Rmse, TestData.C, (0, 4), (-2, 2), 4, 4);
        Assert.Equal(509.23, sse.Values[0, 2], 9); // (0, 0) is the vertex (0, 2)
        for (var i = 0; i <= 4; i++)
        {
            for (var j = 0; j <= 4; j++)
            {
                TestData.Near(Losses.Evaluate(ModelKind.Linear, LossKind.Mse, TestData.C, [mse.U[i], mse.V[j]]), mse.Values[i, j], 1e-12);
                TestData.Near(Losses.Evaluate(ModelKind.Linear, LossKind.Rmse, TestData.C, [rmse.U[i], rmse.V[j]]), rmse.Values[i, j], 1e-12);
            }
        }
    }

    [Fact]
    public void Quadratic_grid_with_fixed_and_profiled_c()
    {
        var stats = SufficientStats.From(TestData.B);
        Assert.Equal(1439.23, Math.Round(stats.Sse(0.1, 0.5, 5.0), 2));
        var fixedC = LossLandscape.Sample(ModelKind.Quadratic, LossKind.Sse, TestData.B, (-1, 1), (-2, 2), 8, 8, third: 5.0);
        var best = LossLandscape.Sample(ModelKind.Quadratic, LossKind.Sse, TestData.B, (-1, 1), (-2, 2), 8, 8);
        for (var i = 0; i <= 8; i++)
        {
            for (var j = 0; j <= 8; j++)
            {
                double a = fixedC.U[i], b = fixedC.V[j];
                TestData.Near(Direct(TestData.BX, TestData.BY, x => a * x * x + b * x + 5.0), fixedC.Values[i, j], 1e-12);
                var c = TestData.BX.Zip(TestData.BY, (x, y) => y - a * x * x - b * x).Average();
                TestData.Near(c, stats.BestC(a, b), 1e-12, 1e-12);
                var atBest = Direct(TestData.BX, TestData.BY, x => a * x * x + b * x + c);
                TestData.Near(atBest, best.Values[i, j], 1e-12);
                Assert.True(atBest < Direct(TestData.BX, TestData.BY, x => a * x * x + b * x + c + 1e-3));
                Assert.True(atBest < Direct(TestData.BX, TestData.BY, x => a * x * x + b * x + c - 1e-3));
            }
        }
    }

    [Fact]
    public void Centred_statistics_keep_digits_near_the_optimum_with_offset_data()
    {
        var x = Enumerable.Range(0, 50).Select(i => 1000 + 0.1 * i).ToArray();
        var y = x.Select((v, i) => 0.02 * (v - 1000) * (v - 1000) + 3 * v + ((i * 37 % 11) - 5) * 0.01).ToArray();
        var d = CsvDataset.FromArrays("offset", x, y);
        var stats = SufficientStats.From(d);
        var q = Optimum.Find(ModelKind.Quadratic, d).Values!;
        var l = Optimum.Find(ModelKind.Linear, d).Values!;
        TestData.Near(Direct(x, y, v => (q[0] * v + q[1]) * v + q[2]), stats.Sse(q[0], q[1], q[2]), 1e-9);
        TestData.Near(Direct(x, y, v => l[0] * v + l[1]), stats.Sse(l[0], l[1]), 1e-9);
    }

    [Fact]
    public void Logistic_grid_uses_direct_losses()
    {
        var s = LossLandscape.Sample(ModelKind.Logistic, LossKind.LogLoss, TestData.D, (-12, 0), (0, 3), 6, 6);
        for (var i = 0; i <= 6; i++)
        {
            for (var j = 0; j <= 6; j++)
            {
                Assert.Equal(Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, TestData.D, [s.U[i], s.V[j]]), s.Values[i, j]);
            }
        }
    }

    [Fact]
    public void Sampling_rejects_bad_grids()
    {
        Assert.Throws<ArgumentException>(() => LossLandscape.Sample(ModelKind.Linear, LossKind.Sse, TestData.A, (1, 1), (0, 1), 3, 3));
        Assert.Throws<ArgumentException>(() => LossLandscape.Sample(ModelKind.Linear, LossKind.Sse, TestData.A, (0, 1), (0, 1), 0, 3));
        Assert.Throws<ArgumentException>(() => LossLandscape.Sample(ModelKind.Linear, LossKind.Sse, TestData.A, (0, 1), (0, double.NaN), 3, 3));
        Assert.Throws<ArgumentException>(() => LossLandscape.Sample(ModelKind.Linear, LossKind.Sse, TestData.A, (0, 1), (0, 1), 3, 3, third: 1));
        Assert.Throws<ArgumentException>(() => LossLandscape.Sample(ModelKind.Linear, LossKind.LogLoss, TestData.A, (0, 1), (0, 1), 3, 3));
    }

    internal static double Direct(double[] xs, double[] ys, Func<double, double> f)
    {
        var s = 0.0;
        for (var i = 0; i < xs.Length; i++)
        {
            var r = ys[i] - f(xs[i]);
            s += r * r;
        }

        return s;
    }
}
