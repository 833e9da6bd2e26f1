using LlmWorks.Figures.Model;

namespace LlmWorks.Figures.Projection;

/// <summary>
/// The 3D→screen mapping of a surface panel, as plain data (serialisable next to a figure so a
/// script can place marks over a pre-rendered surface). Box points are rotated by the azimuth about
/// the vertical axis, then tilted by the elevation, then divided by (depth + Distance):
/// <code>
/// x' = x cos a − z sin a;        z' = x sin a + z cos a          (a = azimuth)
/// y" = y cos e + z' sin e;       z" = −y sin e + z' cos e        (e = elevation)
/// f = Scale / (z" + Distance);   screen = (CenterX + x' f, CenterY − y" f)
/// </code>
/// </summary>
/// <param name="Box">Data → box coordinates.</param>
/// <param name="AzimuthDeg">Rotation about the vertical axis, degrees.</param>
/// <param name="ElevationDeg">Tilt of the view above the floor, degrees.</param>
/// <param name="Distance">Perspective distance in box units.</param>
/// <param name="Scale">Pixels per box unit at depth 0, times Distance.</param>
/// <param name="CenterX">Screen X of the box centre's projection, CSS pixels.</param>
/// <param name="CenterY">Screen Y of the box centre's projection, CSS pixels.</param>
public sealed record SurfaceProjection(
    SurfaceBox Box, double AzimuthDeg, double ElevationDeg, double Distance, double Scale, double CenterX, double CenterY)
{
    /// <summary>The projection of a camera with unit scale centred at the origin.</summary>
    public static SurfaceProjection Unit(SurfaceBox box, Model.Camera camera) =>
        new(box, camera.AzimuthDeg, Math.Clamp(camera.ElevationDeg, -89, 89), Math.Max(1.5, camera.Distance), 1, 0, 0);

    /// <summary>Where a data point lands on screen.</summary>
    public ScreenPoint ToScreen(Point3 p) => ToScreen(Box.ToBox(p));

    /// <summary>Where a box point lands on screen.</summary>
    public ScreenPoint ToScreen(BoxPoint p)
    {
        var a = AzimuthDeg * Math.PI / 180;
        var e = ElevationDeg * Math.PI / 180;
        var (sa, ca, se, ce) = (Math.Sin(a), Math.Cos(a), Math.Sin(e), Math.Cos(e));
        var x1 = p.X * ca - p.Z * sa;
        var z1 = p.X * sa + p.Z * ca;
        var y2 = p.Y * ce + z1 * se;
        var z2 = -p.Y * se + z1 * ce;
        var f = Scale / (z2 + Distance);
        return new ScreenPoint(CenterX + x1 * f, CenterY - y2 * f, z2);
    }
}
