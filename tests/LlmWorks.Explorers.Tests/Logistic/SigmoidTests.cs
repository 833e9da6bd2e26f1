using LlmWorks.Explorers.Logistic;
using LlmWorks.Explorers.Settings;
using static LlmWorks.Explorers.Tests.Logistic.Yaml;

namespace LlmWorks.Explorers.Tests.Logistic;

public sealed class SigmoidTests
{
    private static ExplorerResult Run(params (double B0, double B1, double X)[] scenarios)
    {
        var items = scenarios.Select((s, i) => (SettingsNode)M(3 + i,
            ("id", S($"s{i}", 3 + i)), ("title", S("t", 3 + i)), ("b0", S(s.B0, 4 + i)), ("b1", S(s.B1, 5 + i)), ("x", S(s.X, 6 + i)))).ToArray();
        return new SigmoidExplorer().Run(Page(M(1, ("scenarios", L(2, items)))));
    }

    private static string Value(ScenarioResult s, string label) => s.Readouts.Single(r => r.Label == label).Value;

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(3, 1, -2)]
    [InlineData(-4, 4, 0.5)]
    [InlineData(1.5, -1.5, 3)]
    [InlineData(-7.3, 0.9, 9.9)]
    public void Decision_point_and_probe_match_direct_computation(double b0, double b1, double x)
    {
        var r = Run((b0, b1, x)).Scenarios[0];
        var z = b0 + b1 * x;
        var p = 1 / (1 + Math.Exp(-z));
        var x0 = -b0 / b1;
        Assert.Equal(0, b0 + b1 * x0, 12);
        Assert.EndsWith("= " + Num(x0, 2), Value(r, "Decision point").Replace(" (outside the plotted range)", ""));
        Assert.EndsWith("= " + Num(z, 2), Value(r, "z"));
        Assert.EndsWith("= " + Num(Math.Exp(-z), 2), Value(r, "e^(\u2212z)"));
        Assert.EndsWith($"1/(1 + {Num(Math.Exp(-z), 2)}) = {Num(p, 3)}", Value(r, "p"));
        Assert.StartsWith(Num(100 * p, 1) + "%", Value(r, "P(y = 1)"));
        Assert.Contains(p > 0.5 ? "class 1" : "class 0", Value(r, "P(y = 1)"));
    }

    [Fact]
    public void Negative_z_is_written_without_a_double_minus()
    {
        var r = Run((1.5, -1.5, 3)).Scenarios[0];
        Assert.Equal("e^(\u2212z) = e^(\u2212(\u22123.00)) = e^(3.00) = 20.09", Value(r, "e^(\u2212z)"));
        Assert.Equal("z = \u03b2\u2080 + \u03b2\u2081\u00b7x = 1.5 \u2212 1.5\u00b73.0 = \u22123.00", Value(r, "z"));
        Assert.DoesNotContain("\u2212\u2212", string.Join(" ", r.Readouts.Select(o => o.Value)));
        Assert.DoesNotContain("--", string.Join(" ", r.Readouts.Select(o => o.Value)));
    }

    [Fact]
    public void Defaults_read_like_the_original()
    {
        var r = Run((0, 1, 0)).Scenarios[0];
        Assert.Equal("z = \u03b2\u2080 + \u03b2\u2081\u00b7x = 0.0 + 1.0\u00b70.0 = 0.00", Value(r, "z"));
        Assert.Equal("\u03c3(z) = 1/(1 + e^(\u2212z)) = 1/(1 + 1.00) = 0.500", Value(r, "p"));
        Assert.StartsWith("50.0%", Value(r, "P(y = 1)"));
    }

    [Fact]
    public void Zero_slope_has_no_decision_point()
    {
        var r = Run((1, 0, 4)).Scenarios[0];
        Assert.Equal($"no decision point: \u03b2\u2081 = 0, so p = \u03c3(\u03b2\u2080) = {Num(1 / (1 + Math.Exp(-1)), 3)} for every x", Value(r, "Decision point"));
        var figure = r.Figures[0].Build(new FigureStyle(new FigureSize(720, 460), Figures.Model.Theme.Light));
        Assert.NotNull(figure);
    }

    [Fact]
    public void Off_grid_value_is_a_content_error_at_its_line()
    {
        var e = Assert.Throws<ContentException>(() => Run((0.15, 1, 0)));
        Assert.Equal(4, e.Line);
        Assert.StartsWith("test.md:4: b0", e.Message);
        Assert.Contains("b0", e.Message);
        Assert.Throws<ContentException>(() => Run((0, 5.1, 0)));
    }

    private static string Num(double v, int d) => Formatting.Fmt.Num(v, d);
}
