namespace LlmWorks.Numerics.Tests;

public sealed class LossesTests
{
    public static TheoryData<ModelKind, LossKind, double[]> Cases => new()
    {
        { ModelKind.Linear, LossKind.Sse, [6.5, 3.5] },
        { ModelKind.Linear, LossKind.Mse, [2.0, -1.0] },
        { ModelKind.Linear, LossKind.Rmse, [9.0, 1.0] },
        { ModelKind.Quadratic, LossKind.Sse, [0.1, 0.5, 5.0] },
        { ModelKind.Quadratic, LossKind.Mse, [0.4, 0.3, 0.2] },
        { ModelKind.Quadratic, LossKind.Rmse, [0.5, -0.2, 1.0] },
        { ModelKind.Logistic, LossKind.LogLoss, [-3.0, 0.7] },
        { ModelKind.Logistic, LossKind.LogLoss, [-11.0, 2.6] },
        { ModelKind.Logistic, LossKind.ProbabilityMse, [-3.0, 0.7] },
        { ModelKind.Logistic, LossKind.ProbabilityMse, [2.0, -1.2] },
    };

    private static Dataset For(ModelKind m) => m switch
    {
        ModelKind.Linear => TestData.A,
        ModelKind.Quadratic => TestData.B,
        _ => TestData.D,
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gradient_matches_central_differences_of_the_loss(ModelKind m, LossKind l, double[] theta)
    {
        var d = For(m);
        var g = Losses.Gradient(m, l, d, theta);
        var norm = Math.Sqrt(g.Sum(v => v * v));
        for (var j = 0; j < theta.Length; j++)
        {
            var h = 1e-5 * Math.Max(1, Math.Abs(theta[j]));
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[j] += h;
            minus[j] -= h;
            var fd = (Losses.Evaluate(m, l, d, plus) - Losses.Evaluate(m, l, d, minus)) / (2 * h);
            TestData.Near(fd, g[j], 1e-6, 1e-7 * norm);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hessian_matches_central_differences_of_the_gradient(ModelKind m, LossKind l, double[] theta)
    {
        var d = For(m);
        var hess = Losses.Hessian(m, l, d, theta);
        var p = theta.Length;
        var scale = 0.0;
        foreach (var v in hess)
        {
            scale = Math.Max(scale, Math.Abs(v));
        }

        for (var j = 0; j < p; j++)
        {
            var h = 1e-5 * Math.Max(1, Math.Abs(theta[j]));
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[j] += h;
            minus[j] -= h;
            var gp = Losses.Gradient(m, l, d, plus);
            var gm = Losses.Gradient(m, l, d, minus);
            for (var k = 0; k < p; k++)
            {
                TestData.Near((gp[k] - gm[k]) / (2 * h), hess[k, j], 1e-6, 1e-7 * scale);
                Assert.Equal(hess[j, k], hess[k, j]);
            }
        }
    }

    [Fact]
    public void Sse_mse_rmse_at_a_hand_point_of_data_A()
    {
        // Direct sum written out independently of the library.
        double sse = 0;
        for (var i = 0; i < TestData.AX.Length; i++)
        {
            var r = TestData.AY[i] - (6.5 * TestData.AX[i] + 3.5);
            sse += r * r;
        }

        Assert.Equal(203.32, Math.Round(sse, 2));
        TestData.Near(sse, Losses.Evaluate(ModelKind.Linear, LossKind.Sse, TestData.A, [6.5, 3.5]), 1e-14);
        TestData.Near(sse / 10, Losses.Evaluate(ModelKind.Linear, LossKind.Mse, TestData.A, [6.5, 3.5]), 1e-14);
        TestData.Near(Math.Sqrt(sse / 10), Losses.Evaluate(ModelKind.Linear, LossKind.Rmse, TestData.A, [6.5, 3.5]), 1e-14);
    }

    [Fact]
    public void Known_values_of_data_B_and_C()
    {
        Assert.Equal(1439.23, Math.Round(Losses.Evaluate(ModelKind.Quadratic, LossKind.Sse, TestData.B, [0.1, 0.5, 5.0]), 2));
        // Σy² of data C: the SSE of the zero line.
        Assert.Equal(509.23, Losses.Evaluate(ModelKind.Linear, LossKind.Sse, TestData.C, [0, 0]), 10);
        var g = Losses.Gradient(ModelKind.Linear, LossKind.Mse, TestData.C, [0, 0]);
        // ∇MSE(0,0) = −2/n · (Σxy, Σy) with Σxy = 253.5 and Σy = 65.3 by hand.
        TestData.Near(-2 * 253.5 / 10, g[0], 1e-14);
        TestData.Near(-2 * 65.3 / 10, g[1], 1e-14);
        Assert.Equal(52.36, Math.Round(Math.Sqrt(g[0] * g[0] + g[1] * g[1]), 2));
    }

    [Fact]
    public void Mse_hessian_of_data_C_sets_the_stability_limit()
    {
        var h = Losses.Hessian(ModelKind.Linear, LossKind.Mse, TestData.C, [0, 0]);
        // 2/n · [[Σx², Σx], [Σx, n]] with Σx² = 126.25 and Σx = 32.5 by hand.
        TestData.Near(2 * 126.25 / 10, h[0, 0], 1e-15);
        TestData.Near(2 * 32.5 / 10, h[0, 1], 1e-15);
        TestData.Near(2.0, h[1, 1], 1e-15);
        var (_, max) = Eigen(h);
        Assert.Equal(26.94, Math.Round(max, 2));
        Assert.True(2 / max > 0.07 && 2 / max < 0.08);
    }

    [Fact]
    public void Logloss_at_zero_is_ln2_with_the_pages_gradient()
    {
        TestData.Near(Math.Log(2), Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, TestData.D, [0, 0]), 1e-15);
        var g = Losses.Gradient(ModelKind.Logistic, LossKind.LogLoss, TestData.D, [0, 0]);
        // (1/n) Σ (0.5 − y)·[1, x]: Σy = 8 and Σ_{y=1} x = 49.5 by hand, Σx = 67.5.
        TestData.Near((0.5 * 15 - 8) / 15, g[0], 1e-14);
        TestData.Near((0.5 * 67.5 - 49.5) / 15, g[1], 1e-14);
        Assert.Equal(-0.0333, Math.Round(g[0], 4));
        Assert.Equal(-1.05, Math.Round(g[1], 2));
    }

    [Fact]
    public void Logloss_stays_finite_and_exact_for_huge_logits()
    {
        var d = CsvDataset.FromArrays("far", [1], [0]);
        // z = 1000: −log(1 − σ(1000)) = softplus(1000) = 1000 + log1p(e^-1000) = 1000.
        Assert.Equal(1000, Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, d, [0, 1000]));
        // z = −40: softplus(−40) = log1p(e^-40) ≈ e^-40 to full precision.
        TestData.Near(Math.Exp(-40), Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, d, [0, -40]), 1e-15);
        Assert.Equal(1.0, Losses.Gradient(ModelKind.Logistic, LossKind.LogLoss, d, [0, 1000])[0]);
    }

    [Fact]
    public void Rmse_gradient_is_zero_and_hessian_undefined_at_a_perfect_fit()
    {
        var d = CsvDataset.FromArrays("line", [0, 1, 2], [1, 3, 5]);
        Assert.Equal(0, Losses.Evaluate(ModelKind.Linear, LossKind.Rmse, d, [2, 1]));
        Assert.Equal([0.0, 0.0], Losses.Gradient(ModelKind.Linear, LossKind.Rmse, d, [2, 1]));
        Assert.True(double.IsNaN(Losses.Hessian(ModelKind.Linear, LossKind.Rmse, d, [2, 1])[0, 0]));
    }

    [Fact]
    public void Validation_rejects_bad_combinations()
    {
        Assert.Throws<ArgumentException>(() => Losses.Evaluate(ModelKind.Linear, LossKind.LogLoss, TestData.A, [1, 1]));
        Assert.Throws<ArgumentException>(() => Losses.Evaluate(ModelKind.Logistic, LossKind.Mse, TestData.D, [1, 1]));
        Assert.Throws<ArgumentException>(() => Losses.Evaluate(ModelKind.Linear, LossKind.Sse, TestData.A, [1, 1, 1]));
        var e = Assert.Throws<ArgumentException>(() => Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, TestData.A, [1, 1]));
        Assert.Contains("0/1 labels", e.Message);
        Assert.Throws<ArgumentException>(() => Losses.Evaluate(ModelKind.Linear, LossKind.Sse, CsvDataset.FromArrays("none", [], []), [1, 1]));
    }

    [Fact]
    public void Keys_reporting_and_parsing()
    {
        Assert.Equal([LossKind.Sse, LossKind.Mse, LossKind.Rmse], Losses.ReportedFor(ModelKind.Quadratic));
        Assert.Equal([LossKind.LogLoss, LossKind.ProbabilityMse], Losses.ReportedFor(ModelKind.Logistic));
        Assert.Equal(["sse", "mse", "rmse", "logloss", "mse"], Enum.GetValues<LossKind>().Select(Losses.Key));
        Assert.Equal(LossKind.ProbabilityMse, Losses.Parse("MSE", ModelKind.Logistic));
        Assert.Equal(LossKind.Mse, Losses.Parse("mse", ModelKind.Linear));
        Assert.Equal(LossKind.LogLoss, Losses.Parse("logloss", ModelKind.Logistic));
        var e = Assert.Throws<ArgumentException>(() => Losses.Parse("logloss", ModelKind.Linear));
        Assert.Contains("sse, mse, rmse", e.Message);
        Assert.Throws<ArgumentException>(() => Losses.Parse("rmse", ModelKind.Logistic));
        Assert.Throws<ArgumentException>(() => Losses.Parse("mae", ModelKind.Linear));
        foreach (var m in Enum.GetValues<ModelKind>())
        {
            foreach (var l in Enum.GetValues<LossKind>())
            {
                Assert.Equal(Losses.ReportedFor(m).Contains(l), Losses.IsValidFor(m, l));
            }
        }
    }

    internal static (double Min, double Max) Eigen(double[,] h)
    {
        var mean = (h[0, 0] + h[1, 1]) / 2;
        var r = Math.Sqrt(Math.Pow((h[0, 0] - h[1, 1]) / 2, 2) + h[0, 1] * h[0, 1]);
        return (mean - r, mean + r);
    }
}
