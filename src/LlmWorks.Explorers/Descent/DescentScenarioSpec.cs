using System.Text.RegularExpressions;
using LlmWorks.Explorers.Settings;

namespace LlmWorks.Explorers.Descent;

/// <summary>One descent run: learning rate, step cap, and how its animation plays.</summary>
internal sealed partial record DescentScenarioSpec(
    string Id, string Title, string? Description, double LearningRate, int Steps, AnimationTiming Timing, SettingsNode Node)
{
    /// <summary>Largest step cap an author may ask for (every step is stored for drawing).</summary>
    public const int MaxSteps = 200_000;

    /// <summary>Reads the scenario list; ids must be unique slugs because they name files.</summary>
    public static IReadOnlyList<DescentScenarioSpec> ReadAll(SettingsNode list)
    {
        var items = list.AsList("scenarios");
        if (items.Count == 0) throw list.Error("scenarios must list at least one scenario");
        var result = new List<DescentScenarioSpec>();
        foreach (var item in items)
        {
            var map = item.AsMap("a scenario");
            map.OnlyKeys("id", "title", "description", "lr", "steps", "frames", "fps");
            var id = map.String("id");
            if (!Slug().IsMatch(id)) throw map.Get("id").Error($"scenario id '{id}' must be lower-case letters, digits and dashes");
            if (result.Any(r => r.Id == id)) throw map.Get("id").Error($"scenario id '{id}' is used twice");
            var lr = DescentSpec.Positive(map.Get("lr"), "lr");
            var steps = map.Get("steps").AsInt("steps", 1, MaxSteps);
            var frames = map.Find("frames")?.AsInt("frames", 2, 600) ?? 60;
            var fps = map.Find("fps") is { } f ? DescentSpec.Positive(f, "fps") : 20;
            if (fps > 100) throw map.Get("fps").Error("fps must be at most 100 (browsers clamp shorter frame delays)");
            result.Add(new DescentScenarioSpec(id, map.String("title"), map.Find("description")?.AsString("description"),
                lr, steps, new AnimationTiming(frames, fps), map));
        }
        return result;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
