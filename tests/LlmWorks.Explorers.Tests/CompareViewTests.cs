using LlmWorks.Explorers.Formatting;
using LlmWorks.Figures.Model;
using static LlmWorks.Explorers.Tests.Pages;

namespace LlmWorks.Explorers.Tests;

/// <summary>The side-by-side figure of the three losses.</summary>
public sealed class CompareViewTests
{
    private static readonly (double[] X, double[] Y) Data = Reference.Csv("data/sse-points.csv");

    [Fact]
    public void Compare_losses_has_three_surfaces_titled_sse_mse_rmse()
    {
        var figure = Build("linear-regression/mse.md", "start");
        Assert.Equal(3, figure.Panels.Count);
        Assert.Equal(3, figure.Columns);
        Assert.Equal(["SSE", "MSE", "RMSE"], figure.Panels.Select(p => p.Title));
        Assert.Equal(["SSE", "MSE", "RMSE"], figure.Panels.Select(p => ((Surface3D)p.Plot).LossLabel));
        Assert.Single(figure.Panels.Select(p => ((Surface3D)p.Plot).Camera).Distinct());
    }

    [Fact]
    public void Each_panel_has_its_own_heights_and_the_same_ball_and_optimum()
    {
        var n = Data.X.Length;
        var surfaces = Build("linear-regression/mse.md", "start").Panels.Select(p => (Surface3D)p.Plot).ToList();
        var best = Reference.NormalEquations(Data.X, Data.Y, 2);
        var sse = Reference.Sse(Data.X, Data.Y, best);
        var startSse = Reference.Sse(Data.X, Data.Y, 6.5, 3.5);
        double[] scale = [1, 1.0 / n];
        for (var k = 0; k < 3; k++)
        {
            double Of(double s) => k < 2 ? s * scale[k] : Math.Sqrt(s / n);
            var s = surfaces[k];
            Assert.Equal(Of(Reference.Sse(Data.X, Data.Y, s.U[3], s.V[7])), s.Loss[3, 7], 9);
            var optimum = s.Marks.OfType<OptimumMark>().Single().At;
            Assert.Equal(best[0], optimum.U, 9);
            Assert.Equal(best[1], optimum.V, 9);
            Assert.Equal(Of(sse), optimum.Loss, 9);
            var ball = s.Marks.OfType<BallMark>().Single().At;
            Assert.Equal((6.5, 3.5), (ball.U, ball.V));
            Assert.Equal(Of(startSse), ball.Loss, 9);
        }
    }

    [Fact]
    public void Panel_readouts_show_each_loss_at_the_scenario()
    {
        var figure = Build("linear-regression/mse.md", "start");
        var startSse = Reference.Sse(Data.X, Data.Y, 6.5, 3.5);
        Assert.Equal($"SSE = {Fmt.Num(startSse, 2)}", figure.Panels[0].Readouts.Single());
        Assert.StartsWith("MSE = 20.33", figure.Panels[1].Readouts.Single(), StringComparison.Ordinal);
        Assert.StartsWith("RMSE = 4.5", figure.Panels[2].Readouts.Single(), StringComparison.Ordinal);
    }

    private static Figure Build(string page, string scenario)
    {
        var asset = Run(page).Scenarios.Single(s => s.Id == scenario).Figures.Single(f => f.View == "compare-losses");
        return asset.Build(new FigureStyle(asset.DefaultSize, Theme.Light));
    }
}
