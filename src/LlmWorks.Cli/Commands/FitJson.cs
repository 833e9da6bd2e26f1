using System.Text;
using System.Text.Json;
using LlmWorks.Numerics;

namespace LlmWorks.Cli.Commands;

/// <summary><c>fit --json</c>: strict JSON (a non-finite number is written as null, never NaN or Infinity).</summary>
internal static class FitJson
{
    /// <summary>Trace rows kept at most; longer runs keep every k-th step and the last.</summary>
    public const int MaxTraceRows = 2000;

    public static string Write(FitResult f)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var r = f.Request;
            w.WriteStartObject();
            w.WriteString("model", r.Model.ToString().ToLowerInvariant());
            w.WriteNumber("n", r.Data.Count);
            w.WriteStartObject("data");
            w.WriteString("file", r.Data.Source);
            w.WriteString("x", r.Data.XName);
            w.WriteString("y", r.Data.YName);
            w.WriteEndObject();
            w.WriteStartArray("parameters");
            foreach (var p in f.Parameters) w.WriteStringValue(p);
            w.WriteEndArray();
            if (f.Optimum.Values is { } best) Point(w, "optimum", f, best);
            else
            {
                w.WriteNull("optimum");
                w.WriteString("optimumNote", f.Optimum.Note);
            }
            if (r.At is { } at) Point(w, "at", f, at);
            if (f.Descent is { } t) Descent(w, f, t);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Point(Utf8JsonWriter w, string name, FitResult f, double[] values)
    {
        w.WriteStartObject(name);
        Numbers(w, "values", values);
        Losses(w, f, values);
        w.WriteEndObject();
    }

    private static void Descent(Utf8JsonWriter w, FitResult f, Trajectory t)
    {
        var d = f.Request.Descent!;
        w.WriteStartObject("descent");
        w.WriteString("objective", Numerics.Losses.Key(d.Objective));
        Number(w, "lr", d.LearningRate);
        w.WriteNumber("steps", d.Steps);
        Numbers(w, "from", d.From);
        w.WriteNumber("stepsTaken", t.StepsTaken);
        w.WriteBoolean("diverged", t.Outcome == DescentOutcome.Diverged);
        if (t.DivergedAtStep is { } k) w.WriteNumber("divergedAtStep", k);
        Numbers(w, "values", t.Final.Values);
        Losses(w, f, t.Final.Values);
        var every = Math.Max(1, (int)Math.Ceiling(t.Steps.Count / (double)MaxTraceRows));
        w.WriteNumber("traceEvery", every);
        w.WriteStartArray("trace");
        for (var i = 0; i < t.Steps.Count; i++)
        {
            if (i % every != 0 && i != t.Steps.Count - 1) continue;
            var s = t.Steps[i];
            w.WriteStartArray();
            w.WriteNumberValue(s.Step);
            foreach (var v in s.Values) Value(w, v);
            Value(w, s.Loss);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Losses(Utf8JsonWriter w, FitResult f, double[] values)
    {
        w.WriteStartObject("losses");
        foreach (var (key, value) in f.LossesAt(values)) Number(w, key, value);
        w.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter w, string name, IEnumerable<double> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) Value(w, v);
        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, double v)
    {
        w.WritePropertyName(name);
        Value(w, v);
    }

    private static void Value(Utf8JsonWriter w, double v)
    {
        if (double.IsFinite(v)) w.WriteNumberValue(v);
        else w.WriteNullValue();
    }
}
