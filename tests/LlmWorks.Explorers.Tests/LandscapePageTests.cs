using static LlmWorks.Explorers.Tests.Pages;

namespace LlmWorks.Explorers.Tests;

/// <summary>The SSE, MSE and RMSE pages: every read-out against sums written out in the test.</summary>
public sealed class LandscapePageTests
{
    private static readonly (double[] X, double[] Y) Data = Reference.Csv("data/sse-points.csv");

    private static readonly string[] PageNames = ["linear-regression/sse.md", "linear-regression/mse.md", "linear-regression/rmse.md"];

    public static TheoryData<string> LinearPages => new(PageNames);

    [Theory]
    [MemberData(nameof(LinearPages))]
    public void Scenario_readouts_equal_the_losses_summed_by_hand(string page)
    {
        var r = Run(page);
        var n = Data.X.Length;
        var best = Reference.NormalEquations(Data.X, Data.Y, 2);
        foreach (var s in r.Scenarios)
        {
            var at = s.Id == "optimum" ? best : [6.5, 3.5];
            var sse = Reference.Sse(Data.X, Data.Y, at);
            AssertShown(sse, Readout(s, "SSE"));
            AssertShown(sse / n, Readout(s, "MSE"));
            AssertShown(Math.Sqrt(sse / n), Readout(s, "RMSE"));
        }
    }

    [Fact]
    public void Start_readouts_match_the_originals_display()
    {
        // The originals show 203.32, 20.33 and 4.51 at the default line (SEED §1-3).
        var start = Run("linear-regression/mse.md").Scenarios.Single(s => s.Id == "start");
        Assert.Equal("203.32", Readout(start, "SSE"));
        Assert.Equal(20.33, Math.Round(Number(Readout(start, "MSE")), 2));
        Assert.Equal(4.51, Math.Round(Number(Readout(start, "RMSE")), 2));
    }

    [Fact]
    public void Mse_page_lowest_mse_is_lowest_sse_over_n_at_the_same_optimum()
    {
        var r = Run("linear-regression/mse.md");
        var n = Data.X.Length;
        var best = Reference.NormalEquations(Data.X, Data.Y, 2);
        var sse = Reference.Sse(Data.X, Data.Y, best);
        Assert.Equal(7.698, sse, 3);
        AssertShown(sse, Fact(r, "Lowest SSE"));
        AssertShown(sse / n, Fact(r, "Lowest MSE"));
        AssertShown(Math.Sqrt(sse / n), Fact(r, "Lowest RMSE"));
        var relation = Fact(r, "Lowest MSE = lowest SSE \u00f7 n");
        Assert.Equal($"{Fact(r, "Lowest SSE")} \u00f7 {n} = {Fact(r, "Lowest MSE")}", relation);
        // The optimum scenario is the same line on all three pages.
        var lines = PageNames.Select(p => Readout(Run(p).Scenarios.Single(s => s.Id == "optimum"), "Model")).Distinct().ToList();
        Assert.Single(lines);
        Assert.Equal($"y = {best[0]:F2}x + {best[1]:F2}", lines[0]);
    }

    [Fact]
    public void Rmse_page_lowest_rmse_is_root_of_lowest_mse_in_units_of_y()
    {
        var r = Run("linear-regression/rmse.md");
        var sse = Reference.Sse(Data.X, Data.Y, Reference.NormalEquations(Data.X, Data.Y, 2));
        var mse = sse / Data.X.Length;
        Assert.Equal($"\u221a{mse:F4} = {Math.Sqrt(mse):F4}, in the units of y", Fact(r, "Lowest RMSE = \u221a(lowest MSE)"));
    }

    [Theory]
    [InlineData("linear-regression/sse.md", "SSE", 1)]
    [InlineData("linear-regression/mse.md", "MSE", 10)]
    public void Grid_range_fact_is_the_grid_extremes(string page, string loss, int divisor)
    {
        // The original's grid: 31×31 vertices over slope 0..15, intercept −5..20; SSE 7.75..11365.25 (SEED §1).
        var text = Fact(Run(page), $"{loss} on the grid");
        var values = new List<double>();
        for (var i = 0; i <= 30; i++)
            for (var j = 0; j <= 30; j++)
                values.Add(Reference.Sse(Data.X, Data.Y, 15.0 * i / 30, -5 + 25.0 * j / 30) / divisor);
        var parts = text.Split(' ');
        AssertShown(values.Min(), parts[0]);
        AssertShown(values.Max(), parts[2]);
        Assert.Equal(7.75 / divisor, values.Min(), 0.005 / divisor);
        Assert.Equal(11365.25 / divisor, values.Max(), 0.005 / divisor);
    }

    /// <summary>The shown text is the value rounded to the decimals it shows.</summary>
    internal static void AssertShown(double expected, string shown)
    {
        var decimals = Decimals(shown);
        Assert.Equal(Math.Round(expected, decimals, MidpointRounding.AwayFromZero), Number(shown), decimals);
    }
}
