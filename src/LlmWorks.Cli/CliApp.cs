using System.CommandLine;
using LlmWorks.Cli.Commands;
using LlmWorks.Explorers.Settings;
using LlmWorks.Numerics;

namespace LlmWorks.Cli;

/// <summary>
/// The <c>llmworks</c> command line. Every error a user can cause prints one line to standard error
/// and exits non-zero; nothing prints a stack trace.
/// </summary>
internal static class CliApp
{
    /// <summary>Exit codes, documented in <c>--help</c> and the README.</summary>
    public const int Ok = 0, Differences = 1, UserError = 2, InternalError = 70;

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("llmworks: turns machine-learning lessons into figures and a static site.\n" +
                                   "Exit codes: 0 success, 1 build --check found differences, 2 bad input or usage, 70 internal error.");
        root.Subcommands.Add(BuildCommand.Create(stdout));
        root.Subcommands.Add(FitCommand.Create(stdout));
        root.Subcommands.Add(ListCommand.Create(stdout));
        root.Subcommands.Add(RenderCommand.Create(stdout));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !parsed.Tokens.Any(t => t.Value is "-h" or "--help" or "-?"))
        {
            var command = parsed.CommandResult.Command;
            var name = command == root ? "llmworks" : $"llmworks {command.Name}";
            stderr.WriteLine($"{name}: error: {parsed.Errors[0].Message} (see '{name} --help')");
            return UserError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (IsUserError(e))
        {
            stderr.WriteLine($"llmworks: error: {OneLine(UserMessage(e))}");
            return UserError;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"llmworks: internal error ({e.GetType().Name}): {OneLine(e.Message)}");
            return InternalError;
        }
    }

    private static bool IsUserError(Exception e) =>
        e is ContentException or DataFormatException or UsageException or ArgumentException or IOException or UnauthorizedAccessException;

    /// <summary>An argument error's message without the " (Parameter 'name')" suffix .NET appends for developers.</summary>
    private static string UserMessage(Exception e) =>
        e is ArgumentException { ParamName: { } p } a ? a.Message.Replace($" (Parameter '{p}')", "", StringComparison.Ordinal) : e.Message;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

/// <summary>A bad option value or combination, reported as one line.</summary>
internal sealed class UsageException(string message) : Exception(message);
