using System.Globalization;

using LlmWorks.Explorers.LearningRate;

namespace LlmWorks.Explorers.Tests.LearningRate;

/// <summary>Every learning rate on a grid, run by the page's rules: how the outcome changes with α.</summary>
internal static class LearningRateScan
{
    /// <summary>One scanned rate: "local"/"global"/… (the minimum's name), "diverged" or "running", and the stop step.</summary>
    public sealed record Row(double Lr, string Outcome, int Step, double FinalW);

    public static IReadOnlyList<Row> Run(LessonState s, double from, double to, double step, int steps)
    {
        var spec = s.Spec with { Steps = steps };
        var rows = new List<Row>();
        for (var i = 0; from + i * step <= to + step / 2; i++)
        {
            var lr = Math.Round(from + i * step, 10);
            var run = LessonRun.Execute(s.Curve, spec, lr);
            var outcome = run.Outcome switch
            {
                RunOutcome.Converged when run.Minimum is null => "maximum",
                RunOutcome.Converged => s.Curve.Name(run.Minimum).Split(' ')[0],
                RunOutcome.Diverged => "diverged",
                _ => "running",
            };
            rows.Add(new Row(lr, outcome, run.LastStep, run.Final.W));
        }
        return rows;
    }

    /// <summary>The scan as intervals of equal outcome, one line each: "0.005–1.495  local  (steps 773…4)".</summary>
    public static IEnumerable<string> Intervals(IReadOnlyList<Row> rows)
    {
        for (var i = 0; i < rows.Count;)
        {
            var j = i;
            while (j + 1 < rows.Count && rows[j + 1].Outcome == rows[i].Outcome) j++;
            var steps = rows.Skip(i).Take(j - i + 1).Select(r => r.Step).ToList();
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{rows[i].Lr:0.000}\u2013{rows[j].Lr:0.000}  {rows[i].Outcome,-8}  steps {steps.Min()}\u2013{steps.Max()}");
            i = j + 1;
        }
    }
}
