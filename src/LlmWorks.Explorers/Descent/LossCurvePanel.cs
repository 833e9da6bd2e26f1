using LlmWorks.Explorers.Presentation;
using LlmWorks.Figures.Model;

namespace LlmWorks.Explorers.Descent;

/// <summary>
/// The loss at every step drawn. Charts have no log axis, so when the losses span more than two decades the
/// panel plots log₁₀ of the loss and says so on its axis. The whole run is drawn faintly in every frame and
/// the part already run in colour, with the current step as a point.
/// </summary>
internal sealed class LossCurvePanel
{
    /// <summary>Up to this many steps the curve keeps every step; after it, each bucket keeps its lowest and highest.</summary>
    private const int KeepAll = 150;
    private const int Buckets = 150;

    private readonly DescentRun _run;

    public LossCurvePanel(DescentRun run)
    {
        _run = run;
        var finite = Enumerable.Range(0, run.LastStep + 1).Select(k => run.Step(k).Loss).Where(l => double.IsFinite(l)).ToList();
        var (lo, hi) = (finite.Min(), finite.Max());
        Log = lo > 0 && hi / lo > 100;
        var (ylo, yhi) = Log ? (Math.Log10(lo), Math.Log10(hi)) : (Math.Min(0, lo), hi);
        var room = yhi > ylo ? (yhi - ylo) * 0.06 : 1;
        YRange = (Log ? ylo - room : ylo, yhi + room);
    }

    /// <summary>Whether the y axis is log₁₀ of the loss.</summary>
    public bool Log { get; }

    public (double Min, double Max) YRange { get; }

    public Panel Base(Theme theme)
    {
        var name = DescentText.Loss(_run);
        var label = Log ? $"log\u2081\u2080 {name}" : name;
        var marks = new List<Mark2D> { new LineMark(Curve(_run.LastStep), theme.MutedText.WithOpacity(0.35), 1.5, Dash.Solid, "whole run") };
        var chart = new Chart2D(new Axis("step", 0, Math.Max(1, _run.LastStep) * 1.03), new Axis(label, YRange.Min, YRange.Max), marks);
        return new Panel($"{name} per step", chart, []);
    }

    public PanelOverlay Overlay(int step)
    {
        var marks = new List<Mark2D>();
        if (step > 0) marks.Add(new LineMark(Curve(step), Palette.Model, 2.2));
        if (Y(_run.Step(step).Loss) is { } y) marks.Add(new PointMark(new Point2(step, y), MarkerShape.Circle, Palette.Current, 6));
        return new PanelOverlay(marks, []);
    }

    private double? Y(double loss) => !double.IsFinite(loss) ? null : Log ? Math.Log10(Math.Max(loss, double.Epsilon)) : loss;

    /// <summary>Steps 0..upTo as points; long runs keep each bucket's extremes, so oscillation stays visible.</summary>
    private List<Point2> Curve(int upTo)
    {
        var points = new List<Point2>();
        void Add(int k) { if (Y(_run.Step(k).Loss) is { } y) points.Add(new Point2(k, y)); }
        var all = Math.Min(upTo, KeepAll);
        for (var k = 0; k <= all; k++) Add(k);
        if (upTo <= KeepAll) return points;
        var width = (int)Math.Ceiling((upTo - KeepAll) / (double)Buckets);
        for (var start = KeepAll + 1; start <= upTo; start += width)
        {
            var end = Math.Min(upTo, start + width - 1);
            var (lo, hi) = (start, start);
            for (var k = start; k <= end; k++)
            {
                if (_run.Step(k).Loss < _run.Step(lo).Loss) lo = k;
                if (_run.Step(k).Loss > _run.Step(hi).Loss) hi = k;
            }
            foreach (var k in new[] { lo, hi }.Distinct().Order()) Add(k);
            if (end == upTo && lo != upTo && hi != upTo) Add(upTo);
        }
        return points;
    }
}
