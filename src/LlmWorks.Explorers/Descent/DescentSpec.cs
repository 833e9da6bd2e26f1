using LlmWorks.Explorers.Landscapes;
using LlmWorks.Explorers.Settings;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Descent;

/// <summary>A gradient-descent page's settings, checked and typed.</summary>
internal sealed record DescentSpec(
    Dataset Data,
    ModelKind Model,
    LossKind Loss,
    (double Min, double Max) U,
    (double Min, double Max) V,
    int Cells,
    SurfaceGeometry Geometry,
    Camera Camera,
    double[] From,
    double Tolerance,
    (double Min, double Max)? PlotX,
    (double Min, double Max)? PlotY,
    IReadOnlyList<string> Views,
    IReadOnlyList<DescentScenarioSpec> Scenarios)
{
    /// <summary>Views this explorer can draw.</summary>
    public static readonly string[] KnownViews = ["descent", "surface"];

    /// <summary>Reads and checks the page's settings; every mistake names its line.</summary>
    public static DescentSpec Read(PageContext page)
    {
        var s = page.Settings;
        var data = page.LoadData();
        var model = Parse(s.Get("model"), Models.Parse);
        if (model == ModelKind.Quadratic)
            throw s.Get("model").Error("the gradient-descent explorer draws linear or logistic models");
        var loss = s.Find("loss") is { } ln ? Parse(ln, n => Losses.Parse(n, model)) : model == ModelKind.Logistic ? LossKind.LogLoss : LossKind.Mse;
        if (model == ModelKind.Logistic && data.Y.Any(y => y is not (0.0 or 1.0)))
            throw s.Get("data").Error($"a logistic model needs 0/1 labels in column '{data.YName}'");

        var names = Models.ParameterNames(model);
        var grid = s.Get("grid").AsMap("grid");
        grid.OnlyKeys([names[0], names[1], "cells"]);
        var u = LandscapeSpec.Range(grid.Get(names[0]), $"grid.{names[0]}");
        var v = LandscapeSpec.Range(grid.Get(names[1]), $"grid.{names[1]}");
        var cells = grid.Find("cells")?.AsInt("grid.cells", 4, 200) ?? 40;

        var geometry = s.String("geometry", "normalized") switch
        {
            "normalized" => SurfaceGeometry.Normalized,
            "raw" => SurfaceGeometry.Raw,
            "raw-log" => SurfaceGeometry.RawLogHeight,
            var other => throw s.Get("geometry").Error($"unknown geometry '{other}' (expected one of: normalized, raw, raw-log)"),
        };
        var camera = new Camera();
        if (s.Find("camera") is { } cn)
        {
            var c = cn.AsMap("camera");
            c.OnlyKeys("azimuth", "elevation", "zoom");
            camera = new Camera(
                c.Find("azimuth")?.AsDouble("camera.azimuth") ?? camera.AzimuthDeg,
                c.Find("elevation")?.AsDouble("camera.elevation") ?? camera.ElevationDeg,
                camera.Distance,
                c.Find("zoom") is { } z ? Positive(z, "camera.zoom") : camera.Zoom);
        }
        var from = s.Find("from")?.AsDoubles("from", names.Count) ?? new double[names.Count];
        var tolerance = s.Find("tolerance") is { } tn ? Positive(tn, "tolerance") : 0.01;

        var plot = s.Find("plot")?.AsMap("plot");
        plot?.OnlyKeys("x", "y");
        var views = s.Views(KnownViews);

        return new DescentSpec(data, model, loss, u, v, cells, geometry, camera, from, tolerance,
            plot?.Find("x") is { } px ? LandscapeSpec.Range(px, "plot.x") : null,
            plot?.Find("y") is { } py ? LandscapeSpec.Range(py, "plot.y") : null,
            views, DescentScenarioSpec.ReadAll(s.Get("scenarios")));
    }

    /// <summary>Whether a parameter point lies on the drawn grid.</summary>
    public bool OnGrid(IReadOnlyList<double> p) =>
        p[0] >= U.Min && p[0] <= U.Max && p[1] >= V.Min && p[1] <= V.Max;

    internal static double Positive(SettingsNode node, string what)
    {
        var value = node.AsDouble(what);
        return value > 0 ? value : throw node.Error($"{what} must be above 0, not {node.AsString(what)}");
    }

    private static T Parse<T>(SettingsNode node, Func<string, T> parse)
    {
        try { return parse(node.AsString("value")); }
        catch (ArgumentException e) { throw node.Error(e.Message); }
    }
}
