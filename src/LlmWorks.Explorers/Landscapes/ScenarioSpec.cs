using System.Text.RegularExpressions;
using LlmWorks.Explorers.Settings;

namespace LlmWorks.Explorers.Landscapes;

/// <summary>One scenario: parameter values, or <c>at: optimum</c> for the computed optimum.</summary>
internal sealed partial record ScenarioSpec(string Id, string Title, string? Description, double[]? At, SettingsNode Node)
{
    /// <summary>Reads the scenario list; ids must be unique slugs because they name files.</summary>
    public static IReadOnlyList<ScenarioSpec> ReadAll(SettingsNode list, int parameterCount)
    {
        var items = list.AsList("scenarios");
        if (items.Count == 0) throw list.Error("scenarios must list at least one scenario");
        var result = new List<ScenarioSpec>();
        foreach (var item in items)
        {
            var map = item.AsMap("a scenario");
            map.OnlyKeys("id", "title", "description", "at");
            var id = map.String("id");
            if (!IsSlug(id)) throw map.Get("id").Error($"scenario id '{id}' must be lower-case letters, digits and dashes");
            if (result.Any(r => r.Id == id)) throw map.Get("id").Error($"scenario id '{id}' is used twice");
            var at = map.Get("at");
            var values = at is SettingsScalar { Value: "optimum" } ? null : at.AsDoubles("at", parameterCount);
            result.Add(new ScenarioSpec(id, map.String("title"), map.Find("description")?.AsString("description"), values, map));
        }
        return result;
    }

    /// <summary>Whether <paramref name="id"/> is a slug (lower-case letters, digits, single dashes), safe in file names.</summary>
    internal static bool IsSlug(string id) => Slug().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
