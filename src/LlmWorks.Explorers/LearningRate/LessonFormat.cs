using LlmWorks.Explorers.Formatting;

namespace LlmWorks.Explorers.LearningRate;

/// <summary>Values of a run that may have blown up: three decimals, scientific when huge, words when not finite.</summary>
internal static class LessonFormat
{
    public static string Value(double v) =>
        !double.IsFinite(v) ? "not a number"
        : Math.Abs(v) >= 1e6 ? Fmt.Scientific(v, 3)
        : Fmt.Num(v, 3);
}
