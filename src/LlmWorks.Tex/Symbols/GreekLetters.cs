namespace LlmWorks.Tex.Symbols;

/// <summary>Greek letter commands. Lower case letters are italic identifiers; upper case are upright, as in TeX.</summary>
internal static class GreekLetters
{
    /// <summary>Lower case Greek letters and their variants.</summary>
    public static IReadOnlyDictionary<string, string> Lower { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alpha"] = "\u03B1",
        ["beta"] = "\u03B2",
        ["gamma"] = "\u03B3",
        ["delta"] = "\u03B4",
        ["epsilon"] = "\u03F5",
        ["varepsilon"] = "\u03B5",
        ["zeta"] = "\u03B6",
        ["eta"] = "\u03B7",
        ["theta"] = "\u03B8",
        ["vartheta"] = "\u03D1",
        ["iota"] = "\u03B9",
        ["kappa"] = "\u03BA",
        ["varkappa"] = "\u03F0",
        ["lambda"] = "\u03BB",
        ["mu"] = "\u03BC",
        ["nu"] = "\u03BD",
        ["xi"] = "\u03BE",
        ["omicron"] = "\u03BF",
        ["pi"] = "\u03C0",
        ["varpi"] = "\u03D6",
        ["rho"] = "\u03C1",
        ["varrho"] = "\u03F1",
        ["sigma"] = "\u03C3",
        ["varsigma"] = "\u03C2",
        ["tau"] = "\u03C4",
        ["upsilon"] = "\u03C5",
        ["phi"] = "\u03D5",
        ["varphi"] = "\u03C6",
        ["chi"] = "\u03C7",
        ["psi"] = "\u03C8",
        ["omega"] = "\u03C9",
    };

    /// <summary>Upper case Greek letters that differ from Latin ones.</summary>
    public static IReadOnlyDictionary<string, string> Upper { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Gamma"] = "\u0393",
        ["Delta"] = "\u0394",
        ["Theta"] = "\u0398",
        ["Lambda"] = "\u039B",
        ["Xi"] = "\u039E",
        ["Pi"] = "\u03A0",
        ["Sigma"] = "\u03A3",
        ["Upsilon"] = "\u03A5",
        ["Phi"] = "\u03A6",
        ["Psi"] = "\u03A8",
        ["Omega"] = "\u03A9",
    };
}
