using LlmWorks.Figures.Model;

namespace LlmWorks.Explorers.Logistic;

/// <summary>
/// A scenario's states in sequence: per edit a frame with the edited data under the previous curve, then the refit
/// held. Frames are discrete states, not motion, so the animation plays at one frame per second whatever the timing asks.
/// </summary>
internal static class PlaygroundAnimation
{
    public const string Name = "sequence";

    /// <summary>Frames each fitted state is held (at 1 frame per second).</summary>
    public const int Hold = 2;

    public static FigureAsset Asset(IReadOnlyList<PlaygroundState> states)
    {
        var caption = $"The {states.Count} states in order, one second per frame: each edit first shows the new data under the previous curve (dashed grey), then the refit.";
        var alt = "Animation: " + string.Join("; ", states.Select(s => s.Title)) + ".";
        return new FigureAsset(Name, caption, alt, new FigureSize(720, 440), style => PlaygroundView.Build(states[^1], style), (style, _) => Build(states, style));
    }

    public static Animation Build(IReadOnlyList<PlaygroundState> states, FigureStyle style)
    {
        var frames = new List<FrameOverlay>();
        foreach (var s in states)
        {
            if (s.Previous is not null)
                frames.Add(Frame(PlaygroundView.Marks(s, true), [s.ShortTitle, "refitting\u2026"]));
            var fitted = Frame(PlaygroundView.Marks(s, false), [s.ShortTitle, s.HasModel ? $"J = {Formatting.Fmt.Num(s.J, 4)}" : "no finite fit"]);
            for (var k = 0; k < Hold; k++) frames.Add(fitted);
        }
        return new Animation(PlaygroundView.Empty(style, [], [], "each edit, then the refit"), frames, Fps: 1);
    }

    private static FrameOverlay Frame(IReadOnlyList<Mark2D> marks, IReadOnlyList<string> readouts) =>
        new([new PanelOverlay(marks, [], readouts)]);
}
