namespace LlmWorks.Tex.Symbols;

/// <summary>Accent commands and the character placed over the base.</summary>
internal static class Accents
{
    /// <summary>Accent command name to (accent character, stretchy).</summary>
    public static IReadOnlyDictionary<string, (string Text, bool Stretchy)> All { get; } =
        new Dictionary<string, (string, bool)>(StringComparer.Ordinal)
        {
            ["hat"] = ("\u02C6", false),
            ["widehat"] = ("\u02C6", true),
            ["bar"] = ("\u203E", false),
            ["overline"] = ("\u203E", true),
            ["tilde"] = ("~", false),
            ["widetilde"] = ("~", true),
            ["vec"] = ("\u2192", false),
            ["overrightarrow"] = ("\u2192", true),
            ["dot"] = ("\u02D9", false),
            ["ddot"] = ("\u00A8", false),
            ["check"] = ("\u02C7", false),
            ["breve"] = ("\u02D8", false),
            ["acute"] = ("\u00B4", false),
            ["grave"] = ("`", false),
        };
}
