using LlmWorks.Numerics;

namespace LlmWorks.Explorers.Logistic;

/// <summary>
/// The data after some edits and the model shown with it: the minimiser of J + (λ/2)w² (Numerics'
/// <see cref="PenalizedLogistic"/>), or given (w, b) for the unfitted start. Every number comes from Numerics.
/// </summary>
internal sealed class PlaygroundState
{
    public PlaygroundState(string id, string shortTitle, string title, string description, IReadOnlyList<LabeledPoint> points, double lambda, (double W, double B)? given, int? highlight, PlaygroundState? previous)
    {
        (Id, ShortTitle, Title, Description, Points, Lambda, Highlight, Previous) = (id, shortTitle, title, description, points, lambda, highlight, previous);
        Data = CsvDataset.FromArrays("playground", points.Select(p => p.X).ToArray(), points.Select(p => (double)p.Label).ToArray());
        if (given is { } g)
        {
            (W, B, Fitted) = (g.W, g.B, false);
        }
        else
        {
            var fit = PenalizedLogistic.Fit(Data, lambda);
            (Note, Fitted) = (fit.Note, true);
            if (fit.Values is { } v) (B, W) = (v[0], v[1]);
            Unregularised = points.Count > 0 ? Optimum.Find(ModelKind.Logistic, Data) : null;
        }
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>"Start", "Initial fit", "Edit 2": the animation's frame label, short enough not to hide points.</summary>
    public string ShortTitle { get; }

    public string Description { get; }

    public IReadOnlyList<LabeledPoint> Points { get; }

    public Dataset Data { get; }

    public double Lambda { get; }

    /// <summary>Point (1-based) the edit touched, drawn highlighted.</summary>
    public int? Highlight { get; }

    /// <summary>The state before this one (its curve is drawn faintly in the animation's edit frame).</summary>
    public PlaygroundState? Previous { get; }

    /// <summary>True when (w, b) is the regularised fit, false for the given start.</summary>
    public bool Fitted { get; }

    /// <summary>Slope w, or null when there is no fit.</summary>
    public double? W { get; }

    /// <summary>Intercept b, or null when there is no fit.</summary>
    public double? B { get; }

    /// <summary>Why there is no fit, or a caveat about it.</summary>
    public string? Note { get; }

    /// <summary>The plain maximum-likelihood fit (no L2), for comparison; null for the unfitted start.</summary>
    public OptimumResult? Unregularised { get; }

    public bool HasModel => W is not null && Points.Count > 0;

    /// <summary>Numerics' θ order: [b, w].</summary>
    public double[] Theta => [B!.Value, W!.Value];

    public double Z(int i) => W!.Value * Points[i].X + B!.Value;

    public double YHat(int i) => Models.Predict(ModelKind.Logistic, Theta, Points[i].X);

    public double Loss(int i) => PerExampleLoss.At(Points[i].X, Points[i].Label, W!.Value, B!.Value);

    /// <summary>Mean log-loss J (without the penalty).</summary>
    public double J => Losses.Evaluate(ModelKind.Logistic, LossKind.LogLoss, Data, Theta);

    /// <summary>The penalty (λ/2)w².</summary>
    public double Penalty => PenalizedLogistic.Evaluate(Data, Theta, Lambda) - J;

    /// <summary>[∂J/∂b, ∂J/∂w] of the mean log-loss.</summary>
    public double[] DataGradient => Losses.Gradient(ModelKind.Logistic, LossKind.LogLoss, Data, Theta);

    /// <summary>[∂J_λ/∂b, ∂J_λ/∂w], the gradient the update uses.</summary>
    public double[] Gradient => PenalizedLogistic.Gradient(Data, Theta, Lambda);
}
