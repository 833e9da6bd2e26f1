namespace LlmWorks.Tex.Symbols;

/// <summary>Named functions such as <c>\log</c> or <c>\max</c>, written upright and followed by U+2061.</summary>
internal static class FunctionNames
{
    /// <summary>Function names; the flag says whether sub/superscripts become limits in display mode.</summary>
    public static IReadOnlyDictionary<string, bool> All { get; } = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["log"] = false,
        ["ln"] = false,
        ["lg"] = false,
        ["exp"] = false,
        ["sin"] = false,
        ["cos"] = false,
        ["tan"] = false,
        ["sec"] = false,
        ["csc"] = false,
        ["cot"] = false,
        ["arcsin"] = false,
        ["arccos"] = false,
        ["arctan"] = false,
        ["sinh"] = false,
        ["cosh"] = false,
        ["tanh"] = false,
        ["coth"] = false,
        ["arg"] = false,
        ["dim"] = false,
        ["ker"] = false,
        ["deg"] = false,
        ["hom"] = false,
        ["min"] = true,
        ["max"] = true,
        ["lim"] = true,
        ["sup"] = true,
        ["inf"] = true,
        ["det"] = true,
        ["Pr"] = true,
        ["gcd"] = true,
        ["argmin"] = true,
        ["argmax"] = true,
    };
}
