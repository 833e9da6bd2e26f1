using System.CommandLine;
using System.Globalization;
using LlmWorks.Numerics;

namespace LlmWorks.Cli.Commands;

/// <summary><c>llmworks fit</c>: the optimum, losses at a point, and a gradient-descent run, as text or JSON.</summary>
internal static class FitCommand
{
    public static Command Create(TextWriter stdout)
    {
        var data = new Option<string>("--data") { Description = "CSV file with a header row.", Required = true };
        var x = new Option<string?>("--x") { Description = "Column of the input (default: the first)." };
        var y = new Option<string?>("--y") { Description = "Column of the target (default: the second)." };
        var model = new Option<string>("--model") { Description = "linear | quadratic | logistic.", Required = true };
        var at = new Option<string?>("--at") { Description = "Parameter values to evaluate, comma separated (e.g. 6.5,3.5)." };
        var gd = new Option<bool>("--gd") { Description = "Run gradient descent." };
        var loss = new Option<string?>("--loss") { Description = "Objective of the descent: sse | mse | rmse | logloss (default mse, or logloss for logistic)." };
        var lr = new Option<double?>("--lr") { Description = "Learning rate of the descent." };
        var steps = new Option<int?>("--steps") { Description = "Number of descent steps." };
        var from = new Option<string?>("--from") { Description = "Start of the descent (default: zeros)." };
        var json = new Option<bool>("--json") { Description = "Print strict JSON." };
        var command = new Command("fit", "Fit a model to a CSV: optimum, losses at a point, gradient descent.\n\nExamples:\n" +
                                         "  llmworks fit --data content/data/sse-points.csv --model linear --at 6.5,3.5\n" +
                                         "  llmworks fit --data points.csv --model linear --gd --lr 0.01 --steps 1000 --json")
        {
            data, x, y, model, at, gd, loss, lr, steps, from, json,
        };
        command.SetAction(r =>
        {
            var kind = Models.Parse(r.GetValue(model)!);
            var dataset = CsvDataset.Load(r.GetValue(data)!, r.GetValue(x), r.GetValue(y));
            var request = new FitRequest(kind, dataset, Vector(r.GetValue(at), kind, "--at"), Descent(r, kind, gd, loss, lr, steps, from));
            var result = FitResult.Compute(request);
            stdout.Write(r.GetValue(json) ? FitJson.Write(result) : FitText.Write(result));
            return CliApp.Ok;
        });
        return command;
    }

    private static DescentRequest? Descent(ParseResult r, ModelKind kind, Option<bool> gd, Option<string?> loss, Option<double?> lr, Option<int?> steps, Option<string?> from)
    {
        if (!r.GetValue(gd))
        {
            if (r.GetValue(lr) is not null || r.GetValue(steps) is not null || r.GetValue(from) is not null || r.GetValue(loss) is not null)
                throw new UsageException("--loss, --lr, --steps and --from apply only with --gd");
            return null;
        }
        var objective = r.GetValue(loss) is { } name ? Losses.Parse(name, kind) : kind == ModelKind.Logistic ? LossKind.LogLoss : LossKind.Mse;
        if (!Losses.IsValidFor(kind, objective)) throw new UsageException($"--loss {Losses.Key(objective)} does not apply to a {kind.ToString().ToLowerInvariant()} model");
        var rate = r.GetValue(lr) ?? throw new UsageException("--gd needs --lr");
        if (!double.IsFinite(rate) || rate <= 0) throw new UsageException($"--lr must be a positive finite number, not {rate.ToString(CultureInfo.InvariantCulture)}");
        var n = r.GetValue(steps) ?? throw new UsageException("--gd needs --steps");
        if (n is < 0 or > 10_000_000) throw new UsageException("--steps must be from 0 to 10000000");
        var start = Vector(r.GetValue(from), kind, "--from") ?? new double[Models.ParameterNames(kind).Count];
        return new DescentRequest(objective, rate, n, start);
    }

    /// <summary>Parses "v1,v2[,v3]" with exactly as many finite numbers as the model has parameters.</summary>
    internal static double[]? Vector(string? text, ModelKind kind, string option)
    {
        if (text is null) return null;
        var names = Models.ParameterNames(kind);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != names.Count)
            throw new UsageException($"{option} needs {names.Count} comma-separated values ({string.Join(", ", names)}), got '{text}'");
        return parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v : throw new UsageException($"{option}: '{p}' is not a finite number")).ToArray();
    }
}
