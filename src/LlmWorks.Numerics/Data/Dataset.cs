namespace LlmWorks.Numerics;

/// <summary>
/// Paired observations of one input and one output. Every loss, optimum and landscape in this library
/// is defined on a dataset, so it also remembers where it came from and what its axes are called for captions.
/// </summary>
/// <param name="Source">File path or descriptive name, used in captions and error messages.</param>
/// <param name="XName">Name of the input column.</param>
/// <param name="YName">Name of the output column.</param>
/// <param name="X">Inputs; same length as <paramref name="Y"/>.</param>
/// <param name="Y">Outputs (0/1 labels for logistic models).</param>
public sealed record Dataset(string Source, string XName, string YName, double[] X, double[] Y)
{
    /// <summary>Number of observations.</summary>
    public int Count => X.Length;
}
