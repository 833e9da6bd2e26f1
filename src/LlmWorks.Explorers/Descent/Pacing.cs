namespace LlmWorks.Explorers.Descent;

/// <summary>
/// Which descent step each animation frame shows. Runs are far longer than an animation (hundreds or
/// thousands of steps in 60 frames) and their early steps are the big ones, so the frames step one at a
/// time at first and then geometrically: frame f of F shows step max(f, round((K+1)^(f/(F−1)) − 1)) of
/// K. The first frame is step 0 and the last is step K. Runs shorter than the animation are spread evenly
/// (some steps held for several frames).
/// </summary>
internal static class Pacing
{
    /// <summary>The rule in words, for the page.</summary>
    public const string Rule =
        "frame f of F shows step max(f, round((K+1)^(f/(F−1)) − 1)) of the K steps drawn: one step per frame at first, then geometrically more, so the early big moves and the whole run both fit";

    /// <summary>The step shown by frame <paramref name="frame"/> of <paramref name="frames"/>, for a run of <paramref name="lastStep"/> steps.</summary>
    public static int StepAt(int frame, int frames, int lastStep)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lastStep);
        if (frame < 0 || frame >= frames) throw new ArgumentOutOfRangeException(nameof(frame), frame, $"frame must be in [0, {frames})");
        if (frames < 2) return lastStep;
        if (lastStep <= frames - 1)
            return (int)Math.Round((double)frame * lastStep / (frames - 1), MidpointRounding.AwayFromZero);
        var geometric = Math.Round(Math.Pow(lastStep + 1.0, (double)frame / (frames - 1)) - 1);
        return (int)Math.Min(lastStep, Math.Max(frame, geometric));
    }
}
