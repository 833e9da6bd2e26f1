using LlmWorks.Explorers.Formatting;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Logistic;

/// <summary>
/// The data-points playground: a scenario is a sequence of edits to the initial points, and after each edit the model
/// is refit to the exact minimiser of J + (λ/2)w² (the original's objective, whose 5000 descent steps converge there).
/// Each state becomes its own section with a figure and its forward pass, backward pass and update tables; the
/// scenario ends with the whole sequence as an animation.
/// </summary>
/// <remarks>
/// Front matter: <c>points: [[x, label], …]</c>, optional <c>lambda</c> (0.01), <c>learning-rate</c> (0.5) and
/// <c>start: [w, b]</c> (an unfitted first state), and <c>scenarios: [{ id, title, description?, edits: [{add: [x, label]},
/// {move: [point, newX]}, {delete: point}] }]</c>. Points are numbered from 1 as in the tables; x lies in [0, 8].
/// </remarks>
public sealed class PlaygroundExplorer : IExplorer
{
    /// <inheritdoc />
    public string Kind => "playground";

    /// <inheritdoc />
    public ExplorerResult Run(PageContext page)
    {
        var spec = PlaygroundSpec.Read(page.Settings);
        var results = new List<ScenarioResult>();
        foreach (var (header, edits) in spec.Scenarios)
        {
            var states = States(spec, header, edits);
            results.AddRange(states.Select(s => Section(spec, s)));
            if (states.Count > 1)
            {
                var summary = states.Where(s => s.Fitted).Select(s => new Readout(s.Title,
                    s.HasModel ? $"w = {Fmt.Num(s.W!.Value, 4)}, b = {Fmt.Num(s.B!.Value, 4)}, J = {Fmt.Num(s.J, 4)}" : "no finite fit")).ToList();
                results.Add(new ScenarioResult($"{header.Id}-sequence", $"{header.Title}: the whole sequence", header.Description, summary, [PlaygroundAnimation.Asset(states)]));
            }
        }
        var facts = new List<Readout>
        {
            new("Fit", $"the exact minimiser of J + (\u03bb/2)w\u00b2 with \u03bb = {Fmt.Short(spec.Lambda)}, by Newton's method"),
            new("Update shown", $"one gradient step with \u03b1 = {Fmt.Short(spec.LearningRate)}"),
        };
        return new ExplorerResult([PlaygroundView.Name, PlaygroundAnimation.Name], results, facts);
    }

    internal static List<PlaygroundState> States(PlaygroundSpec spec, ScenarioHeader header, IReadOnlyList<PlaygroundEdit> edits)
    {
        var states = new List<PlaygroundState>();
        var id = header.Id;
        if (spec.Start is { } start)
            states.Add(new PlaygroundState($"{id}-start", "Start", $"Before fitting: w = {Fmt.Short(start.W)}, b = {Fmt.Short(start.B)}",
                "The original's starting sliders, before any fit: the backward pass shows a real step.", spec.Points, spec.Lambda, start, null, null));
        states.Add(new PlaygroundState($"{id}-initial", "Initial fit", "The initial data, fitted", "The six starting points and the regularised fit.",
            spec.Points, spec.Lambda, null, null, states.LastOrDefault()));
        for (var k = 0; k < edits.Count; k++)
        {
            var before = states[^1].Points;
            var after = edits[k].Apply(before);
            var what = edits[k].Describe(before);
            states.Add(new PlaygroundState($"{id}-edit-{k + 1}", $"Edit {k + 1}", $"Edit {k + 1}: {what}", $"{what}, then refit.",
                after, spec.Lambda, null, edits[k].Touched(after.Count), states[^1]));
        }
        return states;
    }

    private static ScenarioResult Section(PlaygroundSpec spec, PlaygroundState s)
    {
        var readouts = new List<Readout>();
        if (s.HasModel)
        {
            readouts.Add(new("Model", ModelText.Equation(ModelKind.Logistic, s.Theta, 4)));
            readouts.Add(new("Mean log-loss J", Fmt.Num(s.J, 4)));
            readouts.Add(new("J + (\u03bb/2)w\u00b2", $"{Fmt.Num(s.J, 4)} + {Fmt.Num(s.Penalty, 4)} = {Fmt.Num(s.J + s.Penalty, 4)}"));
        }
        else
        {
            readouts.Add(new("Fit", s.Note ?? "none"));
        }
        if (s.Fitted && s.HasModel && s.Note is { } caveat) readouts.Add(new("Note", caveat));
        if (s.Unregularised is { } mle)
            readouts.Add(new("Without L2", mle.Values is { } v ? $"the plain log-loss optimum is w = {Fmt.Num(v[1], 4)}, b = {Fmt.Num(v[0], 4)}" : mle.Note ?? "no optimum"));
        return new ScenarioResult(s.Id, s.Title, s.Description, readouts, [PlaygroundView.Asset(s)]) { Tables = PlaygroundTables.For(s, spec.LearningRate) };
    }
}
