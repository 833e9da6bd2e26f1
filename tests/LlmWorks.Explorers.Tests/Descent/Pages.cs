using LlmWorks.Explorers.Descent;
using LlmWorks.Explorers.Settings;
using LlmWorks.Testing;

namespace LlmWorks.Explorers.Tests.Descent;

/// <summary>The settings of the repository's two descent pages (data C and data D), with scenarios chosen by each test.</summary>
internal static class Pages
{
    public static (string, object)[] Scenario(string id, double lr, int steps, int frames = 60) =>
        [("id", id), ("title", id), ("lr", lr), ("steps", steps), ("frames", frames)];

    public static SettingsMap Linear(params (string, object)[][] scenarios) => Settings.Map(
        ("data", "data/descent-points.csv"), ("model", "linear"), ("loss", "mse"),
        ("grid", new (string, object)[] { ("slope", new object[] { -1, 4 }), ("intercept", new object[] { -2, 4 }), ("cells", 20) }),
        ("geometry", "normalized"), ("from", new object[] { 0, 0 }), ("tolerance", 0.01),
        ("views", new object[] { "descent", "surface" }), ("scenarios", scenarios.Cast<object>().ToArray()));

    public static SettingsMap Logistic(params (string, object)[][] scenarios) => Settings.Map(
        ("data", "data/hours-studied.csv"), ("model", "logistic"),
        ("grid", new (string, object)[] { ("b0", new object[] { -15, 5 }), ("b1", new object[] { -1, 3 }), ("cells", 20) }),
        ("geometry", "raw"), ("tolerance", 0.001),
        ("views", new object[] { "descent" }), ("scenarios", scenarios.Cast<object>().ToArray()));

    public static PageContext Context(SettingsMap settings) => new(Settings.File, RepoPaths.Content, settings);

    public static DescentRun Run(SettingsMap settings, int scenario = 0)
    {
        var spec = DescentSpec.Read(Context(settings));
        return new DescentRun(spec, spec.Scenarios[scenario]);
    }

    /// <summary>Data C written out by hand (SEED §5), independent of the CSV reader.</summary>
    public static readonly double[] X = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5];
    public static readonly double[] Y = [2, 3.2, 3.8, 5.1, 6.2, 6.8, 8.1, 8.9, 10.2, 11];
}
