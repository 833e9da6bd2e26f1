using LlmWorks.Figures.Model;
using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Convexity;

/// <summary>The original page's two accents (red for MSE, green for log-loss) and the region shading of the maps.</summary>
internal static class ComparisonColors
{
    public static readonly Rgba MseBall = Rgba.Hex("#ef4444");
    public static readonly Rgba LogLossBall = Rgba.Hex("#22c55e");
    public static readonly Rgba NonConvex = Rgba.Hex("#f97316").WithOpacity(0.30);
    public static readonly Rgba Flat = Rgba.Hex("#64748b").WithOpacity(0.45);
    public static readonly Rgba Path = Rgba.Hex("#1f2d3a");
    public static readonly Rgba Continued = Rgba.Hex("#1f2d3a").WithOpacity(0.45);
    public static readonly Rgba Start = Rgba.Hex("#ffffff");
    public static readonly Rgba AtMinimum = Rgba.Hex("#2563eb");
    public static readonly Rgba NotMinimum = Rgba.Hex("#dc2626");

    public static Rgba Ball(LossKind l) => l == LossKind.LogLoss ? LogLossBall : MseBall;

    public static ColorMap Map(LossKind l) => l == LossKind.LogLoss ? ColorMap.Greens : ColorMap.Reds;
}
