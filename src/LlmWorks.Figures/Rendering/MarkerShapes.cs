using LlmWorks.Figures.Model;
using SkiaSharp;

namespace LlmWorks.Figures.Rendering;

/// <summary>Marker outlines shared by 2D points, legends and 3D optimum markers.</summary>
internal static class MarkerShapes
{
    /// <summary>The outline of <paramref name="shape"/> centred at <paramref name="c"/> with half-size <paramref name="r"/>.</summary>
    public static SKPath Path(MarkerShape shape, SKPoint c, float r)
    {
        using var path = new SKPathBuilder();
        switch (shape)
        {
            case MarkerShape.Diamond:
                var d = r * 1.25f;
                path.MoveTo(c.X, c.Y - d);
                path.LineTo(c.X + d, c.Y);
                path.LineTo(c.X, c.Y + d);
                path.LineTo(c.X - d, c.Y);
                path.Close();
                break;
            case MarkerShape.Square:
                var s = r * 0.9f;
                path.AddRect(new SKRect(c.X - s, c.Y - s, c.X + s, c.Y + s));
                break;
            default:
                path.AddCircle(c.X, c.Y, r);
                break;
        }
        return path.Detach();
    }

    /// <summary>Fills a marker and strokes a white outline of <paramref name="outlineWidth"/>.</summary>
    public static void Draw(SKCanvas canvas, MarkerShape shape, SKPoint c, float r, SKColor fill, SKColor outline, float outlineWidth = 2)
    {
        using var path = Path(shape, c, r);
        using (var f = RenderContext.Fill(fill))
            canvas.DrawPath(path, f);
        if (outlineWidth > 0)
        {
            using var o = RenderContext.Stroke(outline, outlineWidth);
            canvas.DrawPath(path, o);
        }
    }
}
