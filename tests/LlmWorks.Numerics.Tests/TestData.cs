namespace LlmWorks.Numerics.Tests;

/// <summary>The datasets of the original lesson pages, with the values those pages quote.</summary>
internal static class TestData
{
    public static readonly double[] AX = [1, 1.5, 2, 2.3, 2.5, 2.7, 2.8, 3, 3.2, 3.5];
    public static readonly double[] AY = [10, 15, 18, 22, 23, 26, 25, 30, 31, 33];

    public static readonly double[] BX = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    public static readonly double[] BY = [0.5, 1.2, 1.8, 5.0, 7.5, 13.0, 16.5, 24.0, 29.0, 38.0, 45.0];

    public static readonly double[] CX = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5];
    public static readonly double[] CY = [2, 3.2, 3.8, 5.1, 6.2, 6.8, 8.1, 8.9, 10.2, 11];

    public static readonly double[] DX = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8];
    public static readonly double[] DY = [0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1];

    public static Dataset A => CsvDataset.FromArrays("A", AX, AY);

    public static Dataset B => CsvDataset.FromArrays("B", BX, BY);

    public static Dataset C => CsvDataset.FromArrays("C", CX, CY);

    public static Dataset D => CsvDataset.FromArrays("D", DX, DY);

    public static Dataset E => CsvDataset.FromArrays("E", [-5, -1, 1, 5], [1, 0, 0, 1]);

    public static Dataset Separable => CsvDataset.FromArrays("sep", [1, 2, 3, 4], [0, 0, 1, 1]);

    /// <summary>Relative closeness with an absolute floor, for values that may legitimately be near 0.</summary>
    public static void Near(double expected, double actual, double rel, double abs = 0)
    {
        var tol = Math.Max(abs, rel * Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tol, $"expected {expected:R}, got {actual:R} (diff {Math.Abs(expected - actual):R}, tol {tol:R})");
    }
}
