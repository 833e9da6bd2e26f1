using LlmWorks.Figures.Model;
using LlmWorks.Figures.Rendering;
using SkiaSharp;

namespace LlmWorks.Figures.Writers;

/// <summary>One-page vector PDF through <see cref="SKDocument"/>, with fixed metadata for identical bytes.</summary>
internal static class PdfWriter
{
    /// <summary>The fixed date written as both creation and modification date.</summary>
    public static readonly DateTime FixedDate = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The PDF of <paramref name="f"/>: page in points (1 CSS px = 0.75 pt), content scaled to match.</summary>
    public static byte[] Write(Figure f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = f.Title ?? (f.Panels.Count > 0 ? f.Panels[0].Title : ""),
            Creator = "LlmWorks.Figures",
            Producer = "LlmWorks.Figures",
            Creation = FixedDate,
            Modified = FixedDate,
            // Skia sizes the page in whole raster pixels (points × dpi/72, rounded): 288 dpi = 4 px per point
            // keeps every page exact, since CSS px × 0.75 is a multiple of 1/4 pt (300 dpi made 405 pt into 404.88).
            RasterDpi = 288,
            PdfA = false,
        };
        using var stream = new MemoryStream();
        using (var wstream = new SKManagedWStream(stream))
        using (var doc = SKDocument.CreatePdf(wstream, metadata))
        {
            const float pt = 0.75f;
            var canvas = doc.BeginPage(f.Width * pt, f.Height * pt);
            canvas.Scale(pt);
            // Outlines, not glyphs: Skia embeds whole fonts (~750 KB) and we bundle our own font anyway.
            FigureRenderer.Draw(canvas, f, TextMode.Paths, null);
            doc.EndPage();
            doc.Close();
        }
        return stream.ToArray();
    }
}
