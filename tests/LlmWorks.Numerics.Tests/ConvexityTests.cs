namespace LlmWorks.Numerics.Tests;

public sealed class ConvexityTests
{
    private static readonly (double, double) B0 = (-6, 2);
    private static readonly (double, double) B1 = (-1.5, 1.5);

    [Fact]
    public void Probability_mse_of_data_E_is_non_convex_in_places_and_logloss_never()
    {
        var mse = Convexity.Measure(ModelKind.Logistic, LossKind.ProbabilityMse, TestData.E, B0, B1, 40, 30);
        var log = Convexity.Measure(ModelKind.Logistic, LossKind.LogLoss, TestData.E, B0, B1, 40, 30);
        Assert.Equal(41 * 31, mse.Cells);
        Assert.True(mse.NonConvexCells > 0);
        Assert.True(mse.NonConvexCells < mse.Cells);
        Assert.Equal((double)mse.NonConvexCells / mse.Cells, mse.NonConvexShare);
        Assert.Equal(0, log.NonConvexCells);
        Assert.Equal(mse.NonConvexCells, Count(mse.NonConvex));
        Assert.Equal(mse.FlatCells, Count(mse.Flat));
    }

    [Fact]
    public void Non_convex_flags_agree_with_finite_difference_curvature_of_the_loss()
    {
        var report = Convexity.Measure(ModelKind.Logistic, LossKind.ProbabilityMse, TestData.E, B0, B1, 16, 12);
        var checkedCells = 0;
        for (var i = 0; i <= 16; i++)
        {
            for (var j = 0; j <= 12; j++)
            {
                double b0 = -6 + i * 8.0 / 16, b1 = -1.5 + j * 3.0 / 12;
                var (lo, hi) = LossesTests.Eigen(FiniteDifferenceHessian(TestData.E, b0, b1));
                if (Math.Abs(lo) > 1e-6 * Math.Max(1e-3, Math.Abs(hi)))
                {
                    Assert.Equal(lo < 0, report.NonConvex[i, j]);
                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 100);
    }

    [Fact]
    public void Saturated_probability_mse_is_flat_while_least_squares_is_not()
    {
        // Far from the data the sigmoid saturates: the probability-MSE surface levels off.
        var far = Convexity.Measure(ModelKind.Logistic, LossKind.ProbabilityMse, TestData.D, (-60, 20), (-10, 10), 20, 20);
        Assert.True(far.FlatCells > 0);
        foreach (var (i, j) in new[] { (0, 0), (20, 20) })
        {
            // (−60, −10) and (20, 10): every |z| ≥ 20, gradient ~1e-8 — clearly flat by any definition.
            Assert.True(far.Flat[i, j]);
        }

        var sse = Convexity.Measure(ModelKind.Linear, LossKind.Sse, TestData.A, (0, 15), (-5, 20), 10, 10);
        Assert.Equal(0, sse.NonConvexCells);
        Assert.Equal(0, sse.FlatCells);
        var quad = Convexity.Measure(ModelKind.Quadratic, LossKind.Mse, TestData.B, (-1, 1), (-2, 2), 6, 6);
        Assert.Equal(0, quad.NonConvexCells);
    }

    private static double[,] FiniteDifferenceHessian(Dataset d, double b0, double b1)
    {
        const double h = 1e-4;
        double F(double p, double q) => Losses.Evaluate(ModelKind.Logistic, LossKind.ProbabilityMse, d, [p, q]);
        var f = F(b0, b1);
        var h00 = (F(b0 + h, b1) - 2 * f + F(b0 - h, b1)) / (h * h);
        var h11 = (F(b0, b1 + h) - 2 * f + F(b0, b1 - h)) / (h * h);
        var h01 = (F(b0 + h, b1 + h) - F(b0 + h, b1 - h) - F(b0 - h, b1 + h) + F(b0 - h, b1 - h)) / (4 * h * h);
        return new[,] { { h00, h01 }, { h01, h11 } };
    }

    private static int Count(bool[,] flags)
    {
        var n = 0;
        foreach (var f in flags)
        {
            n += f ? 1 : 0;
        }

        return n;
    }
}
