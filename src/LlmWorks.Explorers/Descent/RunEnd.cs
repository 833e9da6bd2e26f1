namespace LlmWorks.Explorers.Descent;

/// <summary>How a drawn descent run ends, judged from its trajectory.</summary>
internal enum RunEnd
{
    /// <summary>The gradient norm reached the tolerance; the run stops there.</summary>
    Converged,
    /// <summary>The loss blew up (Numerics' divergence rule); the run stops at that step.</summary>
    Diverged,
    /// <summary>The step cap came first, and the loss was still falling step after step.</summary>
    StillDescending,
    /// <summary>The step cap came first, and the loss was still going up and down.</summary>
    NotSettled,
}
