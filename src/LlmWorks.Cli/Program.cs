return LlmWorks.Cli.CliApp.Run(args);
