namespace LlmWorks.Figures.Rendering;

/// <summary>How text reaches the canvas.</summary>
internal enum TextMode
{
    /// <summary>Glyph runs (raster and PDF: crisp and selectable).</summary>
    Glyphs,
    /// <summary>Outlines as paths (self-contained SVG: no fonts needed by the viewer).</summary>
    Paths,
}

/// <summary>Horizontal alignment of a text relative to its x.</summary>
internal enum HAlign { Left, Center, Right }
