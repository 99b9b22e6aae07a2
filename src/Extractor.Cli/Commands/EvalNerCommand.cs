namespace Extractor.Cli.Commands;

/// <summary><c>extractor eval ner</c>.</summary>
internal static class EvalNerCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("extractor: 'eval ner' is not available yet.");
        return ExitCodes.BadUsage;
    }
}
