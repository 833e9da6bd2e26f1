using LlmWorks.Explorers.Formatting;
using LlmWorks.Explorers.Presentation;
using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.LearningRate;

/// <summary>
/// Small multiples: one panel per learning rate, each the loss curve with its minima and maximum labelled, the
/// run's path and its current point. Animated in lockstep (every panel on the same step; a finished run holds).
/// </summary>
internal static class RunsView
{
    public static FigureAsset Asset(LessonState s)
    {
        var caption = $"The loss L(w) = {PolynomialText.Write(s.Curve.Loss)} with every run from w = {Fmt.Num(s.Spec.Start, 3)}, one panel per learning rate: " +
                      "the path joins the points each step reached; the large dot is where the run stopped.";
        return new FigureAsset("runs", caption, AltText(s), new FigureSize(960, 800), style => Build(s, style), (style, timing) => Animate(s, style, timing));
    }

    /// <summary>The still: every run complete.</summary>
    public static Figure Build(LessonState s, FigureStyle style)
    {
        var b = Base(s, style);
        var panels = b.Panels.Select((p, i) => Overlay(s, i, s.Runs[i].LastStep, style.Theme).ApplyTo(p)).ToList();
        return b with { Panels = panels };
    }

    /// <summary>The runs progressing together; the last sixth of the frames holds the finished state.</summary>
    public static Animation Animate(LessonState s, FigureStyle style, AnimationTiming timing)
    {
        var frames = Math.Max(2, timing.Frames);
        var moving = Math.Max(2, frames - frames / 6);
        var overlays = Enumerable.Range(0, frames).Select(f =>
        {
            var step = (int)Math.Round(Math.Min(1.0, f / (moving - 1.0)) * s.LongestRun);
            return new FrameOverlay(s.Runs.Select((_, i) => Overlay(s, i, step, style.Theme)).ToList());
        }).ToList();
        return new Animation(Base(s, style), overlays, timing.Fps);
    }

    private static Figure Base(LessonState s, FigureStyle style)
    {
        var panels = s.Runs.Select((r, i) => new Panel(s.Spec.Presets[i].Title, Chart(s), [], $"\u03b1 = {Fmt.Short(r.LearningRate)}")).ToList();
        var columns = panels.Count <= 3 ? panels.Count : (panels.Count + 1) / 2;
        return new Figure(style.Size.Width, style.Size.Height, style.Theme, panels, columns);
    }

    private static Chart2D Chart(LessonState s)
    {
        var (lo, hi) = s.Spec.PlotW;
        var curve = Enumerable.Range(0, LessonState.CurveSegments + 1)
            .Select(i => lo + i * (hi - lo) / LessonState.CurveSegments)
            .Select(w => new Point2(w, s.Curve.L(w))).ToList();
        var marks = new List<Mark2D> { new LineMark(curve, Palette.Curve, 3) };
        foreach (var c in s.Curve.Critical)
        {
            var at = new Point2(c.X, c.Value);
            var minimum = c.Kind == CriticalKind.Minimum;
            marks.Add(new PointMark(at, minimum ? MarkerShape.Diamond : MarkerShape.Square, minimum ? Palette.Optimum : Palette.Landmark, minimum ? 6 : 4.5));
            var (dx, first, second, anchor) = LabelPlace(s, c);
            marks.Add(new TextMark(at, s.Curve.Name(c), Palette.Landmark, dx, first, anchor));
            marks.Add(new TextMark(at, LossCurve.Where(c), Palette.Landmark, dx, second, anchor));
        }
        return new Chart2D(new Axis("w (parameter)", lo, hi), new Axis("loss L(w)", s.LossRange.Min, s.LossRange.Max), marks);
    }

    /// <summary>
    /// Where a landmark's two label lines go: maxima above; minima centred below, or, when the valley floor is too
    /// close to the bottom of the axis for two lines, below and to the side of the hill (where the curve is higher).
    /// </summary>
    private static (double Dx, double First, double Second, TextAnchor Anchor) LabelPlace(LessonState s, CriticalPoint c)
    {
        if (c.Kind == CriticalKind.Maximum) return (0, -29, -14, TextAnchor.Middle);
        var room = (c.Value - s.LossRange.Min) / (s.LossRange.Max - s.LossRange.Min);
        if (room >= 0.15) return (0, 22, 37, TextAnchor.Middle);
        var hillLeft = s.Curve.Critical.Any(p => p.Kind == CriticalKind.Maximum && p.X < c.X);
        return hillLeft ? (-12, 14, 29, TextAnchor.End) : (12, 14, 29, TextAnchor.Start);
    }

    /// <summary>Run <paramref name="index"/> up to <paramref name="step"/> (or its end): path, points, current point, read-outs.</summary>
    private static PanelOverlay Overlay(LessonState s, int index, int step, Theme theme)
    {
        var run = s.Runs[index];
        var color = Palette.Series[index % Palette.Series.Count];
        var shown = run.Steps.Where(p => p.Step <= step && double.IsFinite(p.W) && double.IsFinite(p.Loss)).Select(p => new Point2(p.W, p.Loss)).ToList();
        var current = run.Steps[Math.Min(step, run.LastStep)];
        var marks = new List<Mark2D>
        {
            new LineMark(shown, color.WithOpacity(0.55), 2),
            new ScatterMark(shown, color, 3, color),
            new PointMark(shown[^1], MarkerShape.Circle, color, 7),
        };
        // Read-outs sit top-centre: the curve is highest at the ends of the range, and a diverging path leaves at a side.
        var (centre, top) = (0.5 * (s.Spec.PlotW.Min + s.Spec.PlotW.Max), s.LossRange.Max);
        string[] lines =
        [
            $"step {current.Step}",
            $"w = {LessonFormat.Value(current.W)}",
            $"L = {LessonFormat.Value(current.Loss)}",
            $"L\u2032 = {LessonFormat.Value(current.Derivative)}",
        ];
        for (var i = 0; i < lines.Length; i++)
            marks.Add(new TextMark(new Point2(centre, top), lines[i], theme.Text, 0, 20 + 17 * i, TextAnchor.Middle));
        if (Status(s, run, step) is { } status)
            marks.Add(new TextMark(new Point2(centre, top), status.Text, status.Color, 0, 20 + 17 * lines.Length + 4, TextAnchor.Middle));
        return new PanelOverlay(marks, []);
    }

    private static (string Text, Rgba Color)? Status(LessonState s, LessonRun run, int step)
    {
        if (step < run.LastStep) return null;
        return run.Outcome switch
        {
            RunOutcome.Converged when run.Minimum is null => ($"stopped: flat at the {s.Curve.Name(run.Landmark!)}", Palette.Landmark),
            RunOutcome.Converged when run.Minimum == s.Curve.BasinOf(s.Spec.Start) => ($"converged: {s.Curve.Name(run.Minimum)}", Palette.Converged),
            RunOutcome.Converged => ($"converged: {s.Curve.Name(run.Minimum!)} (overshot)", Palette.Converged),
            RunOutcome.Diverged => ($"diverged: |w| > {Fmt.Short(s.Spec.DivergeBeyond)}", Palette.Diverged),
            _ => ($"still {(run.Monotone ? "crawling" : "bouncing")}", Palette.Landmark),
        };
    }

    private static string AltText(LessonState s)
    {
        var landmarks = string.Join("; ", s.Curve.Critical.Select(c => $"{s.Curve.Name(c)} at {LossCurve.Where(c)}"));
        var runs = string.Join("; ", s.Runs.Select((r, i) => $"{s.Label(i)}: {r.Describe(s.Curve, s.Spec)}"));
        return $"{s.Runs.Count} panels, each the curve L(w) for w from {Fmt.Short(s.Spec.PlotW.Min)} to {Fmt.Short(s.Spec.PlotW.Max)} with its {landmarks}. " +
               $"Each panel shows one learning rate's run from w = {Fmt.Num(s.Spec.Start, 3)}. {runs}.";
    }
}
