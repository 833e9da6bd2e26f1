using LlmWorks.Numerics;

namespace LlmWorks.Cli.Commands;

/// <summary>What <c>fit</c> was asked.</summary>
internal sealed record FitRequest(ModelKind Model, Dataset Data, double[]? At, DescentRequest? Descent);

/// <summary>A gradient-descent request.</summary>
internal sealed record DescentRequest(LossKind Objective, double LearningRate, int Steps, double[] From);

/// <summary>Every number <c>fit</c> reports, computed once and printed as text or JSON.</summary>
internal sealed record FitResult(FitRequest Request, OptimumResult Optimum, Trajectory? Descent)
{
    public static FitResult Compute(FitRequest r)
    {
        var descent = r.Descent is { } d
            ? GradientDescent.Run(r.Model, d.Objective, r.Data, d.LearningRate, d.Steps, d.From)
            : null;
        return new FitResult(r, Numerics.Optimum.Find(r.Model, r.Data), descent);
    }

    public IReadOnlyList<string> Parameters => Models.ParameterNames(Request.Model);

    /// <summary>The reported losses at <paramref name="values"/>, by key; non-finite values stay non-finite here.</summary>
    public IReadOnlyList<(string Key, double Value)> LossesAt(double[] values) =>
        Losses.ReportedFor(Request.Model).Select(l => (Losses.Key(l), Losses.Evaluate(Request.Model, l, Request.Data, values))).ToList();
}
