using System.Text.RegularExpressions;
using LlmWorks.Explorers.Settings;

namespace LlmWorks.Explorers.LearningRate;

/// <summary>One preset: a learning rate to run from the page's start.</summary>
internal sealed partial record PresetSpec(string Id, string Title, string? Description, double LearningRate, SettingsNode Node)
{
    /// <summary>The id of the section that compares every run on the curve; a preset may not take it.</summary>
    public const string ComparisonId = "all-runs";

    /// <summary>The id of the section that compares every run's loss per step; a preset may not take it.</summary>
    public const string LossComparisonId = "all-runs-loss";

    /// <summary>Reads the preset list; ids must be unique slugs because they name files.</summary>
    public static IReadOnlyList<PresetSpec> ReadAll(SettingsNode list)
    {
        var items = list.AsList("scenarios");
        if (items.Count == 0) throw list.Error("scenarios must list at least one learning rate");
        var result = new List<PresetSpec>();
        foreach (var item in items)
        {
            var map = item.AsMap("a scenario");
            map.OnlyKeys("id", "title", "description", "lr");
            var id = map.String("id");
            if (!Slug().IsMatch(id)) throw map.Get("id").Error($"scenario id '{id}' must be lower-case letters, digits and dashes");
            if (id is ComparisonId or LossComparisonId) throw map.Get("id").Error($"scenario id '{id}' is reserved for the comparison of all runs");
            if (result.Any(r => r.Id == id)) throw map.Get("id").Error($"scenario id '{id}' is used twice");
            var lrNode = map.Get("lr");
            var lr = lrNode.AsDouble("lr");
            if (lr <= 0) throw lrNode.Error($"lr must be above 0, not '{lrNode.AsString("lr")}'");
            result.Add(new PresetSpec(id, map.String("title"), map.Find("description")?.AsString("description"), lr, map));
        }
        return result;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
