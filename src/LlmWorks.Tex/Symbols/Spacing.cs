namespace LlmWorks.Tex.Symbols;

/// <summary>Explicit spacing commands and their widths in em (1 mu = 1/18 em).</summary>
internal static class Spacing
{
    /// <summary>Spacing command name to width in em.</summary>
    public static IReadOnlyDictionary<string, double> All { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [","] = 3.0 / 18,
        ["thinspace"] = 3.0 / 18,
        [":"] = 4.0 / 18,
        [">"] = 4.0 / 18,
        ["medspace"] = 4.0 / 18,
        [";"] = 5.0 / 18,
        ["thickspace"] = 5.0 / 18,
        ["!"] = -3.0 / 18,
        ["negthinspace"] = -3.0 / 18,
        [" "] = 1.0 / 3,
        ["quad"] = 1.0,
        ["qquad"] = 2.0,
    };
}
