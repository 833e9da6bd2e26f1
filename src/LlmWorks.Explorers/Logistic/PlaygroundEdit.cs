using LlmWorks.Explorers.Formatting;
using LlmWorks.Explorers.Settings;

namespace LlmWorks.Explorers.Logistic;

/// <summary>A labelled point of the playground; labels are 0 (fail) or 1 (pass).</summary>
internal readonly record struct LabeledPoint(double X, int Label)
{
    public string ClassName => Label == 1 ? "pass" : "fail";
}

/// <summary>What an edit does.</summary>
internal enum EditKind { Add, Move, Delete }

/// <summary>
/// One edit of a playground scenario: <c>{add: [x, label]}</c>, <c>{move: [point, newX]}</c> or <c>{delete: point}</c>.
/// Points are numbered from 1 in their current order, as in the tables; a deleted point's successors move up one.
/// </summary>
internal sealed record PlaygroundEdit(EditKind Kind, int Index, double X, int Label, SettingsNode Node)
{
    /// <summary>Inputs the original lets a point take (its drag range).</summary>
    public const double XMin = 0, XMax = 8;

    public static PlaygroundEdit Read(SettingsNode node)
    {
        var map = node.AsMap("an edit");
        if (map.Entries.Count != 1) throw map.Error("an edit must be exactly one of {add: [x, label]}, {move: [point, newX]} or {delete: point}");
        var (key, value) = map.Entries[0];
        switch (key)
        {
            case "add":
                var add = value.AsList("add");
                if (add.Count != 2) throw value.Error("add must be [x, label]");
                return new(EditKind.Add, 0, ReadX(add[0]), add[1].AsInt("the label", 0, 1), value);
            case "move":
                var move = value.AsList("move");
                if (move.Count != 2) throw value.Error("move must be [point, newX]");
                return new(EditKind.Move, move[0].AsInt("the point number", 1, 10_000), ReadX(move[1]), 0, value);
            case "delete":
                return new(EditKind.Delete, value.AsInt("the point number", 1, 10_000), 0, 0, value);
            default:
                throw map.Error($"unknown edit '{key}' (expected add, move or delete)");
        }
    }

    /// <summary>Reads a playground input within [0, 8].</summary>
    public static double ReadX(SettingsNode node)
    {
        var x = node.AsDouble("x");
        return x is >= XMin and <= XMax ? x : throw node.Error($"x must lie in [{XMin}, {XMax}] (the plotted range), not {node.AsString("x")}");
    }

    /// <summary>The points after the edit; a point number that does not exist is an error at the edit's line.</summary>
    public List<LabeledPoint> Apply(IReadOnlyList<LabeledPoint> points)
    {
        var next = points.ToList();
        if (Kind != EditKind.Add && Index > points.Count)
            throw Node.Error($"there is no point {Index} to {(Kind == EditKind.Move ? "move" : "delete")}: the data has {points.Count} point{(points.Count == 1 ? "" : "s")} at this edit");
        switch (Kind)
        {
            case EditKind.Add: next.Add(new LabeledPoint(X, Label)); break;
            case EditKind.Move: next[Index - 1] = points[Index - 1] with { X = X }; break;
            default: next.RemoveAt(Index - 1); break;
        }
        return next;
    }

    /// <summary>The point (1-based, after the edit) to highlight, or null after a delete.</summary>
    public int? Touched(int countAfter) => Kind switch
    {
        EditKind.Add => countAfter,
        EditKind.Move => Index,
        _ => null,
    };

    /// <summary>"Add a pass at x = 3.5", "Move point 3 from x = 2.5 to x = 3.5", "Delete point 1 (a fail at x = 1)".</summary>
    public string Describe(IReadOnlyList<LabeledPoint> before) => Kind switch
    {
        EditKind.Add => $"Add a {(Label == 1 ? "pass" : "fail")} at x = {Fmt.Short(X)}",
        EditKind.Move => $"Move point {Index} from x = {Fmt.Short(before[Index - 1].X)} to x = {Fmt.Short(X)}",
        _ => $"Delete point {Index} (a {before[Index - 1].ClassName} at x = {Fmt.Short(before[Index - 1].X)})",
    };
}
