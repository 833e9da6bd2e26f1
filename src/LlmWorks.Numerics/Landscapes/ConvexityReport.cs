namespace LlmWorks.Numerics;

/// <summary>Where a loss surface is non-convex or flat on a grid: the evidence for "why not MSE for classification".</summary>
/// <param name="Cells">Number of grid vertices examined.</param>
/// <param name="NonConvexCells">Vertices where the Hessian has a negative eigenvalue.</param>
/// <param name="NonConvexShare">NonConvexCells / Cells.</param>
/// <param name="FlatCells">Vertices where gradient and curvature are negligible (see <see cref="Convexity"/>).</param>
/// <param name="FlatShare">FlatCells / Cells.</param>
/// <param name="NonConvex">Per-vertex non-convex flags, indexed like <see cref="Landscape.Values"/>.</param>
/// <param name="Flat">Per-vertex flat flags, indexed like <see cref="Landscape.Values"/>.</param>
public sealed record ConvexityReport(int Cells, int NonConvexCells, double NonConvexShare, int FlatCells, double FlatShare, bool[,] NonConvex, bool[,] Flat);
