using LlmWorks.Explorers.Formatting;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Landscapes;

/// <summary>
/// SSE, MSE and RMSE side by side: the same grid, the same camera and the same ball and optimum,
/// each on its own height scale, so the reader sees that only the heights (and for RMSE the shape
/// of the walls) change, never where the lowest point is.
/// </summary>
internal static class CompareView
{
    /// <summary>The losses compared, in the order of their panels.</summary>
    public static readonly LossKind[] Order = [LossKind.Sse, LossKind.Mse, LossKind.Rmse];

    public static FigureAsset Asset(LandscapeState s)
    {
        var states = Order.Select(l => l == s.Spec.Loss ? s : new LandscapeState(s.Spec with { Loss = l }, s.At, s.Optimum)).ToList();
        var n = s.Spec.Data.Count;
        var caption = $"The three losses over the same grid, seen from the same camera, each with its own height axis. " +
                      $"MSE is SSE divided by n = {n}, so its surface is the SSE surface with every height scaled down {n} times; " +
                      "RMSE is the square root of MSE, which flattens the high walls and sharpens the floor. " +
                      "The blue diamond sits at the same parameters in all three.";
        var alt = string.Join("; ", states.Select(Describe)) + ".";
        return new FigureAsset("compare-losses", caption, alt, new FigureSize(1200, 470), style => Build(states, style));
    }

    public static Figure Build(IReadOnlyList<LandscapeState> states, FigureStyle style)
    {
        // Each panel is a surface of its own figure; the panels then share one figure, and its title says what is compared.
        var panels = states.Select(st =>
        {
            var single = SurfaceView.Build(st, SurfaceGeometry.Normalized, style).Panels[0];
            var name = ModelText.LossName(st.Spec.Loss);
            return single with { Title = name, Subtitle = Formula(st.Spec.Loss, st.Spec.Data.Count), Readouts = [single.Readouts[0]] };
        }).ToList();
        var names = string.Join(", ", states.Select(st => ModelText.LossName(st.Spec.Loss)));
        return new Figure(style.Size.Width, style.Size.Height, style.Theme, panels, Columns: panels.Count, Title: $"{names}: one minimum, three height scales");
    }

    /// <summary>How each loss is made from the one before, as a subtitle.</summary>
    private static string Formula(LossKind loss, int n) => loss switch
    {
        LossKind.Sse => "sum of squared residuals",
        LossKind.Mse => $"SSE \u00f7 {n}",
        _ => "\u221aMSE, in the units of y",
    };

    private static string Describe(LandscapeState st)
    {
        var name = ModelText.LossName(st.Spec.Loss);
        var text = $"{name} surface from {Fmt.Num(st.Landscape.Min, 3)} to {Fmt.Num(st.Landscape.Max, 3)} on the grid";
        return st.Optimum is { } o ? text + $", lowest {Fmt.Num(st.SurfaceLoss(o[0], o[1]), 4)} at {ModelText.Parameters(st.Spec.Model, o)}" : text;
    }
}
