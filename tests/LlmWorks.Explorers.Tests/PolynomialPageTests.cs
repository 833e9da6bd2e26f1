using LlmWorks.Figures.Model;
using static LlmWorks.Explorers.Tests.Pages;

namespace LlmWorks.Explorers.Tests;

/// <summary>The polynomial page: the closed-form optimum, the best-c surface and the floating ball.</summary>
public sealed class PolynomialPageTests
{
    private const string Page = "linear-regression/polynomial.md";
    private static readonly (double[] X, double[] Y) Data = Reference.Csv("data/polynomial-points.csv");
    private static readonly double[] Best = Reference.NormalEquations(Data.X, Data.Y, 3);

    [Fact]
    public void Normal_equations_in_decimal_give_the_originals_optimum()
    {
        // SEED §4: a ≈ 0.4276, b ≈ 0.2538, c ≈ 0.2643, SSE ≈ 4.486.
        Assert.Equal(0.4276, Best[0], 4);
        Assert.Equal(0.2538, Best[1], 4);
        Assert.Equal(0.2643, Best[2], 4);
        Assert.Equal(4.486, Reference.Sse(Data.X, Data.Y, Best), 3);
    }

    [Fact]
    public void Page_facts_show_the_closed_form_optimum()
    {
        var r = Run(Page);
        Assert.Equal($"y = {Best[0]:F4}x\u00b2 + {Best[1]:F4}x + {Best[2]:F4}", Fact(r, "Least-squares fit"));
        LandscapePageTests.AssertShown(Reference.Sse(Data.X, Data.Y, Best), Fact(r, "Lowest SSE"));
        Assert.Contains("best c", Fact(r, "Surface over (a, b)"), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_readout_is_the_originals_sse()
    {
        var start = Run(Page).Scenarios.Single(s => s.Id == "start");
        Assert.Equal("y = 0.10x\u00b2 + 0.50x + 5.00", Readout(start, "Model"));
        Assert.Equal("1439.23", Readout(start, "SSE"));
        LandscapePageTests.AssertShown(Reference.Sse(Data.X, Data.Y, 0.1, 0.5, 5.0), Readout(start, "SSE"));
    }

    [Fact]
    public void Best_c_surface_has_its_minimum_at_the_overall_optimum()
    {
        var surface = Surface("optimum", "surface");
        var (lo, li, lj) = (double.PositiveInfinity, 0, 0);
        for (var i = 0; i < surface.U.Count; i++)
            for (var j = 0; j < surface.V.Count; j++)
                if (surface.Loss[i, j] < lo) (lo, li, lj) = (surface.Loss[i, j], i, j);
        var (du, dv) = (surface.U[1] - surface.U[0], surface.V[1] - surface.V[0]);
        Assert.InRange(Math.Abs(surface.U[li] - Best[0]), 0, du);
        Assert.InRange(Math.Abs(surface.V[lj] - Best[1]), 0, dv);
        var optimumSse = Reference.Sse(Data.X, Data.Y, Best);
        Assert.True(lo >= optimumSse - 1e-9, $"grid minimum {lo} below the optimum {optimumSse}");
        // Each vertex uses its best c: the mean of y − a·x² − b·x, so the grid SSE at the nearest vertex is that of (a, b, c*(a, b)).
        var (a, b) = (surface.U[li], surface.V[lj]);
        var c = Enumerable.Range(0, Data.X.Length).Average(k => Data.Y[k] - a * Data.X[k] * Data.X[k] - b * Data.X[k]);
        Assert.Equal(Reference.Sse(Data.X, Data.Y, a, b, c), lo, 9);
        var diamond = surface.Marks.OfType<OptimumMark>().Single().At;
        Assert.Equal(optimumSse, diamond.Loss, 9);
    }

    [Fact]
    public void Start_ball_floats_at_its_own_sse_above_the_best_c_surface()
    {
        var asset = Run(Page).Scenarios.Single(s => s.Id == "start").Figures.Single(f => f.View == "surface");
        var surface = (Surface3D)asset.Build(new FigureStyle(asset.DefaultSize, Theme.Light)).Panels[0].Plot;
        var ball = surface.Marks.OfType<BallMark>().Single().At;
        Assert.Equal(Reference.Sse(Data.X, Data.Y, 0.1, 0.5, 5.0), ball.Loss, 9);
        var bestC = Enumerable.Range(0, Data.X.Length).Average(k => Data.Y[k] - 0.1 * Data.X[k] * Data.X[k] - 0.5 * Data.X[k]);
        var under = Reference.Sse(Data.X, Data.Y, 0.1, 0.5, bestC);
        Assert.Contains($"floats {ball.Loss - under:F2} above the surface", asset.Caption, StringComparison.Ordinal);
        Assert.Contains($"best c for its a and b is {bestC:F2}", asset.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Held_c_surface_is_the_slice_at_the_scenarios_c()
    {
        var (text, _) = ReplaceLine(Page, "surface-c:", "surface-c: scenario");
        var asset = Run(Page, text).Scenarios.Single(s => s.Id == "start").Figures.Single(f => f.View == "surface");
        var surface = (Surface3D)asset.Build(new FigureStyle(asset.DefaultSize, Theme.Light)).Panels[0].Plot;
        Assert.Equal(Reference.Sse(Data.X, Data.Y, surface.U[5], surface.V[9], 5.0), surface.Loss[5, 9], 6);
        Assert.Contains("c held at 5.00", asset.Build(new FigureStyle(asset.DefaultSize, Theme.Light)).Panels[0].Subtitle, StringComparison.Ordinal);
    }

    private static Surface3D Surface(string scenario, string view)
    {
        var asset = Run(Page).Scenarios.Single(s => s.Id == scenario).Figures.Single(f => f.View == view);
        return (Surface3D)asset.Build(new FigureStyle(asset.DefaultSize, Theme.Light)).Panels[0].Plot;
    }
}
