using LlmWorks.Explorers.Formatting;
using LlmWorks.Explorers.Logistic;
using LlmWorks.Explorers.Settings;
using LlmWorks.Figures.Model;
using LlmWorks.Figures.Writers;
using LlmWorks.Numerics;
using static LlmWorks.Explorers.Tests.Logistic.Yaml;

namespace LlmWorks.Explorers.Tests.Logistic;

public sealed class PlaygroundTests
{
    private static readonly (double X, int Y)[] Original = [(1, 0), (2, 0), (2.5, 0), (3, 1), (4, 1), (5, 1)];

    private static SettingsMap Edit(int line, string kind, SettingsNode value) => M(line, (kind, value));

    private static ExplorerResult Run((double X, int Y)[] points, double[]? start, params SettingsNode[] edits) =>
        new PlaygroundExplorer().Run(Page(Settings(points, start, edits)));

    private static SettingsMap Settings((double X, int Y)[] points, double[]? start, SettingsNode[] edits)
    {
        var entries = new List<(string, SettingsNode)>
        {
            ("points", L(2, points.Select(p => (SettingsNode)Nums(2, p.X, p.Y)).ToArray())),
            ("lambda", S(0.01, 3)),
            ("learning-rate", S(0.5, 4)),
        };
        if (start is not null) entries.Add(("start", Nums(5, start)));
        entries.Add(("scenarios", L(6, M(7, ("id", S("e")), ("title", S("Edits")), ("edits", L(8, edits))))));
        return M(1, [.. entries]);
    }

    [Fact]
    public void Add_move_and_delete_change_the_points_in_order()
    {
        var r = Run(Original, null,
            Edit(9, "add", Nums(9, 3.5, 0)),
            Edit(10, "move", Nums(10, 2, 6)),
            Edit(11, "delete", S(1, 11)));
        Assert.Equal(["e-initial", "e-edit-1", "e-edit-2", "e-edit-3", "e-sequence"], r.Scenarios.Select(s => s.Id));
        string Xs(int k) => string.Join(" ", r.Scenarios[k].Tables[0].Rows.Select(row => row[1] + ":" + row[2]));
        Assert.Equal("1:0 2:0 2.5:0 3:1 4:1 5:1", Xs(0));
        Assert.Equal("1:0 2:0 2.5:0 3:1 4:1 5:1 3.5:0", Xs(1));
        Assert.Equal("1:0 6:0 2.5:0 3:1 4:1 5:1 3.5:0", Xs(2));
        Assert.Equal("6:0 2.5:0 3:1 4:1 5:1 3.5:0", Xs(3));
        Assert.Equal("Edit 1: Add a fail at x = 3.5", r.Scenarios[1].Title);
        Assert.Equal("Edit 2: Move point 2 from x = 2 to x = 6", r.Scenarios[2].Title);
        Assert.Equal("Edit 3: Delete point 1 (a fail at x = 1)", r.Scenarios[3].Title);
    }

    [Theory]
    [InlineData("move")]
    [InlineData("delete")]
    public void A_point_that_does_not_exist_is_an_error_at_the_edit_line(string kind)
    {
        var value = kind == "move" ? (SettingsNode)Nums(12, 7, 1) : S(7, 12);
        var e = Assert.Throws<ContentException>(() => Run(Original, null, Edit(11, "delete", S(1, 11)), Edit(12, kind, value)));
        Assert.Equal(12, e.Line);
        Assert.StartsWith($"test.md:12: there is no point 7 to {kind}: the data has 5 points", e.Message);
    }

    [Fact]
    public void Malformed_edits_are_errors_at_their_lines()
    {
        Assert.Equal(9, Assert.Throws<ContentException>(() => Run(Original, null, Edit(9, "swap", S(1, 9)))).Line);
        Assert.Equal(9, Assert.Throws<ContentException>(() => Run(Original, null, Edit(9, "add", Nums(9, 9, 1)))).Line);
        Assert.Equal(9, Assert.Throws<ContentException>(() => Run(Original, null, Edit(9, "add", Nums(9, 1, 2)))).Line);
        Assert.Equal(9, Assert.Throws<ContentException>(() => Run(Original, null, Edit(9, "delete", S(0, 9)))).Line);
    }

    [Fact]
    public void Hand_checked_two_point_tables()
    {
        // Points (0, 0) and (2, 1) at the original's starting sliders w = 1, b = 0, worked out by hand:
        // z = 0 and 2; ŷ = 1/2 and 1/(1 + e⁻²); losses ln 2 and ln(1 + e⁻²); ŷ − y = 1/2 and −e⁻²/(1 + e⁻²).
        var r = Run([(0, 0), (2, 1)], [1, 0]);
        var start = r.Scenarios[0];
        Assert.Equal("e-start", start.Id);
        var e2 = Math.Exp(-2);
        var yhat2 = 1 / (1 + e2);
        var (l1, l2) = (Math.Log(2), Math.Log(1 + e2));
        var (r1, r2) = (0.5, -e2 / (1 + e2));
        var dw = (r1 * 0 + r2 * 2) / 2;
        var db = (r1 + r2) / 2;
        var (lambda, alpha, w, b) = (0.01, 0.5, 1.0, 0.0);

        var forward = start.Tables[0];
        Assert.Equal("Forward pass at w = 1.0000, b = 0.0000", forward.Caption);
        Assert.Equal(["1", "0", "0", "0.000", "0.5000", "0.6931"], forward.Rows[0]);
        Assert.Equal(["2", "2", "1", "2.000", F(yhat2, 4), F(l2, 4)], forward.Rows[1]);
        Assert.Equal("0.8808", forward.Rows[1][4]);
        Assert.Equal(["mean", "", "", "", "", $"J = {F((l1 + l2) / 2, 4)}"], forward.Footer);
        Assert.Equal("J = 0.4100", forward.Footer![5]);

        var backward = start.Tables[1];
        Assert.Equal(["1", "0.0000", "0.5000"], backward.Rows[0]);
        Assert.Equal(["2", F(2 * r2, 4), F(r2, 4)], backward.Rows[1]);
        Assert.Equal(["mean", $"\u2202J/\u2202w = {F(dw, 4)}", $"\u2202J/\u2202b = {F(db, 4)}"], backward.Footer);
        Assert.Equal("\u2202J/\u2202w = \u22120.1192", backward.Footer![1]);

        var update = start.Tables[2];
        Assert.Equal(["w = 1.0000", F(dw, 4), F(lambda * w, 4), F(dw + lambda * w, 4), F(w - alpha * (dw + lambda * w), 4)], update.Rows[0]);
        Assert.Equal(["b = 0.0000", F(db, 4), "none", F(db, 4), F(b - alpha * db, 4)], update.Rows[1]);
        Assert.Equal("1.0546", update.Rows[0][4]);
    }

    [Fact]
    public void Gradient_means_match_finite_differences_of_the_loss()
    {
        var settings = Settings(Original, [1, 0], [Edit(9, "add", Nums(9, 2.2, 1)), Edit(10, "move", Nums(10, 1, 4.5))]);
        var spec = PlaygroundSpec.Read(settings);
        var states = PlaygroundExplorer.States(spec, spec.Scenarios[0].Header, spec.Scenarios[0].Edits);
        Assert.Equal(4, states.Count);
        foreach (var s in states)
        {
            var (w, b) = (s.W!.Value, s.B!.Value);
            double J(double ww, double bb) => Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, s.Data, [bb, ww]);
            const double h = 1e-6;
            var dw = (J(w + h, b) - J(w - h, b)) / (2 * h);
            var db = (J(w, b + h) - J(w, b - h)) / (2 * h);
            Assert.Equal(dw, s.DataGradient[1], 1e-8);
            Assert.Equal(db, s.DataGradient[0], 1e-8);
            double Jl(double ww, double bb) => PenalizedLogistic.Evaluate(s.Data, [bb, ww], s.Lambda);
            Assert.Equal((Jl(w + h, b) - Jl(w - h, b)) / (2 * h), s.Gradient[1], 1e-8);

            var backward = PlaygroundTables.Backward(s);
            Assert.True(Math.Abs(Parse(backward.Footer![1].Split(" = ")[1]) - dw) <= 5e-5 + 1e-9);
            Assert.True(Math.Abs(Parse(backward.Footer[2].Split(" = ")[1]) - db) <= 5e-5 + 1e-9);
            // Each row's shares average to the footer (within the rounding of the shown cells).
            var meanW = backward.Rows.Average(r => Parse(r[1]));
            var meanB = backward.Rows.Average(r => Parse(r[2]));
            Assert.True(Math.Abs(meanW - dw) <= 5e-5 + 1e-9 && Math.Abs(meanB - db) <= 5e-5 + 1e-9);
            // Forward footer: J is the mean of the per-point losses.
            var forward = PlaygroundTables.Forward(s);
            Assert.Equal("J = " + F(J(w, b), 4), forward.Footer![5]);
            Assert.True(Math.Abs(forward.Rows.Average(r => Parse(r[5])) - J(w, b)) <= 5e-5 + 1e-9);
        }
    }

    [Fact]
    public void Fit_is_the_minimum_of_the_penalised_loss_which_the_originals_descent_nearly_reaches()
    {
        var d = CsvDataset.FromArrays("o", Original.Select(p => p.X).ToArray(), Original.Select(p => (double)p.Y).ToArray());
        var fit = PenalizedLogistic.Fit(d, 0.01);
        Assert.Null(fit.Note);
        var (b, w) = (fit.Values![0], fit.Values[1]);
        // Independent route: the original's loop, 5000 steps of θ ← θ − 0.5(∇J + [0, λw]) from w = 1, b = 0, written out here.
        double gw = 1, gb = 0;
        for (var k = 0; k < 5000; k++)
        {
            double sw = 0, sb = 0;
            for (var i = 0; i < d.Count; i++)
            {
                var e = 1 / (1 + Math.Exp(-(gw * d.X[i] + gb))) - d.Y[i];
                sw += e * d.X[i];
                sb += e;
            }
            (gw, gb) = (gw - 0.5 * (sw / d.Count + 0.01 * gw), gb - 0.5 * sb / d.Count);
        }
        Assert.Equal("3.5305", F(gw, 4));
        Assert.Equal("\u22129.8234", F(gb, 4));
        Assert.True(Math.Abs(gw - w) is > 5e-4 and < 5e-3, $"descent {gw} vs exact {w}");
        Assert.True(Math.Abs(gb - b) is > 5e-4 and < 5e-3, $"descent {gb} vs exact {b}");
        // Descent keeps approaching the exact minimum; the penalised cost is lower there.
        Assert.True(PenalizedLogistic.Evaluate(d, [b, w], 0.01) < PenalizedLogistic.Evaluate(d, [gb, gw], 0.01));
        var g = PenalizedLogistic.Gradient(d, [b, w], 0.01);
        Assert.True(Math.Abs(g[0]) < 1e-12 && Math.Abs(g[1]) < 1e-12);

        var section = Run(Original, null).Scenarios[0];
        Assert.Equal($"Forward pass at w = {F(w, 4)}, b = {F(b, 4)}", section.Tables[0].Caption);
        Assert.Equal(["w = " + F(w, 4), F(-0.01 * w, 4), F(0.01 * w, 4), "0.0000", F(w, 4)], section.Tables[2].Rows[0]);
        Assert.Contains("perfectly separated", section.Readouts.Single(o => o.Label == "Without L2").Value);
    }

    [Fact]
    public void One_class_left_has_no_fit_and_no_tables()
    {
        var r = Run([(1, 0), (2, 0), (3, 1)], null, Edit(9, "delete", S(3, 9)));
        var last = r.Scenarios[1];
        Assert.Empty(last.Tables);
        Assert.Contains("all 2 labels are 0", last.Readouts.Single(o => o.Label == "Fit").Value);
        Assert.NotNull(last.Figures[0].Build(new FigureStyle(new FigureSize(720, 440), Theme.Light)));
    }

    [Fact]
    public void Animation_has_a_frame_group_per_edit()
    {
        var r = Run(Original, [1, 0], Edit(9, "add", Nums(9, 2.2, 1)), Edit(10, "move", Nums(10, 3, 3.5)), Edit(11, "delete", S(1, 11)));
        var asset = r.Scenarios[^1].Figures.Single();
        var animation = asset.Animate!(new FigureStyle(new FigureSize(720, 440), Theme.Light), new AnimationTiming());
        // start: held; initial fit and three edits: an edit frame (except the first fit) and the held refit.
        Assert.Equal(PlaygroundAnimation.Hold + 4 * (1 + PlaygroundAnimation.Hold), animation.Frames.Count);
        var frames = AnimationExport.PngFrames(animation);
        Assert.Equal(animation.Frames.Count, frames.Count);
        var dir = Path.Combine(Path.GetTempPath(), "llmworks-playground-frames");
        Directory.CreateDirectory(dir);
        for (var i = 0; i < frames.Count; i++) File.WriteAllBytes(Path.Combine(dir, $"frame-{i:00}.png"), frames[i]);
        Assert.NotEqual(frames[PlaygroundAnimation.Hold], frames[PlaygroundAnimation.Hold + 1]);
    }

    private static double Parse(string s) => double.Parse(s.Replace('\u2212', '-'), System.Globalization.CultureInfo.InvariantCulture);

    private static string F(double v, int d) => Fmt.Num(v, d);
}
