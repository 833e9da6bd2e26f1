namespace LlmWorks.Tex.Symbols;

using System.Text;

/// <summary>Font styles selected by <c>\mathrm</c>, <c>\mathbf</c>, <c>\mathbb</c> and friends.</summary>
internal enum MathFont
{
    /// <summary>Default: single letters italic.</summary>
    Default,

    /// <summary>Upright (<c>\mathrm</c>, <c>\operatorname</c>).</summary>
    Roman,

    /// <summary>Upright bold (<c>\mathbf</c>), mapped to the Mathematical Bold Unicode block.</summary>
    Bold,

    /// <summary>Double-struck (<c>\mathbb</c>).</summary>
    DoubleStruck,

    /// <summary>Calligraphic/script (<c>\mathcal</c>).</summary>
    Script,
}

/// <summary>
/// Maps letters and digits to Unicode Mathematical Alphanumeric Symbols, which is how MathML Core
/// (without <c>mathvariant</c> support beyond "normal") expresses bold and double-struck letters.
/// </summary>
internal static class MathAlphabets
{
    private static readonly Dictionary<char, string> DoubleStruckExceptions = new()
    {
        ['C'] = "\u2102",
        ['H'] = "\u210D",
        ['N'] = "\u2115",
        ['P'] = "\u2119",
        ['Q'] = "\u211A",
        ['R'] = "\u211D",
        ['Z'] = "\u2124",
    };

    private static readonly Dictionary<char, string> ScriptExceptions = new()
    {
        ['B'] = "\u212C",
        ['E'] = "\u2130",
        ['F'] = "\u2131",
        ['H'] = "\u210B",
        ['I'] = "\u2110",
        ['L'] = "\u2112",
        ['M'] = "\u2133",
        ['R'] = "\u211B",
    };

    /// <summary>Maps one character in the given font; characters without a mapping are returned unchanged.</summary>
    public static string Map(string text, MathFont font)
    {
        if (font is MathFont.Default or MathFont.Roman || text.Length != 1)
        {
            return text;
        }

        var c = text[0];
        return font switch
        {
            MathFont.Bold => Offset(c, 0x1D400, 0x1D41A, 0x1D7CE) ?? BoldGreek(c) ?? text,
            MathFont.DoubleStruck => DoubleStruckExceptions.GetValueOrDefault(c) ?? Offset(c, 0x1D538, 0x1D552, 0x1D7D8) ?? text,
            MathFont.Script => ScriptExceptions.GetValueOrDefault(c) ?? Offset(c, 0x1D49C, null, null) ?? text,
            _ => text,
        };
    }

    private static string? Offset(char c, int upper, int? lower, int? digit)
    {
        int? code = c switch
        {
            >= 'A' and <= 'Z' => upper + (c - 'A'),
            >= 'a' and <= 'z' when lower is not null => lower + (c - 'a'),
            >= '0' and <= '9' when digit is not null => digit + (c - '0'),
            _ => null,
        };
        return code is null ? null : new Rune(code.Value).ToString();
    }

    private static string? BoldGreek(char c) => c switch
    {
        >= '\u0391' and <= '\u03A9' when c != '\u03A2' => new Rune(0x1D6A8 + (c - '\u0391')).ToString(),
        >= '\u03B1' and <= '\u03C9' => new Rune(0x1D6C2 + (c - '\u03B1')).ToString(),
        _ => null,
    };
}
