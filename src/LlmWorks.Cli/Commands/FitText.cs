using System.Globalization;
using System.Text;
using LlmWorks.Numerics;

namespace LlmWorks.Cli.Commands;

/// <summary><c>fit</c> without <c>--json</c>: a short summary for people.</summary>
internal static class FitText
{
    public static string Write(FitResult f)
    {
        var r = f.Request;
        var o = new StringBuilder();
        o.AppendLine($"data      {r.Data.Source}: {r.Data.Count} rows, x = {r.Data.XName}, y = {r.Data.YName}");
        o.AppendLine($"model     {r.Model.ToString().ToLowerInvariant()} ({string.Join(", ", f.Parameters)})");
        o.AppendLine(f.Optimum.Values is { } best ? $"optimum   {Point(f, best)}" : $"optimum   none: {f.Optimum.Note}");
        if (r.At is { } at) o.AppendLine($"at        {Point(f, at)}");
        if (f.Descent is { } t)
        {
            var d = r.Descent!;
            var outcome = t.Outcome == DescentOutcome.Diverged
                ? $"DIVERGED at step {t.DivergedAtStep}"
                : $"ran {t.StepsTaken} steps";
            o.AppendLine(Inv($"descent   {Losses.Key(d.Objective)}, lr {d.LearningRate:R}, from [{string.Join(", ", d.From.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}]: {outcome}"));
            o.AppendLine($"          ends at {Point(f, t.Final.Values)}, |gradient| {Num(t.Final.GradientNorm)}");
        }
        return o.ToString();
    }

    private static string Point(FitResult f, double[] values)
    {
        var ps = string.Join(", ", f.Parameters.Select((n, i) => $"{n} {Num(values[i])}"));
        var ls = string.Join(", ", f.LossesAt(values).Select(l => $"{l.Key} {Num(l.Value)}"));
        return $"{ps}  ({ls})";
    }

    private static string Num(double v) => double.IsFinite(v) ? v.ToString("G10", CultureInfo.InvariantCulture) : "non-finite";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
