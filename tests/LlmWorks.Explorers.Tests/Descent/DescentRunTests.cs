using LlmWorks.Explorers.Descent;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Tests.Descent;

public sealed class DescentRunTests
{
    private static (double M, double B) ClosedForm()
    {
        // Normal equations solved by hand, not through Numerics.
        double n = Pages.X.Length, sx = Pages.X.Sum(), sy = Pages.Y.Sum(), sxx = Pages.X.Sum(x => x * x), sxy = Pages.X.Zip(Pages.Y, (x, y) => x * y).Sum();
        var m = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return (m, (sy - m * sx) / n);
    }

    [Fact]
    public void Good_rate_converges_within_tolerance_of_the_closed_form()
    {
        var run = Pages.Run(Pages.Linear(Pages.Scenario("good", 0.05, 3000)));
        var (m, b) = ClosedForm();
        var optimum = Optimum.Find(ModelKind.Linear, run.Spec.Data).Values!;
        Assert.Equal(m, optimum[0], 1e-9);
        Assert.Equal(b, optimum[1], 1e-9);
        Assert.Equal(RunEnd.Converged, run.End);
        Assert.True(run.Last.GradientNorm <= 0.01 && run.Step(run.LastStep - 1).GradientNorm > 0.01);
        // |∇| = |H(θ − θ*)| ≥ λmin |θ − θ*|, with H = (2/n)[[Σx², Σx], [Σx, n]] for the MSE: the distance is bounded by tol / λmin.
        double n = Pages.X.Length, a = 2 * Pages.X.Sum(x => x * x) / n, c = 2.0, off = 2 * Pages.X.Sum() / n;
        var lambdaMin = (a + c) / 2 - Math.Sqrt((a - c) * (a - c) / 4 + off * off);
        var distance = Math.Sqrt(Math.Pow(run.Last.Values[0] - m, 2) + Math.Pow(run.Last.Values[1] - b, 2));
        Assert.True(distance <= 0.01 / lambdaMin, $"distance {distance} > {0.01 / lambdaMin}");
        Assert.True(distance < 0.05);
        Assert.Equal($"converged: |∇| ≤ 0.01 at step {run.LastStep}", DescentText.Outcome(run));
    }

    [Fact]
    public void Divergence_is_detected_at_the_step_a_hand_loop_finds_and_reported()
    {
        var run = Pages.Run(Pages.Linear(Pages.Scenario("diverging", 0.08, 3000)));
        // The same descent by hand: MSE gradient (2/n)Σ(ŷ − y)(x, 1), stop when the MSE passes 10⁶ × the start.
        double m = 0, b = 0, n = Pages.X.Length;
        double Mse(double mm, double bb) => Pages.X.Select((x, i) => Math.Pow(mm * x + bb - Pages.Y[i], 2)).Sum() / n;
        var limit = 1e6 * Mse(0, 0);
        var step = 0;
        while (Mse(m, b) <= limit)
        {
            var gm = 2 / n * Pages.X.Select((x, i) => (m * x + b - Pages.Y[i]) * x).Sum();
            var gb = 2 / n * Pages.X.Select((x, i) => m * x + b - Pages.Y[i]).Sum();
            (m, b) = (m - 0.08 * gm, b - 0.08 * gb);
            step++;
        }
        Assert.Equal(RunEnd.Diverged, run.End);
        Assert.Equal(step, run.LastStep);
        Assert.StartsWith($"diverged at step {step}: the MSE grew to ", DescentText.Outcome(run));
        // The drawn path never leaves the grid: it stops at the edge, where it crosses it.
        var path = run.SurfacePath(run.LastStep);
        Assert.All(path, p => Assert.True(run.Spec.OnGrid([p.U, p.V])));
        Assert.NotNull(run.LeftGridAt);
        var edge = path[^1];
        Assert.True(edge.U == 4 || edge.U == -1 || edge.V == 4 || edge.V == -2, $"edge point ({edge.U}, {edge.V}) is not on the grid's border");
        Assert.Equal(Mse(edge.U, edge.V), edge.Loss, 1e-9);
    }

    [Fact]
    public void A_capped_run_says_it_is_still_descending()
    {
        var run = Pages.Run(Pages.Linear(Pages.Scenario("slow", 0.01, 100)));
        Assert.Equal(RunEnd.StillDescending, run.End);
        Assert.Equal(100, run.LastStep);
        Assert.Matches(@"^still descending after 100 steps \(\|∇\| = \d+\.\d+, tolerance 0\.01\)$", DescentText.Outcome(run));
    }

    [Fact]
    public void Too_large_a_logistic_rate_bounces_without_settling()
    {
        var run = Pages.Run(Pages.Logistic(Pages.Scenario("lr-3", 3, 5000)));
        Assert.Equal(RunEnd.NotSettled, run.End);
        Assert.Contains("still rises and falls", DescentText.Outcome(run));
        var tail = Enumerable.Range(4500, 500).Select(k => run.Step(k).Loss).ToList();
        Assert.Contains(tail.Zip(tail.Skip(1)), p => p.Second > p.First);
    }

    [Fact]
    public void Logistic_rate_2_ends_within_tolerance_of_the_newton_optimum()
    {
        var run = Pages.Run(Pages.Logistic(Pages.Scenario("lr-2", 2, 20000)));
        var optimum = Optimum.Find(ModelKind.Logistic, run.Spec.Data).Values!;
        Assert.Equal(RunEnd.Converged, run.End);
        // At the optimum the mean log-loss gradient is zero: check it independently.
        double g0 = 0, g1 = 0;
        for (var i = 0; i < run.Spec.Data.Count; i++)
        {
            var r = 1 / (1 + Math.Exp(-(optimum[0] + optimum[1] * run.Spec.Data.X[i]))) - run.Spec.Data.Y[i];
            (g0, g1) = (g0 + r, g1 + r * run.Spec.Data.X[i]);
        }
        Assert.True(Math.Abs(g0) < 1e-9 && Math.Abs(g1) < 1e-9);
        Assert.True(Math.Abs(run.Last.Values[0] - optimum[0]) < 0.05 && Math.Abs(run.Last.Values[1] - optimum[1]) < 0.01);
    }
}
