namespace LlmWorks.Numerics.Tests;

public sealed class GradientDescentTests
{
    [Fact]
    public void Records_start_and_every_update_exactly()
    {
        var t = GradientDescent.Run(ModelKind.Linear, LossKind.Mse, TestData.C, 0.01, 3, [0, 0]);
        Assert.Equal(DescentOutcome.RanAllSteps, t.Outcome);
        Assert.Null(t.DivergedAtStep);
        Assert.Equal(3, t.StepsTaken);
        Assert.Equal(4, t.Steps.Count);
        Assert.Equal([0.0, 0.0], t.Steps[0].Values);
        for (var k = 1; k <= 3; k++)
        {
            var prev = t.Steps[k - 1];
            var g = Losses.Gradient(ModelKind.Linear, LossKind.Mse, TestData.C, prev.Values);
            Assert.Equal(k, t.Steps[k].Step);
            Assert.Equal(prev.Values[0] - 0.01 * g[0], t.Steps[k].Values[0]);
            Assert.Equal(prev.Values[1] - 0.01 * g[1], t.Steps[k].Values[1]);
            Assert.Equal(Losses.Evaluate(ModelKind.Linear, LossKind.Mse, TestData.C, t.Steps[k].Values), t.Steps[k].Loss);
        }

        Assert.Equal(t.Steps[3], t.Final);
        Assert.Equal(Math.Sqrt(50.7 * 50.7 + 13.06 * 13.06), t.Steps[0].GradientNorm, 12);
    }

    [Fact]
    public void Learning_rate_below_two_over_lambda_max_converges_to_least_squares()
    {
        var t = GradientDescent.Run(ModelKind.Linear, LossKind.Mse, TestData.C, 0.07, 20_000, [0, 0]);
        Assert.Equal(DescentOutcome.RanAllSteps, t.Outcome);
        var best = Optimum.Find(ModelKind.Linear, TestData.C).Values!;
        TestData.Near(best[0], t.Final.Values[0], 1e-10);
        TestData.Near(best[1], t.Final.Values[1], 1e-8);
        var k = t.FirstStepWithin(1e-6);
        Assert.NotNull(k);
        Assert.True(t.Steps[k!.Value].GradientNorm <= 1e-6);
        Assert.True(t.Steps[k.Value - 1].GradientNorm > 1e-6);
        Assert.Null(t.FirstStepWithin(0));
    }

    [Fact]
    public void Learning_rate_above_two_over_lambda_max_diverges_within_bounded_steps()
    {
        var t = GradientDescent.Run(ModelKind.Linear, LossKind.Mse, TestData.C, 0.08, 100_000, [0, 0]);
        Assert.Equal(DescentOutcome.Diverged, t.Outcome);
        Assert.NotNull(t.DivergedAtStep);
        Assert.True(t.DivergedAtStep < 200, $"{t.DivergedAtStep}");
        Assert.Equal(t.DivergedAtStep, t.StepsTaken);
        Assert.True(t.Final.Loss > 1e6 * t.Steps[0].Loss);
        Assert.True(t.Steps[^2].Loss <= 1e6 * t.Steps[0].Loss);
    }

    [Fact]
    public void Overflow_is_a_divergence_not_an_exception()
    {
        var t = GradientDescent.Run(ModelKind.Quadratic, LossKind.Sse, TestData.B, 10, 1000, [0, 0, 0]);
        Assert.Equal(DescentOutcome.Diverged, t.Outcome);
        Assert.True(t.StepsTaken < 1000);
    }

    [Fact]
    public void Long_descent_on_logloss_approaches_the_newton_optimum()
    {
        var newton = Optimum.Find(ModelKind.Logistic, TestData.D).Values!;
        var t = GradientDescent.Run(ModelKind.Logistic, LossKind.LogLoss, TestData.D, 0.5, 200_000, [0, 0]);
        Assert.Equal(DescentOutcome.RanAllSteps, t.Outcome);
        TestData.Near(newton[0], t.Final.Values[0], 1e-6);
        TestData.Near(newton[1], t.Final.Values[1], 1e-6);
    }

    [Fact]
    public void Zero_steps_returns_just_the_start()
    {
        var t = GradientDescent.Run(ModelKind.Logistic, LossKind.ProbabilityMse, TestData.E, 1, 0, [0.5, 0.5]);
        Assert.Single(t.Steps);
        Assert.Equal(0, t.StepsTaken);
        Assert.Equal([0.5, 0.5], t.From);
    }

    [Fact]
    public void Invalid_arguments_are_rejected_clearly()
    {
        Assert.Contains("learning rate", Assert.Throws<ArgumentException>(() => GradientDescent.Run(ModelKind.Linear, LossKind.Mse, TestData.C, 0, 1, [0, 0])).Message);
        Assert.Throws<ArgumentException>(() => GradientDescent.Run(ModelKind.Linear, LossKind.Mse, TestData.C, double.NaN, 1, [0, 0]));
        Assert.Throws<ArgumentException>(() => GradientDescent.Run(ModelKind.Linear, LossKind.Mse, TestData.C, 0.1, -1, [0, 0]));
        Assert.Throws<ArgumentException>(() => GradientDescent.Run(ModelKind.Linear, LossKind.Mse, TestData.C, 0.1, 10_000_001, [0, 0]));
        Assert.Throws<ArgumentException>(() => GradientDescent.Run(ModelKind.Linear, LossKind.Mse, TestData.C, 0.1, 1, [0, 0, 0]));
        Assert.Throws<ArgumentException>(() => GradientDescent.Run(ModelKind.Linear, LossKind.Mse, TestData.C, 0.1, 1, [0, double.PositiveInfinity]));
        Assert.Throws<ArgumentException>(() => GradientDescent.Run1D(w => w, w => 1, -1, 1, 0));
        Assert.Throws<ArgumentException>(() => GradientDescent.Run1D(w => w, w => 1, 0.1, 1, double.NaN));
    }

    private static double L(double w) => 0.03 * Math.Pow(w, 4) - 0.5 * w * w - 0.6 * w + 6;

    private static double DL(double w) => 0.12 * w * w * w - w - 0.6;

    [Fact]
    public void Lesson_function_has_the_quoted_critical_points()
    {
        // Critical points solve 0.12w³ − w − 0.6 = 0; check each quoted root brackets a sign change of L'.
        foreach (var (w, loss) in new[] { (-2.5197, 5.5466), (3.1497, 2.1024), (-0.6300, double.NaN) })
        {
            Assert.True(Math.Sign(DL(w - 1e-4)) != Math.Sign(DL(w + 1e-4)), $"{w}");
            if (!double.IsNaN(loss))
            {
                Assert.Equal(loss, Math.Round(L(w), 4));
            }
        }
    }

    [Fact]
    public void Small_learning_rate_crawls_and_larger_one_converges_to_the_local_minimum()
    {
        var slow = GradientDescent.Run1D(L, DL, 0.01, 50, -3.5);
        var fast = GradientDescent.Run1D(L, DL, 0.15, 50, -3.5);
        Assert.Equal(DescentOutcome.RanAllSteps, slow.Outcome);
        Assert.Equal(DescentOutcome.RanAllSteps, fast.Outcome);
        Assert.Equal(51, fast.Steps.Count);
        Assert.Equal(-3.5, fast.Steps[0].W);
        Assert.Equal(-3.5 - 0.15 * DL(-3.5), fast.Steps[1].W);
        Assert.Equal(-2.5197, Math.Round(fast.Final.W, 4));
        Assert.True(Math.Abs(slow.Final.W + 2.5197) > 0.05, $"{slow.Final.W}");
        Assert.True(slow.Final.Loss < slow.Steps[0].Loss);
    }

    [Fact]
    public void One_dimensional_divergence_is_reported_at_the_first_bad_step()
    {
        var t = GradientDescent.Run1D(L, DL, 5, 1000, -3.5);
        Assert.Equal(DescentOutcome.Diverged, t.Outcome);
        Assert.Equal(t.Steps.Count - 1, t.DivergedAtStep);
        Assert.True(t.Steps.Take(t.Steps.Count - 1).All(s => s.Loss <= 1e6));
    }
}
