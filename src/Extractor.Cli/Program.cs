using Extractor.Cli.Commands;

namespace Extractor.Cli;

/// <summary>Entry point of the <c>extractor</c> command.</summary>
public static class Program
{
    /// <summary>Dispatches to a command; returns 0 on success, 1 when an input could not be read, 2 on bad usage.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new System.Text.UTF8Encoding(false);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Usage.Print(Console.Out);
            return args.Length == 0 ? ExitCodes.BadUsage : ExitCodes.Success;
        }

        try
        {
            string[] rest = args[1..];
            return args[0] switch
            {
                "extract" => ExtractCommand.Run(rest),
                "tokenize" => TokenizeCommand.Run(rest),
                "eval" => RunSub(rest, "eval", ("ner", EvalNerCommand.Run), ("dates", EvalDatesCommand.Run), ("quotes", EvalQuotesCommand.Run)),
                "train" => RunSub(rest, "train", ("ner", TrainNerCommand.Run)),
                "build" => RunSub(rest, "build", ("gazetteer", BuildGazetteerCommand.Run), ("genders", BuildGendersCommand.Run)),
                "--version" => Version(),
                _ => Usage.Fail($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return Usage.Fail(e.Message);
        }
    }

    private static int RunSub(string[] args, string command, params (string Name, Func<string[], int> Run)[] subcommands)
    {
        if (args.Length == 0)
        {
            return Usage.Fail($"'{command}' needs one of: {string.Join(", ", subcommands.Select(s => s.Name))}");
        }

        foreach (var (name, run) in subcommands)
        {
            if (args[0] == name)
            {
                return run(args[1..]);
            }
        }

        return Usage.Fail($"unknown '{command}' target '{args[0]}'");
    }

    private static int Version()
    {
        Console.WriteLine(typeof(NewsExtractor).Assembly.GetName().Version);
        return ExitCodes.Success;
    }
}
