using LlmWorks.Figures.Axes;
using LlmWorks.Figures.Model;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>
/// A 2D chart's geometry: the plot rectangle left after margins sized from the measured tick and
/// axis labels, the data→pixel scales, and the ticks.
/// </summary>
internal sealed record ChartLayout(
    SKRect Area, SKRect Plot, LinearScale X, LinearScale Y,
    IReadOnlyList<double> XTicks, IReadOnlyList<double> YTicks, double XStep, double YStep)
{
    /// <summary>Length of tick marks outside the plot.</summary>
    public const float TickLength = 4;

    /// <summary>Gap between tick marks, tick labels and axis labels.</summary>
    public const float LabelGap = 5;

    /// <summary>The tick label size: the theme's, but never under 11 px.</summary>
    public static double TickSize(Model.Theme theme) => Math.Max(11, theme.TickSize);

    /// <summary>Lays out <paramref name="chart"/> inside <paramref name="area"/>, keeping <paramref name="legendHeight"/> at the bottom for a legend below.</summary>
    public static ChartLayout Compute(Chart2D chart, SKRect area, Model.Theme theme, TextKit text, float legendHeight = 0)
    {
        var tick = TickSize(theme);
        var tickH = text.LineHeight(tick);
        var labelH = text.LineHeight(theme.LabelSize);

        var yTarget = (int)Math.Clamp(area.Height / 55, 4, 8);
        var yStep = NiceTicks.Step(chart.Y.Min, chart.Y.Max, yTarget);
        var yTicks = NiceTicks.Ticks(chart.Y.Min, chart.Y.Max, yTarget);
        var yLabelW = yTicks.Select(v => text.Width(TickFormat.Format(v, yStep), tick)).DefaultIfEmpty(0).Max();

        var left = area.Left + (string.IsNullOrEmpty(chart.Y.Label) ? 0 : labelH + LabelGap) + yLabelW + TickLength + LabelGap + 2;
        var xTarget = (int)Math.Clamp((area.Right - left) / 80, 4, 8);
        var xStep = NiceTicks.Step(chart.X.Min, chart.X.Max, xTarget);
        var xTicks = NiceTicks.Ticks(chart.X.Min, chart.X.Max, xTarget);
        var lastW = xTicks.Count > 0 ? text.Width(TickFormat.Format(xTicks[^1], xStep), tick) : 0;

        var right = area.Right - Math.Max(10, lastW / 2 + 2);
        var top = area.Top + tickH / 2 + 4;
        var legendH = chart.ShowLegend && chart.LegendBelow ? Math.Max(legendHeight, Legend.BelowHeight(text, theme, chart.Marks, area.Width)) : 0;
        var bottom = area.Bottom - legendH - (TickLength + LabelGap + tickH + (string.IsNullOrEmpty(chart.X.Label) ? 0 : LabelGap + labelH) + 2);
        var plot = new SKRect(left, top, Math.Max(left + 1, right), Math.Max(top + 1, bottom));
        return new ChartLayout(area, plot,
            new LinearScale(chart.X.Min, chart.X.Max, plot.Left, plot.Right),
            new LinearScale(chart.Y.Min, chart.Y.Max, plot.Bottom, plot.Top),
            xTicks, yTicks, xStep, yStep)
        {
            LegendStrip = legendH > 0 ? new SKRect(area.Left, area.Bottom - legendH, area.Right, area.Bottom) : null,
        };
    }

    /// <summary>The strip under the axes that holds the legend of a <see cref="Chart2D.LegendBelow"/> chart.</summary>
    public SKRect? LegendStrip { get; init; }

    /// <summary>The pixel of a data point.</summary>
    public SKPoint Map(Point2 p) => new(X.Map(p.X), Y.Map(p.Y));
}
