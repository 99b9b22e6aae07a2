namespace Extractor.Cli.Commands;

/// <summary><c>extractor train ner</c>.</summary>
internal static class TrainNerCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("extractor: 'train ner' is not available yet.");
        return ExitCodes.BadUsage;
    }
}
