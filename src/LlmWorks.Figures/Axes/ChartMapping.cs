using LlmWorks.Figures.Model;

namespace LlmWorks.Figures.Axes;

/// <summary>
/// The data→pixel mapping of a 2D chart panel as plain data (CSS pixels, Y down): the plot
/// rectangle and the axis ranges drawn across it. Enough to move a line or point over a pre-rendered chart.
/// </summary>
/// <param name="Left">Pixel X of <paramref name="XMin"/>.</param>
/// <param name="Top">Pixel Y of <paramref name="YMax"/>.</param>
/// <param name="Right">Pixel X of <paramref name="XMax"/>.</param>
/// <param name="Bottom">Pixel Y of <paramref name="YMin"/>.</param>
/// <param name="XMin">Data X at the left edge.</param>
/// <param name="XMax">Data X at the right edge.</param>
/// <param name="YMin">Data Y at the bottom edge.</param>
/// <param name="YMax">Data Y at the top edge.</param>
public sealed record ChartMapping(double Left, double Top, double Right, double Bottom, double XMin, double XMax, double YMin, double YMax)
{
    /// <summary>The pixel of a data point (not clipped).</summary>
    public (double X, double Y) ToScreen(Point2 p) => (
        Left + (XMax == XMin ? 0.5 : (p.X - XMin) / (XMax - XMin)) * (Right - Left),
        Bottom - (YMax == YMin ? 0.5 : (p.Y - YMin) / (YMax - YMin)) * (Bottom - Top));
}
