using System.Text.RegularExpressions;
using LlmWorks.Explorers.Settings;

namespace LlmWorks.Explorers.Convexity;

/// <summary>
/// One scenario: a window over (b1, b0) that is measured cell by cell, a lattice of descent starts, and a few
/// highlighted starts drawn on the 3D surfaces. Ranges are in the page's names (b1 slope, b0 intercept).
/// </summary>
internal sealed partial record WindowSpec(
    string Id,
    string Title,
    string? Description,
    (double Min, double Max) B1,
    (double Min, double Max) B0,
    int Cells,
    (double Min, double Max) StartB1,
    (double Min, double Max) StartB0,
    int StartCount,
    IReadOnlyList<double[]> Highlights)
{
    /// <summary>The starts as θ in Numerics order, b1 varying fastest.</summary>
    public IReadOnlyList<double[]> Starts()
    {
        double At((double Min, double Max) r, int k) => StartCount == 1 ? (r.Min + r.Max) / 2 : r.Min + k * (r.Max - r.Min) / (StartCount - 1);
        var list = new List<double[]>();
        for (var j = 0; j < StartCount; j++)
            for (var i = 0; i < StartCount; i++)
                list.Add(LogisticAxes.Theta(At(StartB1, i), At(StartB0, j)));
        return list;
    }

    /// <summary>Reads the scenario list; ids must be unique slugs because they name files.</summary>
    public static IReadOnlyList<WindowSpec> ReadAll(SettingsNode list)
    {
        var items = list.AsList("scenarios");
        if (items.Count == 0) throw list.Error("scenarios must list at least one scenario");
        var result = new List<WindowSpec>();
        var (b1, b0) = (LogisticAxes.B1, LogisticAxes.B0);
        foreach (var item in items)
        {
            var map = item.AsMap("a scenario");
            map.OnlyKeys("id", "title", "description", "window", "starts", "highlight");
            var id = map.String("id");
            if (!Slug().IsMatch(id)) throw map.Get("id").Error($"scenario id '{id}' must be lower-case letters, digits and dashes");
            if (result.Any(r => r.Id == id)) throw map.Get("id").Error($"scenario id '{id}' is used twice");

            var window = map.Get("window").AsMap("window");
            window.OnlyKeys(b1, b0, "cells");
            var starts = map.Get("starts").AsMap("starts");
            starts.OnlyKeys(b1, b0, "count");
            var highlights = map.Get("highlight").AsList("highlight").Select(h =>
            {
                var p = h.AsMap("a highlighted start");
                p.OnlyKeys(b1, b0);
                return LogisticAxes.Theta(p.Get(b1).AsDouble($"highlight.{b1}"), p.Get(b0).AsDouble($"highlight.{b0}"));
            }).ToList();
            result.Add(new WindowSpec(id, map.String("title"), map.Find("description")?.AsString("description"),
                ComparisonSpec.Range(window.Get(b1), $"window.{b1}"), ComparisonSpec.Range(window.Get(b0), $"window.{b0}"),
                window.Find("cells")?.AsInt("window.cells", 4, 200) ?? 50,
                ComparisonSpec.Range(starts.Get(b1), $"starts.{b1}"), ComparisonSpec.Range(starts.Get(b0), $"starts.{b0}"),
                starts.Find("count")?.AsInt("starts.count", 1, 9) ?? 5, highlights));
        }
        return result;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
