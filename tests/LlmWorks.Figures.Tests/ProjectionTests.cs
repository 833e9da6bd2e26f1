using LlmWorks.Figures.Model;
using LlmWorks.Figures.Projection;
using LlmWorks.Figures.Rendering;

namespace LlmWorks.Figures.Tests;

public sealed class ProjectionTests
{
    private static readonly SurfaceBox UnitBox = new(SurfaceGeometry.Normalized, -1, 1, -1, 1, 0, 1, 1, 1);

    private static void Near(double expected, double actual) => Assert.Equal(expected, actual, 9);

    [Fact]
    public void Front_view_is_a_plain_perspective_division()
    {
        var p = new SurfaceProjection(UnitBox, 0, 0, 4, 400, 100, 200).ToScreen(new BoxPoint(1, 0.5, 0));
        // f = 400 / (0 + 4) = 100: x = 100 + 1·100, y = 200 − 0.5·100.
        Near(200, p.X);
        Near(150, p.Y);
        Near(0, p.Depth);
    }

    [Fact]
    public void Azimuth_90_turns_x_into_depth()
    {
        var p = new SurfaceProjection(UnitBox, 90, 0, 4, 400, 100, 200).ToScreen(new BoxPoint(1, 0, 0));
        Near(100, p.X);
        Near(200, p.Y);
        Near(1, p.Depth);
    }

    [Fact]
    public void Default_camera_matches_a_hand_computation()
    {
        // Seed explorers: θy = −0.644 rad, θx = −0.540 rad; here azimuth −0.644 rad, elevation 0.540 rad.
        var az = -0.644 * 180 / Math.PI;
        var el = 0.540 * 180 / Math.PI;
        var p = new SurfaceProjection(UnitBox, az, el, 4.5, 300, 320, 240).ToScreen(new BoxPoint(1, 0.75, -1));
        double x1 = Math.Cos(-0.644) + Math.Sin(-0.644), z1 = Math.Sin(-0.644) - Math.Cos(-0.644);
        double y2 = 0.75 * Math.Cos(-0.540) - z1 * Math.Sin(-0.540), z2 = 0.75 * Math.Sin(-0.540) + z1 * Math.Cos(-0.540);
        var f = 300 / (z2 + 4.5);
        Near(320 + x1 * f, p.X);
        Near(240 - y2 * f, p.Y);
        Near(z2, p.Depth);
    }

    [Fact]
    public void Normalized_box_maps_grid_corners_to_unit_corners()
    {
        var box = SurfaceBox.For(SampleFigures.Surface(SurfaceGeometry.Normalized));
        var lo = box.ToBox(new Point3(0, -5, box.LossMin));
        var hi = box.ToBox(new Point3(15, 20, box.LossMax));
        Assert.Equal(new BoxPoint(-1, -0.75, -1), lo);
        Assert.Equal(new BoxPoint(1, 0.75, 1), hi);
    }

    [Fact]
    public void Raw_box_keeps_parameter_proportions()
    {
        var box = SurfaceBox.For(SampleFigures.Surface(SurfaceGeometry.Raw));
        Near(15.0 / 25, box.XHalf);
        Near(1, box.ZHalf);
        // One unit of slope is as long as one unit of intercept.
        Near(box.XOf(1) - box.XOf(0), box.ZOf(1) - box.ZOf(0));
    }

    [Fact]
    public void Log_height_is_linear_in_log_loss()
    {
        var s = SampleFigures.Surface(SurfaceGeometry.RawLogHeight);
        var box = SurfaceBox.For(s);
        var mid = Math.Sqrt(box.LossMin * box.LossMax);
        Near(0, box.HeightOf(mid));
        Assert.True(double.IsFinite(box.HeightOf(0)));
    }

    [Fact]
    public void Public_projection_places_the_ball_where_it_is_drawn()
    {
        var figure = SampleFigures.SurfaceFigure(SurfaceGeometry.Normalized);
        var projection = FigureRenderer.Project(figure, 0);
        var p = projection.ToScreen(new Point3(6.5, 3.5, SampleFigures.Sse(6.5, 3.5)));
        Assert.InRange(p.X, 0, figure.Width);
        Assert.InRange(p.Y, 0, figure.Height);
        Assert.Equal(-37, projection.AzimuthDeg);
    }
}
