using System.Text.Json;
using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;
using LlmWorks.Site.Publishing;
using LlmWorks.Testing;

namespace LlmWorks.Cli.Tests;

/// <summary><c>llmworks fit</c> and the pages report the same numbers for the same data.</summary>
public sealed class FitAgreesWithPagesTests
{
    private static readonly SiteContent Site = SiteContent.Load(RepoPaths.Content);

    private static JsonElement Fit(params string[] args)
    {
        var r = CliRunner.Run(["fit", .. args, "--json"]);
        Assert.True(r.Exit == 0, r.Err);
        return JsonDocument.Parse(r.Out).RootElement.Clone();
    }

    private static string Fact(string page, string label) =>
        Site.Find(page)!.Result!.Facts.Single(f => f.Label == label).Value;

    [Fact]
    public void Sse_page_shows_the_optimum_fit_computes()
    {
        var o = Fit("--data", Path.Combine(RepoPaths.Content, "data", "sse-points.csv"), "--model", "linear").GetProperty("optimum");
        var v = o.GetProperty("values");
        Assert.Equal($"y = {Fmt.Num(v[0].GetDouble(), 4)}x {Fmt.Signed(v[1].GetDouble(), 4)}", Fact("linear-regression/sse", "Least-squares fit"));
        Assert.Equal(Fmt.Num(o.GetProperty("losses").GetProperty("sse").GetDouble(), 4), Fact("linear-regression/sse", "Lowest SSE"));
        Assert.Equal(Fmt.Num(o.GetProperty("losses").GetProperty("rmse").GetDouble(), 4), Fact("linear-regression/rmse", "Lowest RMSE"));
    }

    [Fact]
    public void Logistic_descent_page_shows_the_newton_optimum_fit_computes()
    {
        var o = Fit("--data", Path.Combine(RepoPaths.Content, "data", "hours-studied.csv"), "--model", "logistic").GetProperty("optimum");
        var v = o.GetProperty("values");
        var loss = o.GetProperty("losses").GetProperty("logloss").GetDouble();
        Assert.Equal($"b0 {Fmt.Num(v[0].GetDouble(), 4)}, b1 {Fmt.Num(v[1].GetDouble(), 4)}: log-loss {Fmt.Num(loss, 4)}",
            Fact("logistic-regression/gradient-descent", "Optimum (Newton's method)"));
    }

    [Fact]
    public void Logistic_descent_page_outcome_matches_fit_descent()
    {
        // lr 0.5 converges at step 2595 on the page; fit runs the same descent and must be within the page's tolerance there.
        var d = Fit("--data", Path.Combine(RepoPaths.Content, "data", "hours-studied.csv"), "--model", "logistic",
            "--gd", "--lr", "0.5", "--steps", "2595").GetProperty("descent");
        var scenario = Site.Find("logistic-regression/gradient-descent")!.Result!.Scenarios.Single(s => s.Id == "lr-0-5");
        Assert.Contains("step 2595", scenario.Readouts.Single(r => r.Label == "Outcome").Value);
        Assert.False(d.GetProperty("diverged").GetBoolean());
        var model = scenario.Readouts.Single(r => r.Label == "Model at step 2595").Value;
        var values = d.GetProperty("values").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(ModelText.Equation(ModelKind.Logistic, values, 4), model);
    }
}
