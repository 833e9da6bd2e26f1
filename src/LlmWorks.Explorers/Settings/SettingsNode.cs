using System.Globalization;

namespace LlmWorks.Explorers.Settings;

/// <summary>
/// A node of an author's settings (front matter), remembering the file and line it came from so
/// every complaint about it can point there. Scalars, sequences and mappings, as in YAML.
/// </summary>
public abstract record SettingsNode(string File, int Line)
{
    /// <summary>Raises a <see cref="ContentException"/> at this node.</summary>
    public ContentException Error(string message) => new(File, Line, message);

    /// <summary>This node as a scalar string.</summary>
    public string AsString(string what) =>
        this is SettingsScalar s ? s.Value : throw Error($"{what} must be a single value");

    /// <summary>This node as a finite number.</summary>
    public double AsDouble(string what)
    {
        var text = AsString(what);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            throw Error($"{what} must be a finite number, not '{text}'");
        return v;
    }

    /// <summary>This node as a whole number within [min, max].</summary>
    public int AsInt(string what, int min, int max)
    {
        var text = AsString(what);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw Error($"{what} must be a whole number from {min} to {max}, not '{text}'");
        return v;
    }

    /// <summary>This node as a list of nodes.</summary>
    public IReadOnlyList<SettingsNode> AsList(string what) =>
        this is SettingsSequence q ? q.Items : throw Error($"{what} must be a list");

    /// <summary>This node as a list of finite numbers of the given length (any length when null).</summary>
    public double[] AsDoubles(string what, int? length = null)
    {
        var items = AsList(what);
        if (length is { } n && items.Count != n)
            throw Error($"{what} must list {n} numbers, found {items.Count}");
        return items.Select(i => i.AsDouble(what)).ToArray();
    }

    /// <summary>This node as a mapping.</summary>
    public SettingsMap AsMap(string what) =>
        this as SettingsMap ?? throw Error($"{what} must be a mapping of names to values");
}

/// <summary>A single value.</summary>
public sealed record SettingsScalar(string File, int Line, string Value) : SettingsNode(File, Line);

/// <summary>A list.</summary>
public sealed record SettingsSequence(string File, int Line, IReadOnlyList<SettingsNode> Items) : SettingsNode(File, Line);
