using LlmWorks.Explorers.Formatting;

namespace LlmWorks.Explorers.LearningRate;

/// <summary>One preset's section: its outcome in numbers and the table of its updates.</summary>
internal static class PresetSection
{
    /// <summary>Rows of the update table shown from the start before the table skips to the end.</summary>
    private const int HeadRows = 6;

    public static ScenarioResult Build(LessonState s, int index)
    {
        var preset = s.Spec.Presets[index];
        var run = s.Runs[index];
        var f = run.Final;
        var readouts = new List<Readout>
        {
            new("Learning rate \u03b1", Fmt.Short(preset.LearningRate)),
            new("Outcome", run.Describe(s.Curve, s.Spec)),
            new("Last state", $"step {f.Step}: w = {LessonFormat.Value(f.W)}, L = {LessonFormat.Value(f.Loss)}, L\u2032 = {LessonFormat.Value(f.Derivative)}"),
        };
        if (run.FactorPerStep is { } factor && run.Minimum is { } m)
            readouts.Add(new($"Factor per step near the {s.Curve.Name(m)}, 1 \u2212 \u03b1L\u2033", $"{Fmt.Num(factor, 3)}: {FactorMeaning(factor)}"));
        var nearby = new[] { 0.99, 1.01 }.Select(k => preset.LearningRate * k)
            .Select(lr => $"\u03b1 = {Fmt.Short(Math.Round(lr, 6))}: {LessonRun.Execute(s.Curve, s.Spec, lr).Describe(s.Curve, s.Spec)}");
        readouts.Add(new("1% slower and faster", string.Join("; ", nearby)));
        return new ScenarioResult(preset.Id, preset.Title, preset.Description, readouts, []) { Tables = [Table(run, preset.LearningRate)] };
    }

    private static string FactorMeaning(double factor) => factor switch
    {
        >= 1 => "the minimum does not pull the run in",
        > 0 => "the run creeps in from one side",
        0 => "one step lands on the minimum",
        > -1 => "the run overshoots and zig-zags in",
        _ => "each step lands farther from the minimum; the run stopped only because one step happened to land within the tolerance",
    };

    private static DataTable Table(LessonRun run, double lr)
    {
        var steps = run.Steps;
        var rows = new List<IReadOnlyList<string>>();
        IReadOnlyList<string> Row(int i)
        {
            var (k, w, l, g) = steps[i];
            var next = i + 1 < steps.Count ? LessonFormat.Value(steps[i + 1].W) : "stop";
            return [k.ToString(System.Globalization.CultureInfo.InvariantCulture), LessonFormat.Value(w), LessonFormat.Value(l), LessonFormat.Value(g), next];
        }
        var head = Math.Min(steps.Count, HeadRows);
        for (var i = 0; i < head; i++) rows.Add(Row(i));
        if (steps.Count > head + 2) rows.Add(["\u2026", "", "", "", ""]);
        for (var i = Math.Max(head, steps.Count - 2); i < steps.Count; i++) rows.Add(Row(i));
        return new DataTable($"The updates w \u2190 w \u2212 {Fmt.Short(lr)}\u00b7L\u2032(w), step by step",
            ["step", "w", "L(w)", "L\u2032(w)", "next w"], rows);
    }
}
