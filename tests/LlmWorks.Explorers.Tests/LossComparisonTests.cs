using LlmWorks.Explorers.Convexity;
using LlmWorks.Explorers.Settings;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Tests;

public sealed class LossComparisonTests
{
    private static readonly Lazy<ComparisonScenario> Original = new(ComparisonPage.Scenario);
    private static readonly Dataset E = CsvDataset.FromArrays("E", [-5, -1, 1, 5], [1, 0, 0, 1]);

    private static LossStudy Mse => Original.Value.Studies[0];

    private static LossStudy Log => Original.Value.Studies[1];

    [Fact]
    public void Mse_is_non_convex_on_part_of_the_window_and_log_loss_nowhere()
    {
        Assert.Equal(LossKind.ProbabilityMse, Mse.Loss);
        Assert.Equal(51 * 51, Mse.Report.Cells);
        Assert.InRange(Mse.Report.NonConvexShare, 0.05, 0.95);
        Assert.Equal(0, Log.Report.NonConvexCells);
        Assert.Equal(0.0, Log.Report.NonConvexShare);
    }

    [Fact]
    public void Non_convex_flags_match_the_sign_of_a_finite_difference_hessian()
    {
        var l = Mse.Landscape;
        var checkedCells = 0;
        for (var i = 0; i < l.U.Length; i += 5)
            for (var j = 0; j < l.V.Length; j += 5)
            {
                var (lo, hi) = FiniteDifferenceEigen(LossKind.ProbabilityMse, l.U[i], l.V[j]);
                if (Math.Abs(lo) < 1e-5 * Math.Max(1e-3, Math.Abs(hi))) continue; // too close to zero to call by differences
                Assert.Equal(lo < 0, Mse.Report.NonConvex[i, j]);
                checkedCells++;
            }
        Assert.True(checkedCells > 80, $"only {checkedCells} cells were decisive");
        Assert.True(FiniteDifferenceEigen(LossKind.LogLoss, -6, 1.5).Min > 0);
        Assert.True(FiniteDifferenceEigen(LossKind.LogLoss, 2, -1.5).Min > 0);
    }

    [Fact]
    public void Log_loss_descent_ends_in_one_minimum_the_newton_optimum()
    {
        var newton = Optimum.Find(ModelKind.Logistic, E).Values!;
        Assert.Single(Log.Ends);
        var end = Log.Ends[0];
        Assert.Equal(EndKind.Minimum, end.Kind);
        Assert.Equal(25, end.Members.Count);
        foreach (var run in end.Members)
        {
            Assert.Equal(newton[0], run.Final.Values[0], 1e-9);
            Assert.Equal(newton[1], run.Final.Values[1], 1e-9);
        }
        // Symmetric data with two of each class: the MLE is the flat 0.5 curve, log-loss ln 2, MSE 1/4.
        Assert.Equal(0, newton[0], 1e-12);
        Assert.Equal(0, newton[1], 1e-12);
        Assert.Equal(Math.Log(2), Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, E, newton), 1e-12);
    }

    [Fact]
    public void Mse_descent_ends_at_the_origin_or_in_one_of_two_mirrored_valleys()
    {
        Assert.Equal(3, Mse.Ends.Count);
        Assert.Equal(EndKind.Minimum, Mse.Ends[0].Kind);
        Assert.All(Mse.Ends[0].Members, r => Assert.True(Math.Abs(r.Final.Values[0]) < 1e-9 && Math.Abs(r.Final.Values[1]) < 1e-9));
        Assert.Equal(0.25, Mse.Ends[0].Representative.Final.Loss, 1e-12);
        var valleys = Mse.Ends.Skip(1).ToList();
        Assert.All(valleys, v => Assert.Equal(EndKind.StillSinking, v.Kind));
        Assert.Equal(valleys[0].Members.Count, valleys[1].Members.Count);
        Assert.Equal(-Math.Sign(valleys[0].Representative.Final.Values[1]), Math.Sign(valleys[1].Representative.Final.Values[1]));
        Assert.Equal(25, Mse.Ends.Sum(e => e.Members.Count));
        foreach (var run in valleys.SelectMany(v => v.Members))
        {
            // The stopping rule fired, yet the gradient is not zero and the run kept going down after it.
            Assert.True(run.Stopped);
            Assert.True(run.Final.GradientNorm > 1e-6);
            Assert.True(run.Final.Loss < run.Stop.Loss);
            Assert.True(Math.Abs(run.Final.Values[1]) > Math.Abs(run.Stop.Values[1]));
            Assert.True(run.Final.Loss > 0.25);
        }
    }

    [Fact]
    public void The_default_start_stops_where_the_original_explorer_stopped()
    {
        // Seed facts §11: from m = −0.8, b = −2 the original stops (|∇SSE| < 0.01) at m ≈ −1.390, b ≈ −3.791, SSE ≈ 1.0085.
        var run = Mse.Highlights[0];
        Assert.Equal(-1.390, run.Stop.Values[1], 0.0015);
        Assert.Equal(-3.791, run.Stop.Values[0], 0.0015);
        Assert.Equal(1.0085, 4 * run.Stop.Loss, 0.0005);
    }

    [Fact]
    public void Further_out_along_each_valley_the_loss_keeps_falling_towards_a_quarter()
    {
        var floor = Mse.LowestMinimum!.Value;
        foreach (var group in Mse.Valleys.GroupBy(v => v.Group))
        {
            var ray = group.Where(v => !v.Where.StartsWith("after", StringComparison.Ordinal)).ToList();
            Assert.Equal(5, ray.Count);
            for (var k = 1; k < ray.Count; k++)
            {
                Assert.True(ray[k].Loss <= ray[k - 1].Loss, $"{ray[k].Where}: {ray[k].Loss} after {ray[k - 1].Loss}");
                Assert.True(ray[k].GradientNorm < ray[k - 1].GradientNorm);
            }
            Assert.True(ray[1].Loss < ray[0].Loss);
            Assert.All(ray, v => Assert.True(v.Loss >= floor));
            Assert.True(ray[^1].Loss - floor < 1e-12);
            // Independent check by hand: at 16× the stop, three points are fitted and x = 5 or x = −5 is wrong, so MSE → 1/4.
            var t = ray[^1].Theta;
            var p = E.X.Select(x => 1 / (1 + Math.Exp(-(t[0] + t[1] * x)))).ToArray();
            Assert.Equal(0.25, p.Select((q, i) => (E.Y[i] - q) * (E.Y[i] - q)).Sum() / 4, 1e-12);
        }
    }

    [Fact]
    public void Both_views_build_two_panels_with_the_slope_across()
    {
        var result = new LossComparisonExplorer().Run(ComparisonPage.Context());
        var figures = result.Scenarios[0].Figures;
        Assert.Equal(["surfaces", "maps"], figures.Select(f => f.View));
        var style = new FigureStyle(new FigureSize(1040, 520), Theme.Light);
        var surfaces = figures[0].Build(style);
        var s = Assert.IsType<Surface3D>(surfaces.Panels[0].Plot);
        Assert.Equal("b1 (slope m)", s.ULabel);
        Assert.Equal(-1.5, s.U[0]);
        Assert.Equal(-6, s.V[0]);
        Assert.Equal(Losses.Evaluate(ModelKind.Logistic, LossKind.ProbabilityMse, E, [-6, -1.5]), s.Loss[0, 0], 1e-12);
        var map = Assert.IsType<Chart2D>(figures[1].Build(style).Panels[0].Plot);
        Assert.Equal(Mse.Report.NonConvexCells, map.Marks.OfType<CellsMark>().First().Centers.Count);
        Assert.Empty(Assert.IsType<Chart2D>(figures[1].Build(style).Panels[1].Plot).Marks.OfType<CellsMark>());
    }

    [Fact]
    public void Bad_front_matter_names_its_line()
    {
        var e = Assert.Throws<ContentException>(() => new LossComparisonExplorer().Run(ComparisonPage.Context(lr: "-1")));
        Assert.Equal(12, e.Line);
        Assert.Contains("lr", e.Detail, StringComparison.Ordinal);
        e = Assert.Throws<ContentException>(() => new LossComparisonExplorer().Run(ComparisonPage.Context(windowExtra: ("slope", ComparisonPage.Nums(40, 0, 1)))));
        Assert.Equal(40, e.Line);
        Assert.Contains("unknown setting 'slope'", e.Detail, StringComparison.Ordinal);
        e = Assert.Throws<ContentException>(() => new LossComparisonExplorer().Run(ComparisonPage.Context(steps: 0)));
        Assert.Equal(11, e.Line);
    }

    private static (double Min, double Max) FiniteDifferenceEigen(LossKind loss, double b0, double b1)
    {
        const double h = 1e-4;
        double F(double p, double q) => Losses.Evaluate(ModelKind.Logistic, loss, E, [p, q]);
        var f = F(b0, b1);
        var a = (F(b0 + h, b1) - 2 * f + F(b0 - h, b1)) / (h * h);
        var c = (F(b0, b1 + h) - 2 * f + F(b0, b1 - h)) / (h * h);
        var b = (F(b0 + h, b1 + h) - F(b0 + h, b1 - h) - F(b0 - h, b1 + h) + F(b0 - h, b1 - h)) / (4 * h * h);
        var mean = (a + c) / 2;
        var r = Math.Sqrt((a - c) * (a - c) / 4 + b * b);
        return (mean - r, mean + r);
    }
}
