using System.Globalization;

namespace LlmWorks.Numerics;

/// <summary>One number format for every message, so notes read the same in any culture.</summary>
internal static class Fmt
{
    /// <summary>Short invariant form for explanations (6 significant digits is plenty for prose).</summary>
    public static string N(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
