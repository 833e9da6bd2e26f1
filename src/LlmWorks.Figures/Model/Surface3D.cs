namespace LlmWorks.Figures.Model;

/// <summary>
/// A loss surface over two parameters, seen through a camera. Heights are loss values;
/// the geometry decides how parameters and loss map into the drawn box.
/// </summary>
/// <param name="U">Grid values of the first parameter (drawn along X), ascending.</param>
/// <param name="V">Grid values of the second parameter (drawn along depth), ascending.</param>
/// <param name="Loss">Loss at [i over U, j over V]. Non-finite cells are not drawn.</param>
/// <param name="ULabel">Name of the first parameter (axis label).</param>
/// <param name="VLabel">Name of the second parameter.</param>
/// <param name="LossLabel">Name of the loss (vertical axis label).</param>
/// <param name="Geometry">Normalized bowl or raw proportions.</param>
/// <param name="Camera">Viewpoint.</param>
/// <param name="Marks">Balls, optimum markers, paths, in data units (parameter values and loss).</param>
/// <param name="ColorMap">How loss maps to colour.</param>
public sealed record Surface3D(
    IReadOnlyList<double> U,
    IReadOnlyList<double> V,
    double[,] Loss,
    string ULabel,
    string VLabel,
    string LossLabel,
    SurfaceGeometry Geometry,
    Camera Camera,
    IReadOnlyList<Mark3D> Marks,
    ColorMap ColorMap = ColorMap.Viridis) : Plot;

/// <summary>How the surface maps into the drawn box.</summary>
public enum SurfaceGeometry
{
    /// <summary>Both parameter axes and the loss mapped to a unit cube: the textbook bowl.</summary>
    Normalized,
    /// <summary>Parameter axes in true proportion to their units (the longer one spans the box); loss height scaled linearly.</summary>
    Raw,
    /// <summary>As <see cref="Raw"/>, with height proportional to log10 of the loss (for ranges spanning decades).</summary>
    RawLogHeight,
}

/// <summary>Colour maps for surfaces.</summary>
public enum ColorMap { Viridis, Blues, Reds, Greens }

/// <summary>Viewpoint: azimuth and elevation in degrees, perspective distance in box units, zoom factor.</summary>
public sealed record Camera(double AzimuthDeg = -37, double ElevationDeg = 31, double Distance = 4.5, double Zoom = 1.0);

/// <summary>A point on or above the surface, in data units (U, V parameter values, and loss).</summary>
public readonly record struct Point3(double U, double V, double Loss);

/// <summary>Something drawn on a 3D surface. Marks are hidden where the surface is in front of them.</summary>
public abstract record Mark3D;

/// <summary>A ball at a parameter point, at the height of its loss (the current parameters).</summary>
public sealed record BallMark(Point3 At, Rgba Fill, double RadiusPx = 7, string? Label = null) : Mark3D;

/// <summary>The optimum: a diamond marker at its parameters and loss.</summary>
public sealed record OptimumMark(Point3 At, Rgba Fill, double RadiusPx = 7, string? Label = null) : Mark3D;

/// <summary>A path over the surface (a descent trajectory), drawn segment by segment with occlusion.</summary>
public sealed record PathMark(IReadOnlyList<Point3> Points, Rgba Color, double WidthPx = 2) : Mark3D;
