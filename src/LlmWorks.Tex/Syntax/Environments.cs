namespace LlmWorks.Tex.Syntax;

/// <summary>The supported <c>\begin{…}</c> environments and how each lays out its table.</summary>
internal static class Environments
{
    /// <summary>Describes one environment: its layout, display style, the fences around it.</summary>
    /// <param name="Layout">Column alignment and padding.</param>
    /// <param name="Open">Left fence, or null.</param>
    /// <param name="Close">Right fence, or null.</param>
    /// <param name="AlternatingAlignment">True for aligned-like environments, where every second column starts after an implicit <c>{}</c>.</param>
    internal sealed record Definition(TableLayout Layout, string? Open, string? Close, bool AlternatingAlignment);

    private static readonly TableLayout Aligned = new(
        DisplayStyle: true,
        AlignColumn: column => column % 2 == 0 ? ColumnAlign.Right : ColumnAlign.Left,
        PadColumn: (column, _) => (column > 0 && column % 2 == 0 ? "2em" : "0em", "0em"));

    private static readonly TableLayout Cases = new(
        DisplayStyle: false,
        AlignColumn: _ => ColumnAlign.Left,
        PadColumn: (column, _) => (column == 0 ? "0em" : "1em", "0em"));

    private static readonly TableLayout Matrix = new(
        DisplayStyle: false,
        AlignColumn: _ => ColumnAlign.Center,
        PadColumn: (column, count) => (column == 0 ? "0em" : "0.5em", column == count - 1 ? "0em" : "0.5em"));

    private static readonly Dictionary<string, Definition> All = new(StringComparer.Ordinal)
    {
        ["aligned"] = new(Aligned, null, null, true),
        ["align"] = new(Aligned, null, null, true),
        ["align*"] = new(Aligned, null, null, true),
        ["split"] = new(Aligned, null, null, true),
        ["cases"] = new(Cases, "{", null, false),
        ["matrix"] = new(Matrix, null, null, false),
        ["pmatrix"] = new(Matrix, "(", ")", false),
        ["bmatrix"] = new(Matrix, "[", "]", false),
        ["Bmatrix"] = new(Matrix, "{", "}", false),
        ["vmatrix"] = new(Matrix, "|", "|", false),
        ["Vmatrix"] = new(Matrix, "\u2016", "\u2016", false),
    };

    /// <summary>Looks up an environment by name.</summary>
    public static bool TryGet(string name, out Definition definition) => All.TryGetValue(name, out definition!);
}
