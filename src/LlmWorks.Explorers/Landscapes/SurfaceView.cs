using LlmWorks.Explorers.Formatting;
using LlmWorks.Explorers.Presentation;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Landscapes;

/// <summary>The loss over the first two parameters, with the scenario's ball and the optimum.</summary>
internal static class SurfaceView
{
    public static FigureAsset Asset(LandscapeState s, string view)
    {
        var geometry = view switch
        {
            "surface-raw" => SurfaceGeometry.Raw,
            "surface-log" => SurfaceGeometry.RawLogHeight,
            _ => SurfaceGeometry.Normalized,
        };
        return new FigureAsset(view, Caption(s, geometry), AltText(s, geometry), new FigureSize(720, 540), style => Build(s, geometry, style));
    }

    public static Figure Build(LandscapeState s, SurfaceGeometry geometry, FigureStyle style)
    {
        var l = s.Landscape;
        var values = new double[l.U.Length, l.V.Length];
        Array.Copy(l.Values, values, l.Values.Length);
        var marks = new List<Mark3D>();
        // At the optimum the ball and the diamond coincide: one label says so, instead of two labels on top of each other.
        var atOptimum = s.Optimum is { } best && best.SequenceEqual(s.At);
        if (s.Optimum is { } o)
            marks.Add(new OptimumMark(new Point3(o[0], o[1], s.SurfaceLoss(o[0], o[1])), Palette.Optimum, 7, atOptimum ? null : "optimum"));
        // The ball sits at the scenario's own loss: on the surface, or above it when the surface uses a better c than the scenario's.
        marks.Add(new BallMark(new Point3(s.At[0], s.At[1], s.Loss), Palette.Current, 8, atOptimum ? "current = optimum" : "current"));
        var lossName = ModelText.LossName(s.Spec.Loss);
        var surface = new Surface3D(l.U, l.V, values, s.Names[0], s.Names[1], lossName, geometry, s.Spec.Camera, marks);
        var title = geometry switch
        {
            SurfaceGeometry.Normalized => $"{lossName} landscape, normalized",
            SurfaceGeometry.Raw => $"{lossName} surface, raw proportions",
            _ => $"{lossName} surface, raw proportions, log height",
        };
        var readouts = new[]
        {
            $"{lossName} = {Fmt.Num(s.Loss, ModelText.LossDecimals(s.Loss))}",
            ModelText.Parameters(s.Spec.Model, s.At),
        };
        return Figure.Single(style.Size.Width, style.Size.Height, style.Theme, new Panel(title, surface, readouts, Subtitle(s, geometry)));
    }

    private static string Subtitle(LandscapeState s, SurfaceGeometry geometry)
    {
        var slice = s.HeldThird is { } c ? $"; c held at {Fmt.Num(c, 2)}" : s.Spec.Model == ModelKind.Quadratic ? "; best c for each (a, b)" : "";
        return geometry == SurfaceGeometry.Normalized
            ? "axes and height rescaled to a cube: the textbook bowl" + slice
            : "axes in true proportion to their units" + slice;
    }

    private static string Caption(LandscapeState s, SurfaceGeometry geometry)
    {
        var lossName = ModelText.LossName(s.Spec.Loss);
        var slice = s.Spec.Model != ModelKind.Quadratic ? ""
            : s.HeldThird is { } c ? $" The surface is the slice at the scenario's c = {Fmt.Num(c, 2)}; its lowest point need not be the overall optimum."
            : " Each (a, b) uses its best c, so the surface's lowest point is the overall optimum." + Floating(s, lossName);
        var body = geometry switch
        {
            SurfaceGeometry.Normalized =>
                $"Normalized view: each parameter range and the {lossName} range are stretched to the same cube, which makes the surface look like a symmetric bowl.",
            SurfaceGeometry.Raw =>
                $"Raw view: {s.Names[0]} and {s.Names[1]} are drawn in true proportion to their units and the height is linear in {lossName}, so the real, stretched valley shows.",
            _ => $"Raw proportions with height proportional to log\u2081\u2080 {lossName}, so the floor of the valley is visible despite the loss spanning several decades.",
        };
        return body + " The red ball is the scenario; the blue diamond is the least-squares optimum." + slice;
    }

    /// <summary>Why the ball floats above a best-c surface, with the gap and the better c, when it does.</summary>
    private static string Floating(LandscapeState s, string lossName)
    {
        var under = s.SurfaceLoss(s.At[0], s.At[1]);
        var gap = s.Loss - under;
        if (gap <= 1e-9 * Math.Max(1, s.Loss)) return "";
        var bestC = s.BestThird(s.At[0], s.At[1]);
        return $" The ball floats {Fmt.Num(gap, 2)} above the surface: its c = {Fmt.Num(s.At[2], 2)}, while the best c for its a and b is {Fmt.Num(bestC, 2)}, which would lower {lossName} to {Fmt.Num(under, 2)}.";
    }

    private static string AltText(LandscapeState s, SurfaceGeometry geometry)
    {
        var l = s.Landscape;
        var lossName = ModelText.LossName(s.Spec.Loss);
        var (n0, n1) = (s.Names[0], s.Names[1]);
        var kind = geometry == SurfaceGeometry.Normalized ? "normalized" : geometry == SurfaceGeometry.Raw ? "raw" : "log-height";
        var text = $"{lossName} surface ({kind}) over {n0} {Fmt.Short(l.U[0])} to {Fmt.Short(l.U[^1])} and {n1} {Fmt.Short(l.V[0])} to {Fmt.Short(l.V[^1])}; " +
                   $"{lossName} on the grid ranges from {Fmt.Num(l.Min, 2)} to {Fmt.Num(l.Max, 2)}";
        if (s.Optimum is { } o)
            text += $"; lowest {lossName} {Fmt.Num(s.SurfaceLoss(o[0], o[1]), 2)} at {n0} {Fmt.Num(o[0], 2)}, {n1} {Fmt.Num(o[1], 2)}";
        return text + $"; the current model, {ModelText.Parameters(s.Spec.Model, s.At)}, has {lossName} {Fmt.Num(s.Loss, 2)}.";
    }
}
