using LlmWorks.Figures.Model;

namespace LlmWorks.Explorers.Presentation;

/// <summary>The originals' colours, named for what they mean.</summary>
internal static class Palette
{
    public static readonly Rgba Points = Rgba.Hex("#2980b9");
    public static readonly Rgba Model = Rgba.Hex("#e74c3c");
    public static readonly Rgba Residual = Rgba.Hex("#e74c3c").WithOpacity(0.55);
    public static readonly Rgba Current = Rgba.Hex("#e74c3c");
    public static readonly Rgba Optimum = Rgba.Hex("#3498db");
    public static readonly Rgba Path = Rgba.Hex("#1f2d3a");
    public static readonly Rgba Pass = Rgba.Hex("#22c55e");
    public static readonly Rgba Fail = Rgba.Hex("#ef4444");
    public static readonly Rgba Sigmoid = Rgba.Hex("#3b82f6");
    public static readonly Rgba Threshold = Rgba.Hex("#94a3b8");
    public static readonly Rgba Curve = Rgba.Hex("#3498db");
    public static readonly Rgba Landmark = Rgba.Hex("#7f8c8d");
    public static readonly Rgba Converged = Rgba.Hex("#27ae60");
    public static readonly Rgba Diverged = Rgba.Hex("#c0392b");

    /// <summary>One colour per compared run (learning-rate presets), distinct from the curve's blue.</summary>
    public static readonly IReadOnlyList<Rgba> Series = [Rgba.Hex("#e67e22"), Rgba.Hex("#27ae60"), Rgba.Hex("#8e44ad"), Rgba.Hex("#c0392b"), Rgba.Hex("#16a085"), Rgba.Hex("#2c3e50")];
}
