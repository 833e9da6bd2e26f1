using LlmWorks.Explorers.Formatting;
using LlmWorks.Explorers.Presentation;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Descent;

/// <summary>The loss surface that is descended, with the optimum; each frame adds the path so far and the ball.</summary>
internal static class SurfacePanel
{
    /// <summary>White reads on every colour of the viridis and blue maps except the brightest yellow, which paths seldom reach.</summary>
    private static readonly Rgba PathColor = Rgba.Hex("#ffffff");

    public static Panel Base(DescentPage page)
    {
        var spec = page.Spec;
        var l = page.Landscape;
        var marks = new List<Mark3D>();
        if (page.Optimum is { } o && spec.OnGrid(o))
            marks.Add(new OptimumMark(new Point3(o[0], o[1], page.OptimumLoss!.Value), Palette.Optimum, 7, "optimum"));
        var lossName = ModelText.LossName(spec.Loss);
        var map = spec.Model == ModelKind.Logistic ? ColorMap.Blues : ColorMap.Viridis;
        var surface = new Surface3D(l.U, l.V, l.Values, page.Names[0], page.Names[1], lossName, spec.Geometry, spec.Camera, marks, map);
        return new Panel($"{lossName} surface", surface, [], Subtitle(spec.Geometry));
    }

    public static PanelOverlay Overlay(DescentRun run, int step)
    {
        var path = run.SurfacePath(step);
        var marks = new List<Mark3D>();
        if (path.Count > 1) marks.Add(new PathMark(path, PathColor, 2.4));
        if (path.Count > 0) marks.Add(new BallMark(path[^1], Palette.Current, 7));
        var s = run.Step(step);
        var readouts = new List<string>
        {
            $"step {step}",
            $"{DescentText.Loss(run)} = {DescentText.Value(s.Loss)}",
            $"|∇| = {DescentText.Value(s.GradientNorm)}",
        };
        if (run.LeftGridAt is { } off && step >= off) readouts.Add($"off the grid since step {off}");
        return new PanelOverlay([], marks, readouts);
    }

    private static string Subtitle(SurfaceGeometry g) => g switch
    {
        SurfaceGeometry.Normalized => "normalized: axes and height scaled to a cube",
        SurfaceGeometry.Raw => "raw: true proportions, linear height",
        _ => "raw proportions, log\u2081\u2080 height",
    };
}
