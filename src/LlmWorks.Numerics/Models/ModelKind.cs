namespace LlmWorks.Numerics;

/// <summary>The three model families the lessons cover; parameter order is fixed by <see cref="Models.ParameterNames"/>.</summary>
public enum ModelKind
{
    /// <summary>y = slope·x + intercept; parameters [slope, intercept].</summary>
    Linear,

    /// <summary>y = a·x² + b·x + c; parameters [a, b, c].</summary>
    Quadratic,

    /// <summary>p = σ(b0 + b1·x); parameters [b0, b1].</summary>
    Logistic,
}
