namespace LlmWorks.Numerics;

/// <summary>How a descent run ended. Divergence is a result a lesson wants to show, so it is a state, not an error.</summary>
public enum DescentOutcome
{
    /// <summary>Every requested update was performed and stayed bounded.</summary>
    RanAllSteps,

    /// <summary>The run blew up and stopped early; see the trajectory's DivergedAtStep.</summary>
    Diverged,
}
