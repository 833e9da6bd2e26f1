using LlmWorks.Explorers.Formatting;

namespace LlmWorks.Explorers.Logistic;

/// <summary>The forward pass, the backward pass and the update of one playground state, as tables of computed values.</summary>
internal static class PlaygroundTables
{
    public static IReadOnlyList<DataTable> For(PlaygroundState s, double learningRate) =>
        s.HasModel ? [Forward(s), Backward(s), Update(s, learningRate)] : [];

    public static DataTable Forward(PlaygroundState s)
    {
        var rows = Enumerable.Range(0, s.Points.Count).Select(i => (IReadOnlyList<string>)
        [
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Fmt.Short(s.Points[i].X),
            s.Points[i].Label == 1 ? "1" : "0",
            Fmt.Num(s.Z(i), 3),
            Fmt.Num(s.YHat(i), 4),
            Fmt.Num(s.Loss(i), 4),
        ]).ToList();
        return new DataTable(
            $"Forward pass at w = {Fmt.Num(s.W!.Value, 4)}, b = {Fmt.Num(s.B!.Value, 4)}",
            ["point", "x", "y", "z = w\u00b7x + b", "ŷ = \u03c3(z)", "loss \u2212[y ln ŷ + (1\u2212y) ln(1\u2212ŷ)]"],
            rows,
            ["mean", "", "", "", "", $"J = {Fmt.Num(s.J, 4)}"]);
    }

    public static DataTable Backward(PlaygroundState s)
    {
        var g = s.DataGradient;
        var rows = Enumerable.Range(0, s.Points.Count).Select(i =>
        {
            var e = s.YHat(i) - s.Points[i].Label;
            return (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Fmt.Num(e * s.Points[i].X, 4), Fmt.Num(e, 4)];
        }).ToList();
        return new DataTable(
            "Backward pass: each point's share of the gradient; the means are the gradient of J",
            ["point", "(ŷ \u2212 y)\u00b7x", "ŷ \u2212 y"],
            rows,
            ["mean", $"\u2202J/\u2202w = {Fmt.Num(g[1], 4)}", $"\u2202J/\u2202b = {Fmt.Num(g[0], 4)}"]);
    }

    public static DataTable Update(PlaygroundState s, double learningRate)
    {
        var (data, total) = (s.DataGradient, s.Gradient);
        var a = Fmt.Short(learningRate);
        IReadOnlyList<string> Row(string name, int k, double value, string l2) =>
            [name, Fmt.Num(data[k], 4), l2, Fmt.Num(total[k], 4), Fmt.Num(value - learningRate * total[k], 4)];
        return new DataTable(
            $"Update with learning rate \u03b1 = {a} and L2 strength \u03bb = {Fmt.Short(s.Lambda)} on w only",
            ["parameter", "mean gradient of J", "+ L2 term \u03bbw", "= gradient of J + (\u03bb/2)w\u00b2", $"new value: old \u2212 {a} \u00d7 gradient"],
            [
                Row($"w = {Fmt.Num(s.W!.Value, 4)}", 1, s.W.Value, Fmt.Num(total[1] - data[1], 4)),
                Row($"b = {Fmt.Num(s.B!.Value, 4)}", 0, s.B.Value, "none"),
            ]);
    }
}
