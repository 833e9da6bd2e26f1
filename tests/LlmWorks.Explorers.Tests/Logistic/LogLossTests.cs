using System.Text.RegularExpressions;
using LlmWorks.Explorers.Formatting;
using LlmWorks.Explorers.Logistic;
using LlmWorks.Testing;
using static LlmWorks.Explorers.Tests.Logistic.Yaml;

namespace LlmWorks.Explorers.Tests.Logistic;

public sealed class LogLossTests
{
    private static readonly double[] Probes = [0.99, 0.8, 0.5, 0.2, 0.01];

    private static ExplorerResult Run() => new LogLossExplorer().Run(Page(M(1,
        ("probes", Nums(2, Probes)),
        ("thresholds", Nums(3, 0.3, 1.5)),
        ("scenarios", L(4,
            M(5, ("id", S("passed")), ("title", S("p")), ("label", S(1)), ("at", S(0.8))),
            M(6, ("id", S("failed")), ("title", S("f")), ("label", S(0)), ("at", S(0.2))))))));

    [Theory]
    [InlineData(0.99)]
    [InlineData(0.8)]
    [InlineData(0.5)]
    [InlineData(0.2)]
    [InlineData(0.01)]
    [InlineData(1e-9)]
    public void Per_example_loss_is_minus_ln(double p)
    {
        Assert.Equal(-Math.Log(p), PerExampleLoss.OfProbability(p, 1), 1e-12 * Math.Max(1, -Math.Log(p)));
        Assert.Equal(-Math.Log(1 - p), PerExampleLoss.OfProbability(p, 0), 1e-12);
    }

    [Fact]
    public void Probe_table_matches_ln_cell_by_cell()
    {
        var s = Run().Scenarios[0];
        var t = Assert.Single(s.Tables);
        Assert.Equal(Probes.Length, t.Rows.Count);
        for (var i = 0; i < Probes.Length; i++)
        {
            var p = Probes[i];
            Assert.Equal(Fmt.Num(p, 2), t.Rows[i][0]);
            Assert.Equal(Fmt.Num(-Math.Log(p), 3), t.Rows[i][1]);
            Assert.Equal(Fmt.Num(-Math.Log(1 - p), 3), t.Rows[i][2]);
            var loss = -Math.Log(p);
            Assert.Equal(loss < 0.3 ? "excellent" : loss > 1.5 ? "severe: confidently wrong" : "unsure", t.Rows[i][3]);
        }
        Assert.Equal("4.605", t.Rows[4][1]);
        Assert.Equal("0.223", t.Rows[1][1]);
    }

    [Fact]
    public void Thresholds_are_crossed_where_the_original_says()
    {
        var facts = Run().Facts;
        Assert.Contains("when ŷ > 0.741", facts[0].Value);
        Assert.Contains("when ŷ < 0.223", facts[0].Value);
        Assert.Contains("when ŷ < 0.259", facts[1].Value);
        Assert.Contains("when ŷ > 0.777", facts[1].Value);
        foreach (var label in new[] { 0, 1 })
        foreach (var level in new[] { 0.3, 1.5 })
            Assert.Equal(level, PerExampleLoss.OfProbability(LogLossSpec.Crossing(label, level), label), 12);
    }

    [Fact]
    public void Worked_example_reads_like_the_original()
    {
        var r = Run().Scenarios;
        Assert.Equal("\u2212[1\u00b7ln(0.80) + (1 \u2212 1)\u00b7ln(1 \u2212 0.80)] = \u2212[ln(0.80) + 0] = \u2212(\u22120.22) = 0.22",
            r[0].Readouts.Single(o => o.Label == "Worked example").Value);
        Assert.Equal("\u2212[0\u00b7ln(0.20) + (1 \u2212 0)\u00b7ln(1 \u2212 0.20)] = \u2212[0 + ln(1 \u2212 0.20)] = \u2212(\u22120.22) = 0.22",
            r[1].Readouts.Single(o => o.Label == "Worked example").Value);
        Assert.Equal("excellent", r[0].Readouts.Single(o => o.Label == "Verdict").Value);
    }

    [Fact]
    public void The_pages_worked_example_uses_the_computed_number()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Content, "logistic-regression", "deriving-log-loss.md"));
        var m = Regex.Match(text, @"= -\\ln 0\.80 = ([0-9.]+)");
        Assert.True(m.Success, "the worked example is missing from the page");
        Assert.Equal(Fmt.Num(PerExampleLoss.OfProbability(0.8, 1), 2), m.Groups[1].Value);
    }

    [Fact]
    public void Bad_probe_is_a_content_error()
    {
        var page = Page(M(1, ("probes", Nums(2, 0.5, 1)), ("thresholds", Nums(3, 0.3, 1.5)), ("scenarios", L(4))));
        var e = Assert.Throws<Settings.ContentException>(() => new LogLossExplorer().Run(page));
        Assert.Equal(2, e.Line);
    }
}
