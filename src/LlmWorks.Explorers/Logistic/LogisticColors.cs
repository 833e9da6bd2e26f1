using LlmWorks.Figures.Model;

namespace LlmWorks.Explorers.Logistic;

/// <summary>Colours of the logistic pages (SEED §10, §12, §14) that the shared palette does not name.</summary>
internal static class LogisticColors
{
    public static readonly Rgba Curve = Rgba.Hex("#667eea");
    public static readonly Rgba Threshold = Rgba.Hex("#a4aeb5");
    public static readonly Rgba Green = Rgba.Hex("#27ae60");
    public static readonly Rgba Red = Rgba.Hex("#e74c3c");
    public static readonly Rgba Inactive = Rgba.Hex("#d5d8dc");
    public static readonly Rgba Text = Rgba.Hex("#2c3e50");
    public static readonly Rgba Muted = Rgba.Hex("#7f8c8d");
}
