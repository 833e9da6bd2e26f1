using System.Text.Json;
using LlmWorks.Testing;

namespace LlmWorks.Cli.Tests;

public sealed class FitCommandTests
{
    private static readonly string SsePoints = Path.Combine(RepoPaths.Content, "data", "sse-points.csv");

    [Fact]
    public void Json_has_the_documented_shape_and_exact_optimum()
    {
        var r = CliRunner.Run("fit", "--data", SsePoints, "--model", "linear", "--at", "6.5,3.5", "--json");
        Assert.Equal(0, r.Exit);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal("linear", root.GetProperty("model").GetString());
        Assert.Equal(10, root.GetProperty("n").GetInt32());
        Assert.Equal(["slope", "intercept"], root.GetProperty("parameters").EnumerateArray().Select(e => e.GetString()));
        // Independent derivation: slope = Sxy / Sxx, intercept = ȳ − slope·x̄, in decimal arithmetic.
        decimal[] x = [1m, 1.5m, 2m, 2.3m, 2.5m, 2.7m, 2.8m, 3m, 3.2m, 3.5m];
        decimal[] y = [10, 15, 18, 22, 23, 26, 25, 30, 31, 33];
        var (mx, my) = (x.Average(), y.Average());
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var sxx = x.Sum(a => (a - mx) * (a - mx));
        var slope = sxy / sxx;
        var intercept = my - slope * mx;
        var values = root.GetProperty("optimum").GetProperty("values");
        Assert.Equal((double)slope, values[0].GetDouble(), 1e-12);
        Assert.Equal((double)intercept, values[1].GetDouble(), 1e-12);
        var at = root.GetProperty("at").GetProperty("losses");
        var sse = x.Zip(y, (a, b) => (b - (6.5m * a + 3.5m)) * (b - (6.5m * a + 3.5m))).Sum();
        Assert.Equal((double)sse, at.GetProperty("sse").GetDouble(), 1e-9);
        Assert.Equal((double)sse / 10, at.GetProperty("mse").GetDouble(), 1e-10);
        Assert.Equal(Math.Sqrt((double)sse / 10), at.GetProperty("rmse").GetDouble(), 1e-10);
    }

    [Fact]
    public void Descent_reports_trace_and_converges_towards_the_optimum()
    {
        var r = CliRunner.Run("fit", "--data", SsePoints, "--model", "linear", "--gd", "--lr", "0.05", "--steps", "20000", "--json");
        Assert.Equal(0, r.Exit);
        using var doc = JsonDocument.Parse(r.Out);
        var d = doc.RootElement.GetProperty("descent");
        Assert.Equal("mse", d.GetProperty("objective").GetString());
        Assert.False(d.GetProperty("diverged").GetBoolean());
        Assert.Equal(20000, d.GetProperty("stepsTaken").GetInt32());
        var best = doc.RootElement.GetProperty("optimum").GetProperty("values");
        Assert.Equal(best[0].GetDouble(), d.GetProperty("values")[0].GetDouble(), 1e-6);
        Assert.Equal(best[1].GetDouble(), d.GetProperty("values")[1].GetDouble(), 1e-6);
        var trace = d.GetProperty("trace");
        Assert.Equal(0, trace[0][0].GetInt32());
        Assert.Equal(20000, trace[trace.GetArrayLength() - 1][0].GetInt32());
        Assert.Equal(4, trace[0].GetArrayLength());
    }

    [Fact]
    public void Divergence_is_reported_as_state_with_strict_json()
    {
        var r = CliRunner.Run("fit", "--data", SsePoints, "--model", "linear", "--gd", "--lr", "5", "--steps", "100000", "--json");
        Assert.Equal(0, r.Exit);
        Assert.DoesNotContain("NaN", r.Out);
        Assert.DoesNotContain("Infinity", r.Out);
        using var doc = JsonDocument.Parse(r.Out);
        var d = doc.RootElement.GetProperty("descent");
        Assert.True(d.GetProperty("diverged").GetBoolean());
        Assert.True(d.GetProperty("stepsTaken").GetInt32() < 100000);
    }

    [Fact]
    public void No_optimum_is_null_with_a_note()
    {
        var csv = CliRunner.WriteCsv("x,y\n2,1\n2,3\n2,5\n");
        var r = CliRunner.Run("fit", "--data", csv, "--model", "linear", "--json");
        Assert.Equal(0, r.Exit);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("optimum").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("optimumNote").GetString()));
    }

    [Fact]
    public void Logistic_reports_logloss_and_probability_mse()
    {
        var csv = CliRunner.WriteCsv("hours,passed\n1,0\n2,0\n3,1\n4,0\n5,1\n6,1\n");
        var r = CliRunner.Run("fit", "--data", csv, "--model", "logistic", "--at", "0,0", "--json");
        Assert.Equal(0, r.Exit);
        using var doc = JsonDocument.Parse(r.Out);
        var at = doc.RootElement.GetProperty("at").GetProperty("losses");
        Assert.Equal(Math.Log(2), at.GetProperty("logloss").GetDouble(), 1e-12);
        Assert.Equal(0.25, at.GetProperty("mse").GetDouble(), 1e-12);
    }

    [Fact]
    public void Text_summary_names_optimum_and_losses()
    {
        var r = CliRunner.Run("fit", "--data", SsePoints, "--model", "linear");
        Assert.Equal(0, r.Exit);
        Assert.Contains("optimum", r.Out);
        Assert.Contains("sse 7.69", r.Out);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("x,y\n", "no data rows")]
    [InlineData("x,y\n1,2\n3\n", ":3:")]
    [InlineData("x,y\n1,2\n3,abc\n", ":3:")]
    [InlineData("x,y\n1,2\n3,NaN\n", ":3:")]
    public void Malformed_csv_is_one_line_naming_file_and_line(string csv, string expected)
    {
        var path = CliRunner.WriteCsv(csv);
        var line = CliRunner.AssertUserError(CliRunner.Run("fit", "--data", path, "--model", "linear"));
        Assert.Contains("data.csv", line);
        Assert.Contains(expected, line, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("--model", "cubic")]
    [InlineData("--at", "1,2,3")]
    [InlineData("--at", "1,zz")]
    [InlineData("--x", "nope")]
    [InlineData("--lr", "0.1")]
    public void Bad_options_are_one_line(string option, string value)
    {
        var args = new List<string> { "fit", "--data", SsePoints, "--model", "linear" };
        var i = args.IndexOf(option);
        if (i >= 0) args[i + 1] = value;
        else args.AddRange([option, value]);
        CliRunner.AssertUserError(CliRunner.Run([.. args]));
    }

    [Theory]
    [InlineData("--lr", "-1")]
    [InlineData("--lr", "NaN")]
    [InlineData("--steps", "-5")]
    [InlineData("--loss", "logloss")]
    public void Bad_descent_options_are_one_line(string option, string value)
    {
        var args = new List<string> { "fit", "--data", SsePoints, "--model", "linear", "--gd", "--lr", "0.01", "--steps", "10" };
        var i = args.IndexOf(option);
        if (i >= 0) args[i + 1] = value;
        else args.AddRange([option, value]);
        CliRunner.AssertUserError(CliRunner.Run([.. args]));
    }

    [Fact]
    public void Missing_file_and_missing_required_option_are_one_line()
    {
        CliRunner.AssertUserError(CliRunner.Run("fit", "--data", "/nonexistent/x.csv", "--model", "linear"));
        CliRunner.AssertUserError(CliRunner.Run("fit", "--model", "linear"));
        CliRunner.AssertUserError(CliRunner.Run("frobnicate"));
    }
}
