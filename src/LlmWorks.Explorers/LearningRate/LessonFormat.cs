using System.Globalization;
using LlmWorks.Explorers.Formatting;

namespace LlmWorks.Explorers.LearningRate;

/// <summary>Values of a run that may have blown up: three decimals, scientific when huge, words when not finite.</summary>
internal static class LessonFormat
{
    public static string Value(double v) =>
        !double.IsFinite(v) ? "not a number"
        : Math.Abs(v) >= 1e6 ? (v < 0 ? "\u2212" : "") + Math.Abs(v).ToString("0.###e+0", CultureInfo.InvariantCulture)
        : Fmt.Num(v, 3);
}
