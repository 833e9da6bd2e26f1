using LlmWorks.Explorers.Settings;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Landscapes;

/// <summary>A loss-landscape page's settings, checked and typed.</summary>
internal sealed record LandscapeSpec(
    Dataset Data,
    ModelKind Model,
    LossKind Loss,
    (double Min, double Max) U,
    (double Min, double Max) V,
    (int U, int V) Cells,
    bool BestThird,
    (double Min, double Max)? PlotX,
    (double Min, double Max)? PlotY,
    IReadOnlyList<string> Views,
    IReadOnlyList<ScenarioSpec> Scenarios)
{
    /// <summary>The 3D views' camera (front matter <c>camera:</c>; the renderer's default when absent).</summary>
    public Camera Camera { get; init; } = new();

    /// <summary>Views this explorer can draw.</summary>
    public static readonly string[] KnownViews = ["scatter", "surface", "surface-raw", "surface-log", "compare-losses"];

    /// <summary>Reads and checks the page's settings; every mistake names its line.</summary>
    public static LandscapeSpec Read(PageContext page)
    {
        var s = page.Settings;
        var data = page.LoadData();
        var model = Parse(s.Get("model"), n => Models.Parse(n));
        if (model == ModelKind.Logistic)
            throw s.Get("model").Error("the loss-landscape explorer draws linear or quadratic models");
        var loss = Parse(s.Get("loss"), n => Losses.Parse(n, model));

        var names = Models.ParameterNames(model);
        var grid = s.Get("grid").AsMap("grid");
        grid.OnlyKeys([names[0], names[1], "cells"]);
        var u = Range(grid.Get(names[0]), $"grid.{names[0]}");
        var v = Range(grid.Get(names[1]), $"grid.{names[1]}");
        var cells = grid.Find("cells") is { } cn ? ReadCells(cn) : (30, 30);

        var third = s.String("surface-c", "best");
        if (model == ModelKind.Quadratic && third is not ("best" or "scenario"))
            throw s.Get("surface-c").Error("surface-c must be 'best' (the best c for each a, b) or 'scenario' (c held at the scenario's value)");

        var plot = s.Find("plot")?.AsMap("plot");
        plot?.OnlyKeys("x", "y");
        var views = s.Views(KnownViews);

        var scenarios = ScenarioSpec.ReadAll(s.Get("scenarios"), names.Count);
        var camera = s.Find("camera") is { } cam ? CameraSetting.Read(cam) : new Camera();
        return new LandscapeSpec(data, model, loss, u, v, cells, third == "best",
            plot?.Find("x") is { } px ? Range(px, "plot.x") : null,
            plot?.Find("y") is { } py ? Range(py, "plot.y") : null,
            views, scenarios) { Camera = camera };
    }

    /// <summary>grid.cells: one count for both axes, or [first, second] when one axis needs more resolution (a narrow trench).</summary>
    private static (int, int) ReadCells(SettingsNode node)
    {
        if (node is not SettingsSequence)
        {
            var n = node.AsInt("grid.cells", 4, 400);
            return (n, n);
        }
        var items = node.AsList("grid.cells");
        if (items.Count != 2) throw node.Error($"grid.cells must be one number or [first, second], found {items.Count} values");
        return (items[0].AsInt("grid.cells", 4, 400), items[1].AsInt("grid.cells", 4, 400));
    }

    private static T Parse<T>(SettingsNode node, Func<string, T> parse)
    {
        try { return parse(node.AsString("value")); }
        catch (ArgumentException e) { throw node.Error(e.Message); }
    }

    internal static (double, double) Range(SettingsNode node, string what)
    {
        var r = node.AsDoubles(what, 2);
        return r[0] < r[1] ? (r[0], r[1]) : throw node.Error($"{what} must be [low, high] with low < high");
    }
}
