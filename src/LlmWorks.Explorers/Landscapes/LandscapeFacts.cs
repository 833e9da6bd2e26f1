using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Landscapes;

/// <summary>The page-wide facts of a landscape page: the data, the optimum, its losses and how they relate.</summary>
internal static class LandscapeFacts
{
    public static List<Readout> For(LandscapeSpec spec, OptimumResult optimum, LandscapeState first)
    {
        var d = spec.Data;
        var facts = new List<Readout> { new("Data", $"{d.Count} points from {Path.GetFileName(d.Source)}; {d.YName} from {Fmt.Short(d.Y.Min())} to {Fmt.Short(d.Y.Max())}") };
        if (optimum.Values is not { } best)
        {
            facts.Add(new("Least-squares fit", optimum.Note ?? "none"));
            return facts;
        }

        facts.Add(new("Least-squares fit", ModelText.Equation(spec.Model, best, 4)));
        double Lowest(LossKind l) => Losses.Evaluate(spec.Model, l, spec.Data, best);
        foreach (var l in Losses.ReportedFor(spec.Model))
            facts.Add(new($"Lowest {ModelText.LossName(l)}", Fmt.Num(Lowest(l), 4)));
        // The relations are shown with the numbers they connect, each evaluated by the numeric core on its own.
        if (spec.Loss == LossKind.Mse)
            facts.Add(new("Lowest MSE = lowest SSE \u00f7 n", $"{Fmt.Num(Lowest(LossKind.Sse), 4)} \u00f7 {spec.Data.Count} = {Fmt.Num(Lowest(LossKind.Mse), 4)}"));
        if (spec.Loss == LossKind.Rmse)
            facts.Add(new("Lowest RMSE = \u221a(lowest MSE)", $"\u221a{Fmt.Num(Lowest(LossKind.Mse), 4)} = {Fmt.Num(Lowest(LossKind.Rmse), 4)}, in the units of {spec.Data.YName}"));
        if (spec.Model == ModelKind.Quadratic)
            facts.Add(new("Surface over (a, b)", spec.BestThird ? "each (a, b) with its best c, so its lowest point is the optimum" : "c held at each scenario's value"));
        if (first is { HeldThird: null } s)
        {
            var name = ModelText.LossName(spec.Loss);
            var (lo, hi) = (s.Landscape.Min, s.Landscape.Max);
            var ratio = lo > 0 ? $" (highest ÷ lowest = {Fmt.Num(hi / lo, hi / lo >= 100 ? 0 : 1)})" : "";
            facts.Add(new($"{name} on the grid", $"{Fmt.Num(lo, ModelText.LossDecimals(lo))} to {Fmt.Num(hi, ModelText.LossDecimals(hi))}{ratio}"));
        }
        return facts;
    }
}
