namespace LlmWorks.Cli.Tests;

/// <summary>Runs the CLI in process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Asserts the one-line, no-stack-trace error contract and returns the line.</summary>
    public static string AssertUserError((int Exit, string Out, string Err) r)
    {
        Assert.Equal(CliApp.UserError, r.Exit);
        var lines = r.Err.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.DoesNotContain("   at ", r.Err);
        Assert.DoesNotContain("Exception", r.Err);
        Assert.DoesNotContain("(Parameter '", r.Err);
        return lines[0];
    }

    public static string WriteCsv(string text)
    {
        var path = Path.Combine(LlmWorks.Testing.RepoPaths.NewTempDir("llmworks-csv"), "data.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
