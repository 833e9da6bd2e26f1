using LlmWorks.Explorers.Landscapes;
using LlmWorks.Explorers.Settings;

namespace LlmWorks.Explorers.Logistic;

/// <summary>What every logistic scenario has: a slug id (it names files), a title, an optional description, and its own settings.</summary>
internal sealed record ScenarioHeader(string Id, string Title, string? Description, SettingsMap Map)
{
    /// <summary>Reads the page's <c>scenarios</c> list, allowing <paramref name="keys"/> besides id, title and description.</summary>
    public static IReadOnlyList<ScenarioHeader> ReadAll(SettingsMap page, params string[] keys)
    {
        var list = page.Get("scenarios");
        var items = list.AsList("scenarios");
        if (items.Count == 0) throw list.Error("scenarios must list at least one scenario");
        var result = new List<ScenarioHeader>();
        foreach (var item in items)
        {
            var map = item.AsMap("a scenario");
            map.OnlyKeys(["id", "title", "description", .. keys]);
            var id = map.String("id");
            if (!ScenarioSpec.IsSlug(id)) throw map.Get("id").Error($"scenario id '{id}' must be lower-case letters, digits and dashes");
            if (result.Any(r => r.Id == id)) throw map.Get("id").Error($"scenario id '{id}' is used twice");
            result.Add(new ScenarioHeader(id, map.String("title"), map.Find("description")?.AsString("description"), map));
        }
        return result;
    }

    /// <summary>A number within [min, max] on a grid of <paramref name="step"/> (a slider of the original), or an error at its line.</summary>
    public static double OnGrid(SettingsNode node, string what, double min, double max, double step)
    {
        var v = node.AsDouble(what);
        var k = Math.Round(v / step);
        if (v < min || v > max || Math.Abs(v - k * step) > 1e-9)
            throw node.Error($"{what} must lie in [{Formatting.Fmt.Short(min)}, {Formatting.Fmt.Short(max)}] in steps of {Formatting.Fmt.Short(step)}, not {node.AsString(what)}");
        return v;
    }
}
