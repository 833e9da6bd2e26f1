namespace LlmWorks.Tex.Symbols;

/// <summary>Commands and characters that become operators (<c>&lt;mo&gt;</c>) or upright symbols.</summary>
internal static class OperatorSymbols
{
    /// <summary>Binary operators, relations, arrows and punctuation written as commands.</summary>
    public static IReadOnlyDictionary<string, string> Commands { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cdot"] = "\u22C5",
        ["times"] = "\u00D7",
        ["div"] = "\u00F7",
        ["pm"] = "\u00B1",
        ["mp"] = "\u2213",
        ["ast"] = "\u2217",
        ["star"] = "\u22C6",
        ["circ"] = "\u2218",
        ["bullet"] = "\u2219",
        ["oplus"] = "\u2295",
        ["otimes"] = "\u2297",
        ["odot"] = "\u2299",
        ["cup"] = "\u222A",
        ["cap"] = "\u2229",
        ["setminus"] = "\u2216",
        ["wedge"] = "\u2227",
        ["land"] = "\u2227",
        ["vee"] = "\u2228",
        ["lor"] = "\u2228",
        ["neg"] = "\u00AC",
        ["lnot"] = "\u00AC",
        ["le"] = "\u2264",
        ["leq"] = "\u2264",
        ["ge"] = "\u2265",
        ["geq"] = "\u2265",
        ["ne"] = "\u2260",
        ["neq"] = "\u2260",
        ["approx"] = "\u2248",
        ["equiv"] = "\u2261",
        ["sim"] = "\u223C",
        ["simeq"] = "\u2243",
        ["cong"] = "\u2245",
        ["propto"] = "\u221D",
        ["ll"] = "\u226A",
        ["gg"] = "\u226B",
        ["in"] = "\u2208",
        ["notin"] = "\u2209",
        ["ni"] = "\u220B",
        ["subset"] = "\u2282",
        ["subseteq"] = "\u2286",
        ["supset"] = "\u2283",
        ["supseteq"] = "\u2287",
        ["mid"] = "\u2223",
        ["parallel"] = "\u2225",
        ["perp"] = "\u22A5",
        ["triangleq"] = "\u225C",
        ["coloneqq"] = "\u2254",
        ["to"] = "\u2192",
        ["rightarrow"] = "\u2192",
        ["leftarrow"] = "\u2190",
        ["gets"] = "\u2190",
        ["leftrightarrow"] = "\u2194",
        ["Rightarrow"] = "\u21D2",
        ["Leftarrow"] = "\u21D0",
        ["Leftrightarrow"] = "\u21D4",
        ["implies"] = "\u27F9",
        ["iff"] = "\u27FA",
        ["mapsto"] = "\u21A6",
        ["longrightarrow"] = "\u27F6",
        ["uparrow"] = "\u2191",
        ["downarrow"] = "\u2193",
        ["forall"] = "\u2200",
        ["exists"] = "\u2203",
        ["ldots"] = "\u2026",
        ["dots"] = "\u2026",
        ["cdots"] = "\u22EF",
        ["vdots"] = "\u22EE",
        ["ddots"] = "\u22F1",
        ["colon"] = ":",
    };

    /// <summary>Ordinary symbols written as identifiers; the flag says whether to force upright.</summary>
    public static IReadOnlyDictionary<string, (string Text, bool Upright)> Ordinary { get; } =
        new Dictionary<string, (string, bool)>(StringComparer.Ordinal)
        {
            ["infty"] = ("\u221E", false),
            ["partial"] = ("\u2202", false),
            ["nabla"] = ("\u2207", true),
            ["ell"] = ("\u2113", false),
            ["hbar"] = ("\u210F", false),
            ["emptyset"] = ("\u2205", false),
            ["varnothing"] = ("\u2205", false),
            ["aleph"] = ("\u2135", false),
            ["Re"] = ("\u211C", false),
            ["Im"] = ("\u2111", false),
            ["angle"] = ("\u2220", false),
            ["top"] = ("\u22A4", false),
            ["bot"] = ("\u22A5", false),
            ["prime"] = ("\u2032", false),
            ["%"] = ("%", false),
            ["$"] = ("$", false),
            ["#"] = ("#", false),
            ["&"] = ("&", false),
            ["_"] = ("_", false),
        };

    /// <summary>Big operators that take limits; the flag says whether limits go under/over in display mode.</summary>
    public static IReadOnlyDictionary<string, (string Text, bool LimitsInDisplay)> Large { get; } =
        new Dictionary<string, (string, bool)>(StringComparer.Ordinal)
        {
            ["sum"] = ("\u2211", true),
            ["prod"] = ("\u220F", true),
            ["coprod"] = ("\u2210", true),
            ["bigcup"] = ("\u22C3", true),
            ["bigcap"] = ("\u22C2", true),
            ["bigoplus"] = ("\u2A01", true),
            ["bigotimes"] = ("\u2A02", true),
            ["int"] = ("\u222B", false),
            ["iint"] = ("\u222C", false),
            ["oint"] = ("\u222E", false),
        };

    /// <summary>
    /// Maps a literal source character to its operator text, or null when the character is not an operator.
    /// The hyphen becomes the minus sign U+2212 and <c>*</c> the asterisk operator.
    /// </summary>
    public static string? FromCharacter(char c) => c switch
    {
        '+' or '=' or '<' or '>' or '(' or ')' or '[' or ']' or '|' or ',' or ';' or '!' or '/' or ':' or '.' or '?' => c.ToString(),
        '-' => "\u2212",
        '*' => "\u2217",
        _ => null,
    };
}
